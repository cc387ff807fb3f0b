import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { isAbort } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';
import { loadNewComments, loadNewestDate, newestDate } from '../../sources/new-comments.js';
import type { ThreadController } from './thread-controller.js';
import type { ThreadEntry } from './thread.js';

/** `live` alone means a check a minute. */
export const DEFAULT_LIVE_SECONDS = 60;
/** Failures back off by doubling, up to this many seconds between checks (or the interval, if longer). */
export const MAX_BACKOFF_SECONDS = 600;

/**
 * The `live` attribute: absent = off (null), present without a value = 60 s, else the number of
 * seconds (at least 1; anything unreadable counts as 60).
 */
export const liveConverter = {
  fromAttribute: (value: string | null): number | null => {
    if (value === null || value.trim().toLowerCase() === 'false') return null;
    // A blank value is Number('') = 0: the default, like anything unreadable.
    const seconds = Number(value);
    return !Number.isFinite(seconds) || seconds <= 0 ? DEFAULT_LIVE_SECONDS : Math.max(1, seconds);
  },
};

export interface LiveCheckResult {
  /** New comments not shown yet, oldest first. */
  comments: Comment[];
  /** How many new comments there are in all (more than `comments` when one check cannot fetch them all). */
  total: number;
}

export interface LiveThreadOptions {
  /** Seconds between checks, or null while `live` is off. */
  interval: () => number | null;
  thread: ThreadController;
  where: () => { source: string; post: number };
  timeout: () => number;
}

/**
 * `<press-comments live>`: looks for new comments every `interval` seconds, but only while the
 * host is on screen and the tab is visible: a hidden tab or a thread scrolled away costs nothing.
 * Never two checks in flight; failures double the wait; a tab that comes back checks at once if a
 * check is due. What it finds waits in `pending` until the reader asks for it (the `new-comments`
 * button, or `take()`): a thread never changes under the reader's eyes by surprise, and showing
 * them keeps what the reader was reading where it was.
 */
export class LiveThread implements ReactiveController {
  /** New comments found and not yet shown. */
  pending: Comment[] = [];
  /** How many new comments there are (at least `pending.length`). */
  count = 0;
  /** Checks that failed in a row. */
  failures = 0;

  #onScreen = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  #lastCheck = performance.now();
  #observer: IntersectionObserver | undefined;
  /** The thread's newest date when later pages are not loaded ('' when the first page holds it; null while unknown). */
  #baseline: string | null = '';
  #host: LitElement;
  #options: LiveThreadOptions;

