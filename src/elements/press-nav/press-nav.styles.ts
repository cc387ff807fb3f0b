import { css } from 'lit';

export const navStyles = css`
  :host {
    display: block;
    /* The layout follows the widget's own width: a narrow column stacks like a phone does. */
    container-type: inline-size;
  }
  .base {
    --rule: 1px solid var(--press-nav-border-color, var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent)));
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--press-nav-gap, 1.5rem);
    padding-block: var(--press-nav-padding, 1rem);
    border-block: var(--rule);
  }
  .base[hidden] {
    display: none;
  }
  /* Loading reserves the height of links with three-line headlines (news headlines run long), so
     nothing below jumps; shorter ones keep it (HeldHeightController). One link's text: its label
     (0.8rem at line-height 1.25), the gap, three headline lines. */
  .base {
    --_link: calc(1.25rem + 3.9 * var(--press-nav-headline-size, 1.05rem));
  }
  .pending {
    min-height: var(--press-nav-min-height, calc(2 * var(--press-nav-padding, 1rem) + var(--_link) + 2px));
  }
  .side {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 0;
    color: inherit;
    text-decoration: none;
  }
  /* Next sits in the end column even when there is no previous article. */
  .next {
    grid-column: 2;
    flex-direction: row-reverse;
    text-align: end;
  }
  .prev + .next {
    border-inline-start: var(--rule);
    padding-inline-start: var(--press-nav-gap, 1.5rem);
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .label {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    font-size: 0.8rem;
    line-height: 1.25;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--press-nav-label-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
  }
  .next .label {
    align-self: flex-end;
  }
  .headline {
    font-family: var(--press-headline-font, inherit);
    font-size: var(--press-nav-headline-size, 1.05rem);
    font-weight: var(--press-headline-weight, 700);
    line-height: 1.3;
    color: var(--press-headline-color, inherit);
  }
  .side:is(:hover, :focus-visible) .headline {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .thumbnail {
    flex: none;
    width: var(--press-nav-thumbnail-size, 4.5rem);
    height: var(--press-nav-thumbnail-size, 4.5rem);
    object-fit: cover;
    border-radius: var(--press-radius, 6px);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .skeleton {
    display: grid;
    align-content: center;
    gap: 0.5rem;
  }
  .skeleton.next {
    justify-items: end;
  }
  .line {
    width: 100%;
    height: 0.9rem;
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 9%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .short {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  /* Alone, the error takes the loading box's place (and its held height); under fallback links it keeps apart. */
  .base:not([hidden]) + .status-error {
    margin-block-start: 0.5rem;
  }
  /* Phones and narrow columns: one link under the other. */
  @container (max-width: 480px) {
    .base {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
      padding-block: 0;
    }
    .side {
      padding-block: 0.75rem;
    }
    .next {
      grid-column: 1;
    }
    .pending {
      min-height: var(--press-nav-min-height, calc(3rem + 2 * var(--_link) + 3px));
    }
    .prev + .next {
      border-inline-start: 0;
      padding-inline-start: 0;
      border-block-start: var(--rule);
    }
  }
`;
