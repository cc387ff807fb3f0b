import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport an element counts as "near": about one viewport in each direction. */
export const NEAR_MARGIN = '100% 0px 100% 0px';

/**
 * Tells its host when it may fetch: once the host comes within about one viewport of being seen,
 * at once when `eager()` is true, when focus moves into it, or when `load()` is called (a
 * `#comment-…` hash, for one). A host that is never laid out (`display: none`, a closed
 * `<details>`) never comes near and so never fetches. Once near, it stays near.
 */
export class NearViewportController implements ReactiveController {
  /** True once the host may fetch. */
  near = false;

  #observer: IntersectionObserver | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #eager: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, eager: () => boolean = () => false) {
    this.#host = host;
    this.#eager = eager;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (this.#eager() || typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.load();
    }, { rootMargin: NEAR_MARGIN });
    this.#observer.observe(this.#host);
    this.#host.addEventListener('focusin', this.#onFocusIn);
  }

  hostUpdate(): void {
    // `eager` set after the element was connected still loads at once.
    if (!this.near && this.#eager()) this.load();
  }

  hostDisconnected(): void {
    this.#stopWatching();
  }

  /** Marks the host near now and asks it to render (and so to start its load). */
  load(): void {
    if (this.near) return;
    this.near = true;
    this.#stopWatching();
    this.#host.requestUpdate();
  }

  readonly #onFocusIn = (): void => this.load();

  #stopWatching(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#host.removeEventListener('focusin', this.#onFocusIn);
  }
}