  constructor(host: LitElement, options: LiveThreadOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Every browser with the CSS these elements need (light-dark(), :state()) has IntersectionObserver.
    this.#observer = new IntersectionObserver((entries) => {
      this.#onScreen = entries.at(-1)?.isIntersecting ?? false;
      this.#sync();
    });
    this.#observer.observe(this.#host);
    document.addEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#onScreen = false;
    document.removeEventListener('visibilitychange', this.#sync);
    this.#stop();
    this.#drop();
  }

  hostUpdated(): void {
    // `live` switched on, off or to another interval (off: #sync disarms the timer).
    this.#sync();
  }

  /** A fresh first page: checks count from what it shows. */
  loaded(): void {
    this.#baseline = this.#options.thread.nextPage ? null : '';
    this.#drop();
    this.pending = [];
    this.count = 0;
    this.failures = 0;
    this.#lastCheck = performance.now();
    this.#stop();
    this.#sync();
  }

  /** Hands over the pending comments (the reader asked for them) and looks again soon for any left over. */
  take(): Comment[] {
    // A check still in flight answers about the thread before these were shown: drop it.
    this.#drop();
    const taken = this.pending;
    if (this.count > taken.length) {
      this.#lastCheck = -Infinity;
      this.#stop();
    }
    this.pending = [];
    this.count = 0;
    this.#host.requestUpdate();
    this.#sync();
    return taken;
  }

  /**
   * The announcement of comments that arrived while the reader was reading: a polite live region
   * that always exists (so screen readers hear it appear) and, when there are new ones, the button
   * (part `new-comments`) that shows them. It sits where they will be inserted, so they take its place.
   */
  view(localize: LocalizeController): TemplateResult {
    const { count } = this;
    return html`<div class="new-comments" role="status">
      ${count > 0 ? html`<button part="new-comments" class="button new-comments-button" type="button" @click=${this.#show}>${localize.term('newComments', count)}</button>` : nothing}
    </div>`;
  }

  /**
   * One check: approved comments newer than the newest the thread knows, minus any it already
   * shows; null when there is nothing to check yet (the thread has not loaded).
   */
  protected check(signal: AbortSignal): Promise<LiveCheckResult> | null {
    const { thread, timeout } = this.#options;
    const { source, post } = this.#options.where();
    if (thread.status !== 'done' || !source || !post) return null;
    const after = [this.#baseline ?? '', newestDate(listedComments(thread.thread.roots))].sort().pop()!;
    if (this.#baseline === null) {
      // Later pages are not loaded, so the first page's newest is not the thread's: learn that once, announce nothing.
      return loadNewestDate(source, { post, signal, timeout: timeout() }).then((newest) => {
        this.#baseline = newest || after;
        return { comments: [], total: 0 };
      });
    }
    return loadNewComments(source, { post, after, signal, timeout: timeout() }).then(({ comments, total }) => {
      // Against what the thread shows now: the reader may have posted or loaded more meanwhile.
      const fresh = comments.filter((c) => !thread.thread.get(c.id));
      return { comments: fresh, total: total - (comments.length - fresh.length) };
    });
  }

  #drop(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  get #active(): boolean {
    return this.#options.interval() !== null && this.#onScreen && document.visibilityState === 'visible' && this.#host.isConnected;
  }

  /** Arms the timer when a check may run, disarms it when not. An arrow: it is also the visibility listener. */
  readonly #sync = (): void => {
    if (!this.#active) return this.#stop();
    if (this.#timer !== undefined || this.#inFlight) return;
    const interval = this.#options.interval()!;
    const delay = Math.min(interval * 2 ** Math.min(this.failures, 10), Math.max(interval, MAX_BACKOFF_SECONDS)) * 1000;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, Math.max(0, this.#lastCheck + delay - performance.now()));
  };

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #run(): Promise<void> {
    // Re-checked here: the tab may have gone while the timer ran down.
    if (!this.#active || this.#inFlight) return;
    const abort = new AbortController();
    const request = this.check(abort.signal);
    if (!request) {
      this.#lastCheck = performance.now();
      return this.#sync();
    }
    this.#inFlight = abort;
    try {
      const { comments, total } = await request;
      if (this.#inFlight !== abort) return; // reset meanwhile: this answer is about another thread state
      this.failures = 0;
      const changed = total !== this.count || comments.length !== this.pending.length;
      this.pending = comments;
      this.count = Math.max(total, comments.length);
      if (changed) this.#host.requestUpdate();
    } catch (error) {
      if (this.#inFlight !== abort || isAbort(error)) return;
      this.failures++;
    } finally {
      if (this.#inFlight === abort) {
        this.#inFlight = undefined;
        this.#lastCheck = performance.now();
        this.#sync();
      }
    }
  }

  /**
   * Shows the announced comments, because the reader asked. What the reader was looking at stays
   * where it was on screen, and focus moves to the first new comment without scrolling.
   */
  readonly #show = async (): Promise<void> => {
    const fresh = this.take();
    if (!fresh.length) return;
    const root = this.#host.renderRoot;
    // What the reader is reading: the topmost comment on screen (its own body, not its replies), else the button.
    const onScreen = (el: Element) => el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight;
    const anchor = [...root.querySelectorAll<HTMLElement>('[part~="comment-body"]')].find(onScreen) ?? root.querySelector<HTMLElement>('[part="new-comments"]');
    const before = anchor?.getBoundingClientRect().top;
    const added = new Set(this.#options.thread.add(fresh).map((entry) => `comment-${entry.comment.id}`));
    await this.#host.updateComplete;
    // Browsers with scroll anchoring have already done this; the others get it here.
    const shift = anchor?.isConnected && before !== undefined ? anchor.getBoundingClientRect().top - before : 0;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
    const first = [...root.querySelectorAll<HTMLElement>('[part~="comment"]')].find((el) => added.has(el.id));
    first?.focus({ preventScroll: true });
  };
}

/** Every comment of the tree the server listed (not the reader's own copies, which have no server date). */
function listedComments(entries: readonly ThreadEntry[]): Comment[] {
  return entries.flatMap((entry) => [...(entry.comment.id > 0 && entry.comment.status === 'approved' ? [entry.comment] : []), ...listedComments(entry.replies)]);
}
