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
 * When content replaces a loading placeholder, holds the placeholder's height as the content's
 * minimum: shorter content pulls nothing below it up (no layout shift). Held until the window's
 * size changes: then the layout is the reader's own doing, not a shift. Set through the CSSOM, not
 * a style attribute: a page's CSP may forbid inline styles.
 */
export class HeldHeightController implements ReactiveController {
  #height = 0;

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
      window.addEventListener('resize', this.#release, { once: true });
    } else if (!this.#options.done()) this.#height = 0;
  }

  hostUpdated(): void {
    const box = this.#options.box();
    if (box) box.style.minHeight = this.#height && this.#options.done() ? `${this.#height}px` : '';
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#release);
  }

  readonly #release = (): void => {
    this.#height = 0;
    this.#host.requestUpdate();
  };
}
