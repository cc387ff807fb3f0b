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
  :host([layout='grid']) .cards,
  :host(:not([layout])) .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--press-card-min-width, 16rem)), 1fr));
  }
  .cards > li {
    min-width: 0;
  }
  press-card {
    height: 100%;
  }
  /* The skeleton is a card drawn with the card's own metrics (padding, gaps, font sizes, line
     heights, image ratio, the side-by-side layout past 560px), so the cards take the place it held. */
  .cards > li[aria-hidden] {
    container-type: inline-size;
  }
  .skeleton {
    display: grid;
    grid-template-rows: auto 1fr;
    height: 100%;
    border-radius: var(--press-card-radius, var(--press-radius, 8px));
    border-style: solid;
    border-width: var(--press-card-border-width, 1px);
    border-color: var(--press-card-border-color, var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent)));
    overflow: hidden;
  }
  @container (min-width: 560px) {
    .skeleton {
      grid-template-rows: none;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .skeleton .shape {
    background: color-mix(in srgb, currentColor 9%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .image {
    aspect-ratio: var(--press-card-image-ratio, 16 / 9);
  }
  .skeleton .lines {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    padding: var(--press-card-padding, 1rem);
  }
  .skeleton .line {
    border-radius: 4px;
    background-clip: content-box;
    padding-block: 0.2lh;
  }
  .skeleton .category {
    width: 30%;
    height: 1lh;
    font-size: 0.78rem;
  }
  .skeleton .headline {
    height: 3lh;
    font-size: var(--press-card-headline-size, 1.15rem);
    line-height: 1.25;
  }
  .skeleton .excerpt {
    height: calc(var(--press-card-excerpt-lines, 3) * 1lh);
    line-height: 1.5;
  }
  .skeleton .meta {
    width: 60%;
    height: calc(1lh + 0.25rem);
    margin-top: auto;
    font-size: 0.85rem;
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
