import { css } from 'lit';

/**
 * What every element shares. Custom properties are read through fallbacks and never declared on
 * :host, so a page can set them on :root or any ancestor. By default the widgets inherit the
 * page's font and text colour and derive lines and surfaces from that colour (`currentColor`),
 * so they look native in light and dark pages alike.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* theme="light|dark|auto" pins a scheme for one widget; without it the widget follows the page's
     own color-scheme (and so its switch), live, since every colour below is light-dark() or currentColor. */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /* A page that turned dark by its own CSS without saying so (no color-scheme): the inherited text is
     light, InheritedSchemeController sets :state(dark), and every light-dark() below picks its dark side. */
  :host(:state(dark):not([theme])) {
    color-scheme: dark;
  }
  /* The watch on the inherited colour: any change ends this 1 ms transition in one transitionend. */
  :host::before {
    content: '';
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
    transition: color 1ms !important;
  }
  :host([theme]) {
    color: var(--press-text-color, light-dark(#1b1b1b, #ebe9e6));
    background: var(--press-background, light-dark(#ffffff, #17191c));
  }
  /* Elements only: a universal ::before/::after rule makes the browser resolve two pseudo-element
     styles for every element of every shadow tree (a list of 100 cards: thousands). The few
     pseudo-elements that have a size set their own box-sizing. */
  * {
    box-sizing: inherit;
  }
  /* A 10 000-character word (a hostile name, a URL as headline) wraps instead of widening the page. */
  :host > * {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--press-link-color, inherit);
  }
  :focus-visible {
    outline: var(--press-focus-ring-width, 2px) solid var(--press-focus-ring-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    outline-offset: var(--press-focus-ring-offset, 2px);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: 0.45em 1.1em;
    border: 1px solid var(--press-button-border-color, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    border-radius: var(--press-button-radius, var(--press-radius, 6px));
    background: var(--press-button-background, var(--press-accent, light-dark(#0a58a8, #8cc4ff)));
    color: var(--press-button-color, var(--press-on-accent, light-dark(#ffffff, #06192c)));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
    border-color: var(--press-border-color, color-mix(in srgb, currentColor 35%, transparent));
  }
  .button[disabled] {
    opacity: 0.65;
    cursor: progress;
  }
  .status-error {
    border: 1px solid var(--press-error-color, light-dark(#b3261e, #ffb4ab));
    border-radius: var(--press-radius, 6px);
    padding: 0.75rem 1rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .status-error p {
    margin: 0;
  }
  .status-error .detail {
    display: block;
    opacity: 0.85;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
