import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface HeldHeightOptions {
  /** The loading placeholder while it is on screen, else null. */
  placeholder: () => HTMLElement | null;
  /** The box that takes the placeholder's place (and so its height, as a minimum). */
  box: () => HTMLElement | null;
  /** Whether the content has arrived. */
  done: () => boolean;
}

/**
 * Calls `then` once, when the window's width changes (the layout is then the reader's own doing, not
 * a shift), not for a height change: a phone's address bar that hides while the reader scrolls
 * resizes the window too. Returns what stops the watch.
 */
export function whenWidthChanges(then: () => void): () => void {
  const width = innerWidth;
  const check = () => {
    if (innerWidth === width) return;
    stop();
    then();
  };
  const stop = () => window.removeEventListener('resize', check);
  window.addEventListener('resize', check);
  return stop;
}

/**
 * When content replaces a loading placeholder, holds the placeholder's height as the content's
 * minimum: shorter content pulls nothing below it up (no layout shift). Held until the window's
 * width changes. Set through the CSSOM, not a style attribute: a page's CSP may forbid inline styles.
 */
export class HeldHeightController implements ReactiveController {
  #height = 0;
  #stopWatch = (): void => {};

  readonly #host: ReactiveControllerHost;
  readonly #options: HeldHeightOptions;

  constructor(host: ReactiveControllerHost, options: HeldHeightOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const placeholder = this.#options.placeholder();
    if (placeholder && this.#options.done()) {
      this.#height = placeholder.getBoundingClientRect().height;
      this.#stopWatch();
      this.#stopWatch = whenWidthChanges(this.#release);
    } else if (!this.#options.done()) this.#height = 0;
  }

  hostUpdated(): void {
    const box = this.#options.box();
    if (box) box.style.minHeight = this.#height && this.#options.done() ? `${this.#height}px` : '';
  }

  hostDisconnected(): void {
    this.#stopWatch();
  }

  readonly #release = (): void => {
    this.#height = 0;
    this.#host.requestUpdate();
  };
}
