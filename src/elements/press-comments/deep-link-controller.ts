import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** WordPress's own anchors: `#comment-123`, `#comments`, `#respond`. */
const OURS = /^#(comment-\d+|comments|respond)$/;

export interface DeepLinkOptions {
  /** A hash for the comments arrived: load now, whatever the viewport says. */
  loadNow: () => void;
  /** Whether the first page of the thread is shown (a request waits for it). */
  ready: () => boolean;
  /** Loads pages until comment `id` is there and marks it as the target; its element, or null when the thread has none. */
  reveal: (id: number) => Promise<HTMLElement | null>;
  /** The comment field of the form for a new comment (any reply cancelled). */
  commentField: () => Promise<HTMLElement | null>;
  /** The linked comment is not in the thread: say so, once. */
  missing: () => void;
}

/**
 * Arriving at a comment: on load and on `hashchange`, a `#comment-ID`, `#comments` or `#respond`
 * hash loads the thread at once and, once it is shown, is followed: the comment is brought into
 * view and focused, `#comments` scrolls to the element, `#respond` focuses the comment field.
 * One request at a time; a newer hash wins.
 */
export class DeepLinkController implements ReactiveController {
  /** The hash to follow next (one of ours), or ''. */
  #pending = '';
  /** The hashes being followed, one after the other; a newer hash replaces one not taken yet. */
  #queue = Promise.resolve();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DeepLinkOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DeepLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#take);
    this.#take();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#take);
  }

  hostUpdated(): void {
    if (this.#pending && this.#options.ready()) this.#run();
  }

  /** Takes the page's hash, if it is one of ours. An arrow: it is also the hashchange listener. */
  readonly #take = (): void => {
    const hash = location.hash;
    if (!OURS.test(hash)) return;
    this.#pending = hash;
    this.#options.loadNow();
    if (this.#options.ready()) this.#run();
    else this.#host.requestUpdate();
  };

  /**
   * Follows the pending hash once those before it are done: in a microtask, so after the update
   * that asked, not inside it (following may start a load, which asks for another update).
   */
  #run(): void {
    this.#queue = this.#queue.then(this.#follow, this.#follow);
  }

  readonly #follow = async (): Promise<void> => {
    const hash = this.#pending;
    this.#pending = '';
    if (!hash) return;
    // Arriving at a link is a navigation: instant like the browser's own (the page's CSS may make it
    // smooth), and never animated for a reader who asked for reduced motion.
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto';
    if (hash === '#comments') {
      this.#host.scrollIntoView({ behavior, block: 'start' });
      return;
    }
    const respond = hash === '#respond';
    // After `#comment-` (9 characters), the id.
    const element = respond ? await this.#options.commentField() : await this.#options.reveal(Number(hash.slice(9)));
    if (!element) {
      if (!respond) this.#options.missing();
      return;
    }
    element.scrollIntoView({ behavior, block: element.offsetHeight < innerHeight ? 'center' : 'start' });
    element.focus({ preventScroll: true });
  };
}
