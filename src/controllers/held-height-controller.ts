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
 * Calls `then` once, when `element` lies wholly below the viewport: a change of its height then
 * moves nothing a reader sees (what moves is further down still). Returns what stops the watch.
 */
export function whenBelowViewport(element: Element, then: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  // The root reaches up without end: a jump from above the element to below it (Home, a link) crosses its edge too.
  const observer = new IntersectionObserver((entries) => {
    const { isIntersecting, boundingClientRect, rootBounds } = entries[entries.length - 1];
    // A box that takes no room (display: none) reads as at the top: not below.
    if (isIntersecting || boundingClientRect.top < (rootBounds?.bottom ?? innerHeight)) return;
    observer.disconnect();
    then();
  }, { rootMargin: '1000000px 0px 0px 0px' });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * When content (or an error, or an empty note) replaces a loading placeholder, holds the
 * placeholder's height as its minimum: shorter content pulls nothing below it up (no layout shift).
 * `reserve()` holds room for content on its way (a next page). Held until the window's width
 * changes or the host is out of sight below the viewport: no blank room is left where no reader
 * saw a placeholder. Set through the CSSOM, not a style attribute: a page's CSP may forbid inline styles.
 */
export class HeldHeightController implements ReactiveController {
  #height = 0;
  #stopWatch = (): void => {};
  #box: HTMLElement | null = null;
  #written = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HeldHeightOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: HeldHeightOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const placeholder = this.#options.placeholder();
    // A placeholder already hidden (an errored nav's empty box) measures 0: what is held stays.
    const height = placeholder?.getBoundingClientRect().height;
    if (height && this.#options.done()) this.#hold(height);
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
    if (!height) return;
    const stops = [whenWidthChanges(this.#release), whenBelowViewport(this.#host, this.#release)];
    this.#stopWatch = () => stops.forEach((stop) => stop());
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
