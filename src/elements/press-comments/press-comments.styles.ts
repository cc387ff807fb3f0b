import { css } from 'lit';

/**
 * A quiet comment section in the manner of a German regional paper: hairlines between
 * comments, bold names, small grey dates, replies indented along a rule, a plain form with
 * labels above full-width fields. Everything inherits the page's font and colour.
 */
export const commentsStyles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: var(--press-comments-gap, 1.25rem);
  }
  press-comment-form {
    display: block;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .sort {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--press-border-color, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .sort::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.45em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .sort[aria-pressed='true']::before {
    background: currentColor;
  }
  .sort:focus-visible,
  .permalink:focus-visible {
    outline: var(--press-focus-ring-width, 2px) solid var(--press-focus-ring-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    font-size: 0.9em;
  }
  .heading,
  .form-heading {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .form-heading {
    font-size: 1.15em;
  }
  .thread {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A keystroke in the form must not lay out and paint a long thread again (measured: 1000 comments cost 4.8x of 100 without it). */
  /* The thread, its Show more and the new-comments button: the box the button stays in sight in. */
  .thread-area {
    display: grid;
    gap: var(--press-comments-gap, 1.25rem);
  }
  .thread-area:empty {
    display: none;
  }
  .thread-area > .thread {
    contain: layout;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible > .comment {
    outline: var(--press-focus-ring-width, 2px) solid var(--press-focus-ring-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    outline-offset: 4px;
  }
  .thread > .item {
    border-top: 1px solid var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent));
    padding-top: var(--press-comments-gap, 1.25rem);
    margin-bottom: var(--press-comments-gap, 1.25rem);
  }
  .replies {
    margin: var(--press-comments-gap, 1.25rem) 0 0;
    margin-inline-start: var(--press-comments-indent, 1.5rem);
    padding-inline-start: var(--press-comments-indent, 1.5rem);
    border-inline-start: 2px solid var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent));
  }
  .replies > .item:last-child {
    margin-bottom: 0;
  }
  .comment {
    display: grid;
    gap: 0.5rem;
    border-radius: var(--press-radius, 6px);
  }
  .comment.held {
    padding: 0.75rem;
    background: var(--press-comments-moderation-background, light-dark(#fff4d6, #3a3020));
  }
  .meta {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .avatar {
    position: relative;
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--press-comments-avatar-size, 2.75rem);
    height: var(--press-comments-avatar-size, 2.75rem);
    overflow: hidden;
    border-radius: 50%;
    background: var(--press-accent, light-dark(#0a58a8, #8cc4ff));
    color: var(--press-on-accent, light-dark(#ffffff, #06192c));
  }
  .initials {
    font-weight: 700;
    font-size: 0.95em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .byline {
    display: grid;
  }
  .author {
    font-weight: 700;
  }
  .date {
    font-size: 0.85em;
  }
  .author a,
  .permalink {
    display: inline-block;
    min-height: 24px;
    line-height: 24px;
  }
  .permalink {
    justify-self: start;
    color: var(--press-muted-color, color-mix(in srgb, currentColor 78%, transparent));
    text-decoration: none;
  }
  .permalink:hover {
    text-decoration: underline;
  }
  /* The comment a #comment-ID link leads to: a quiet tint and a rule, no motion. */
  /* The highlight grows outwards (negative margins as large as its padding): marking a comment
     moves nothing below it, and the focus ring hugs the highlight instead of leaving a phone's screen. */
  .item[part~='target'] > .comment {
    padding: 0.5rem 0.75rem;
    margin: -0.5rem -0.75rem;
    outline-offset: 0;
    background: var(--press-comments-target-background, color-mix(in srgb, var(--press-accent, light-dark(#0a58a8, #8cc4ff)) 9%, transparent));
    box-shadow: inset 3px 0 0 var(--press-accent, light-dark(#0a58a8, #8cc4ff));
  }
  .actions-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .moderation {
    margin: 0;
    font-style: italic;
  }
  .in-reply-to {
    margin: 0;
    font-size: 0.85em;
    color: var(--press-muted-color, color-mix(in srgb, currentColor 78%, transparent));
  }
  .content {
    overflow-wrap: anywhere;
  }
  .content > :first-child {
    margin-top: 0;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  .content blockquote {
    margin: 0.5rem 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--press-border-color, color-mix(in srgb, currentColor 25%, transparent));
  }
  .reply {
    justify-self: start;
    min-height: 2.25rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--press-accent, light-dark(#0a58a8, #8cc4ff));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .reply:hover {
    text-decoration: underline;
  }
  .empty {
    margin: 0;
  }
  .load-more {
    justify-self: start;
  }
  .skeleton {
    display: grid;
    gap: var(--press-comments-gap, 1.25rem);
  }
  .skeleton-comment {
    display: flex;
    gap: 0.75rem;
    border-top: 1px solid var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent));
    padding-top: var(--press-comments-gap, 1.25rem);
    min-height: 7.5rem;
  }
  .skeleton-avatar {
    background: color-mix(in srgb, currentColor 9%, transparent);
  }
  .skeleton-lines {
    flex: 1;
    display: grid;
    gap: 0.6rem;
    align-content: start;
    padding-top: 0.4rem;
  }
  .skeleton .line {
    height: 0.9rem;
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 9%, transparent);
  }
  .skeleton .short {
    width: 60%;
  }
`;
