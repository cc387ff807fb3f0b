import { css } from 'lit';

/**
 * A quiet comment section in the manner of a German regional paper: hairlines between
 * comments, bold names, small grey dates, replies indented along a rule, a plain form with
 * labels above full-width fields. Everything inherits the page's font and colour.
 *
 * The theming properties are read once, on :host, into private ones (`--_…`): their
 * fallbacks are written once instead of at every use. `light-dark()` and `currentColor`
 * inside them resolve where they are used, as before.
 */
export const commentsStyles = css`
  :host {
    display: block;
    --_gap: var(--press-comments-gap, 1.25rem);
    --_indent: var(--press-comments-indent, 1.5rem);
    --_accent: var(--press-accent, light-dark(#0a58a8, #8cc4ff));
    --_line: var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent));
    --_strong-line: var(--press-border-color, color-mix(in srgb, currentColor 35%, transparent));
    --_error: var(--press-error-color, light-dark(#b3261e, #ffb4ab));
    --_avatar: var(--press-comments-avatar-size, 2.75rem);
  }
  .base,
  .thread-area,
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  press-comment-form {
    display: block;
  }
  .head,
  .form-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  /* Whether the sort control wraps below the heading depends on the width, not on the count's digits:
     a count arriving must not push it (and the form) down a line. */
  .head > .heading {
    flex: 1 0 12em;
  }
  .sort.idle {
    visibility: hidden;
  }
  .sort,
  .reply {
    min-height: 2.25rem;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .sort {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_strong-line);
    border-radius: 999px;
    color: inherit;
  }
  .sort::before {
    content: '';
    box-sizing: border-box;
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.45em;
    border: 2px solid;
    border-radius: 50%;
  }
  .sort[aria-pressed='true']::before {
    background: currentColor;
  }
  p:not(.content *),
  .heading,
  .form-heading,
  .thread,
  .summary ul {
    margin: 0;
  }
  .heading {
    font-size: 1.35em;
    line-height: 1.25;
  }
  .form-heading {
    font-size: 1.15em;
    line-height: 1.25;
  }
  .notice,
  .sort {
    font-size: 0.9em;
  }
  .thread {
    list-style: none;
    padding: 0;
  }
  .thread-area:empty {
    display: none;
  }
  /* A keystroke in the form must not lay out and paint a long thread again (measured: 1000 comments cost 4.8x of 100 without it). */
  .thread-area > .thread {
    contain: layout;
  }
  /* Past the first 20 (two render slices, more than a screenful), a comment far from the viewport is neither
     laid out nor painted until the reader nears it: a page of 100 and each Show more lay out what is on
     screen, not the whole thread (measured: layout 3x less). Once shown it keeps its real height, so
     nothing jumps later. The clip margin leaves room for the focus ring and the target's highlight,
     which grow outwards. Not on the first 20: a short thread renders at once, so a checker (axe) that
     scrolls to a comment never meets one not rendered yet and misjudges its contrast. */
  .thread-area > .thread > .item:nth-child(n + 21) {
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
    overflow-clip-margin: 1rem;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible > .comment {
    outline: var(--press-focus-ring-width, 2px) solid var(--press-focus-ring-color, var(--_accent));
    outline-offset: 4px;
  }
  .thread > .item,
  .skeleton-comment {
    border-top: 1px solid var(--_line);
    padding-top: var(--_gap);
  }
  .thread > .item {
    margin-bottom: var(--_gap);
  }
  .replies {
    margin: var(--_gap) 0 0;
    margin-inline-start: var(--_indent);
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--_line);
  }
  .replies > .item:last-child {
    margin-bottom: 0;
  }
  .comment {
    display: grid;
    gap: 0.5rem;
    border-radius: var(--press-radius, 6px);
  }
  .held > .comment {
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
    width: var(--_avatar);
    height: var(--_avatar);
    overflow: hidden;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--press-on-accent, light-dark(#fff, #06192c));
    font-weight: 700;
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
  .date,
  .in-reply-to,
  .note,
  .counter,
  .required {
    font-size: 0.85em;
  }
  /* At least 24px tall (WCAG target size): one line of a 24px line box, never empty. */
  .author a,
  .permalink {
    display: inline-block;
    line-height: 24px;
  }
  /* Secondary text, in the thread and the form alike: one muted colour (a counter over the limit turns to the error's). */
  .permalink,
  .in-reply-to,
  .note,
  .counter,
  .required {
    justify-self: start;
    color: var(--press-muted-color, color-mix(in srgb, currentColor 78%, transparent));
    text-decoration: none;
  }
  .permalink:hover,
  .reply:hover {
    text-decoration: underline;
  }
  /* The comment a #comment-ID link leads to: a quiet tint and a rule, no motion. The highlight grows
     outwards (negative margins as large as its padding): marking a comment moves nothing below it. */
  [part~='target'] > .comment {
    padding: 0.5rem 0.75rem;
    margin: -0.5rem -0.75rem;
    outline-offset: 0;
    background: var(--press-comments-target-background, color-mix(in srgb, var(--_accent) 9%, transparent));
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .actions-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .moderation {
    font-style: italic;
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
    border-inline-start: 3px solid var(--_line);
  }
  .reply {
    padding: 0.25rem 0;
    border: 0;
    color: var(--_accent);
  }
  .skeleton-comment {
    display: flex;
    gap: 0.75rem;
    min-height: 7.5rem;
  }
  .skeleton-avatar,
  .line {
    background: color-mix(in srgb, currentColor 9%, transparent);
  }
  .skeleton-lines {
    flex: 1;
    display: grid;
    gap: 0.6rem;
    align-content: start;
    padding-top: 0.4rem;
  }
  .line {
    height: 0.9rem;
    border-radius: 4px;
  }
  .line:last-child {
    width: 60%;
  }

  /* The new comments are announced where they will appear, and kept in sight while the thread is:
     in a long oldest-first thread that place is far below the reader. Only the button takes clicks. */
  .load-more,
  .new-comments-button {
    justify-self: start;
  }
  /* Its place is kept while the thread is live, as tall as the button (the shared .button's box): the
     button appearing moves nothing the reader sees. */
  .new-comments {
    min-height: max(2.5rem, calc(1lh + 0.9em + 2px));
    position: sticky;
    inset-block: 0.75rem;
    z-index: 1;
    pointer-events: none;
  }
  .new-comments-button {
    pointer-events: auto;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.35);
  }
  .session-expired {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_error);
  }

`;
