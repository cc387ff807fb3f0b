import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface HeldHeightOptions {
  /** The loading placeholder while it is on screen, else null. */
  placeholder: () => HTMLElement | null;
  /** The box that takes the placeholder's place (and so its height, as a minimum). */
  box: () => HTMLElement | null;
  /** Whether the load has settled: the content arrived, or its error or empty note did. */
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
 * When content (or an error, or an empty note) replaces a loading placeholder, holds the
 * placeholder's height as its minimum: shorter content pulls nothing below it up (no layout shift).
 * `reserve()` holds room for content on its way (a next page). Held until the window's width
 * changes. Set through the CSSOM, not a style attribute: a page's CSP may forbid inline styles.
 */
export class HeldHeightController implements ReactiveController {
  #height = 0;
  #stopWatch = (): void => {};
  #box: HTMLElement | null = null;
  #written = '';

  readonly #host: ReactiveControllerHost;
  readonly #options: HeldHeightOptions;

  constructor(host: ReactiveControllerHost, options: HeldHeightOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const placeholder = this.#options.placeholder();
    if (placeholder && this.#options.done()) this.#hold(placeholder.getBoundingClientRect().height);
    else if (!this.#options.done()) this.#height = 0;
  }

  hostUpdated(): void {
    this.#write();
  }

  hostDisconnected(): void {
    this.#stopWatch();
  }

  /** Holds the box's height now and `extra` pixels more, at once (not on the next update). */
  reserve(extra: number): void {
    const box = this.#options.box();
    if (!box) return;
    this.#hold(box.getBoundingClientRect().height + extra);
    this.#write();
  }

  /** After a `reserve()`: lets the room go when the content filled it, or when `keep` is false. */
  settle(keep: boolean): void {
    const box = this.#options.box();
    const content = box ? (box.lastElementChild?.getBoundingClientRect().bottom ?? 0) - box.getBoundingClientRect().top : 0;
    if (!keep || content >= this.#height) this.#release();
  }

  #hold(height: number): void {
    this.#height = height;
    this.#stopWatch();
    this.#stopWatch = whenWidthChanges(this.#release);
  }

  /** Writes the held height only when it changed (or the box did). */
  #write(): void {
    const box = this.#options.box();
    const value = this.#height && this.#options.done() ? `${this.#height}px` : '';
    if (!box || (box === this.#box && value === this.#written)) return;
    this.#box = box;
    this.#written = value;
    box.style.minHeight = value;
  }

  readonly #release = (): void => {
    this.#height = 0;
    this.#stopWatch();
    this.#host.requestUpdate();
  };
}
