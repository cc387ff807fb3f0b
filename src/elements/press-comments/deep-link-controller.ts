import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the page's URL hash asks of the comment section. */
export type HashRequest = { kind: 'comment'; id: number } | { kind: 'comments' } | { kind: 'respond' } | null;

/** Reads WordPress's own anchors: `#comment-123`, `#comments`, `#respond`. */
export function readHash(hash: string = location.hash): HashRequest {
  const comment = /^#comment-(\d+)$/.exec(hash);
  if (comment) return { kind: 'comment', id: Number(comment[1]) };
  if (hash === '#comments') return { kind: 'comments' };
  if (hash === '#respond') return { kind: 'respond' };
  return null;
}

export interface DeepLinkOptions {
  /** A hash for the comments arrived: load now, whatever the viewport says. */
  loadNow: () => void;
  /** Runs the request once the thread is there; the controller calls it again on every `hashchange`. */
  follow: (request: NonNullable<HashRequest>) => Promise<void>;
  /** Whether the first page of the thread is shown (a request waits for it). */
  ready: () => boolean;
}

/**
 * Arriving at a comment: on load and on `hashchange`, a `#comment-ID`, `#comments` or `#respond`
 * hash loads the thread at once and, once it is shown, is followed (the host scrolls, focuses and
 * marks). One request at a time; a newer hash wins.
 */
export class DeepLinkController implements ReactiveController {
  private pending: NonNullable<HashRequest> | null = null;
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  /** Whether the page arrived with a hash for the comments (the host then loads eagerly). */
  get wanted(): boolean {
    return readHash() !== null;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.take(readHash());
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    // After the update, not inside it: following may start a load, which asks for another update.
    if (this.pending && this.options.ready()) queueMicrotask(() => void this.run());
  }

  private readonly onHashChange = (): void => this.take(readHash());

  private take(request: HashRequest): void {
    if (!request) return;
    this.pending = request;
    this.options.loadNow();
    if (this.options.ready()) void this.run();
    else this.host.requestUpdate();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending) {
        const request = this.pending;
        this.pending = null;
        await this.options.follow(request);
      }
    } finally {
      this.running = false;
    }
  }
}
