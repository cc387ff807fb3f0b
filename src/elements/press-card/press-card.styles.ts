import { css } from 'lit';

export const cardHostStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
`;

/** The card itself; `<press-card-list>` draws its loading skeletons with these rules too. */
export const cardStyles = css`
  article {
    position: relative;
    display: grid;
    grid-template-rows: auto 1fr;
    height: 100%;
    overflow: hidden;
    border-style: solid;
    border-width: var(--press-card-border-width, 1px);
    border-color: var(--press-card-border-color, var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent)));
    border-radius: var(--press-card-radius, var(--press-radius, 8px));
    background: var(--press-card-background, var(--press-surface, color-mix(in srgb, currentColor 3%, transparent)));
    box-shadow: var(--press-card-shadow, none);
  }
  /* Wide enough (a list row, a desktop column): image beside the text. */
  @container (min-width: 560px) {
    article.has-image {
      grid-template-rows: none;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  figure {
    position: relative;
    margin: 0;
    background: var(--press-card-image-background, color-mix(in srgb, currentColor 8%, transparent));
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    aspect-ratio: var(--press-card-image-ratio, 16 / 9);
    object-fit: cover;
  }
  figure.failed img {
    opacity: 0;
  }
  figcaption {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    bottom: 0;
    max-width: 100%;
    padding: 0.15em 0.5em;
    font-size: var(--press-credit-font-size, 0.72rem);
    line-height: 1.4;
    color: var(--press-credit-color, #fff);
    background: var(--press-credit-background, rgb(0 0 0 / 0.62));
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    padding: var(--press-card-padding, 1rem);
    min-width: 0;
  }
  .category {
    margin: 0;
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--press-category-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
  }
  .headline {
    margin: 0;
    font-family: var(--press-headline-font, inherit);
    font-size: var(--press-card-headline-size, 1.15rem);
    font-weight: var(--press-headline-weight, 700);
    line-height: 1.25;
  }
  .headline a {
    color: var(--press-headline-color, inherit);
    text-decoration: none;
  }
  /* The headline link is the card's one tab stop, and its hit area covers the whole card. */
  .headline a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .headline a:is(:hover, :focus-visible) {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .headline a:focus-visible {
    outline: none;
  }
  .headline a:focus-visible::after {
    outline: var(--press-focus-ring-width, 2px) solid var(--press-focus-ring-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    outline-offset: -3px;
    border-radius: var(--press-card-radius, var(--press-radius, 8px));
  }
  .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--press-card-excerpt-lines, 3);
    overflow: hidden;
    line-height: 1.5;
  }
  .excerpt p {
    margin: 0;
    display: inline;
  }
  .meta {
    margin: auto 0 0;
    padding-top: 0.25rem;
    font-size: 0.85rem;
    color: var(--press-muted-color, color-mix(in srgb, currentColor 78%, transparent));
  }
  /* Above the headline link's card-wide hit area, so a link in the meta line (the comment count) stays clickable. */
  ::slotted([slot='meta']) {
    position: relative;
    z-index: 1;
  }
  /* A date stays on one line ("8. September 2025"); the meta line wraps between its parts, after
     the separator (which may break, being outside the date's nowrap). */
  .meta time {
    white-space: nowrap;
  }
  .meta > * + *::before {
    content: ' · ';
    white-space: normal;
  }
`;
