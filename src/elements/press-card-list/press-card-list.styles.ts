import { css } from 'lit';

export const cardListStyles = css`
  :host {
    display: block;
  }
  .cards {
    display: grid;
    /* A held height (see press-card-list.ts) must not stretch the rows. */
    align-content: start;
    gap: var(--press-card-list-gap, var(--press-gap, 1.25rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host(:not([layout='list'])) .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--press-card-min-width, 16rem)), 1fr));
  }
  li {
    min-width: 0;
  }
  /* Past the first twelve (the skeletons' place, the first screens), a card far from the viewport
     skips style, layout and paint until it comes near: a list of a hundred lays out what is on
     screen, not the whole column. Its size, once rendered, is remembered (auto); the margin keeps
     a card's shadow from being clipped. The first twelve render at once, so nothing in view jumps. */
  li:nth-child(n + 13) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 22rem;
    overflow-clip-margin: 1rem;
  }
  press-card {
    height: 100%;
  }
  /* A card (and its count) here takes the list's colour scheme (InheritedSchemeController): no colour watch of its own. */
  press-card::before,
  press-comment-count::before {
    content: none;
  }
  /* The skeleton is a card drawn by the card's own rules (frame, padding, gaps, font sizes, line
     heights, the side-by-side layout past 560px), so the cards take the place it held. */
  li[aria-hidden] {
    container-type: inline-size;
  }
  .skeleton figure {
    aspect-ratio: var(--press-card-image-ratio, 16 / 9);
  }
  .skeleton figure,
  .line {
    animation: pulse 1.4s ease-in-out infinite;
  }
  .line {
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 9%, transparent) content-box;
    padding-block: 0.2lh;
  }
  .category.line {
    width: 30%;
    height: 1lh;
  }
  .headline.line {
    height: 3lh;
  }
  .excerpt.line {
    height: calc(var(--press-card-excerpt-lines, 3) * 1lh);
  }
  .meta.line {
    width: 60%;
    height: calc(1lh + 0.25rem);
    border-top: 0.25rem solid transparent;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .empty {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--press-border-color, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--press-radius, 8px);
  }
`;
