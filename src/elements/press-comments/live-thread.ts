import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
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
      this.#onScreen = entries.at(-1)!.isIntersecting;
      this.#sync();
    });
    this.#observer.observe(this.#host);
    document.addEventListener('visibilitychange', this.#sync);
  }

  hostDisconnected(): void {
    this.#observer!.disconnect();
    this.#onScreen = false;
    document.removeEventListener('visibilitychange', this.#sync);
    this.#drop();
  }

  hostUpdated(): void {
    // `live` switched on, off or to another interval.
    this.#sync();
  }

  /** A fresh first page: checks count from what it shows. */
  loaded(): void {
    this.#baseline = this.#options.thread.nextPage ? null : '';
    this.pending = [];
    this.count = this.failures = 0;
    this.#lastCheck = performance.now();
    this.#drop();
  }

  /** Hands over the pending comments (the reader asked for them) and looks again soon for any left over. */
  take(): Comment[] {
    const taken = this.pending;
    if (this.count > taken.length) this.#lastCheck = -Infinity;
    this.pending = [];
    this.count = 0;
    this.#host.requestUpdate();
    // A check still in flight answers about the thread before these were shown: drop it.
    this.#drop();
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
      ${count > 0 ? html`<button part="new-comments" class="button new-comments-button" @click=${this.#show}>${localize.term('newComments', count)}</button>` : nothing}
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

  /** Drops the check in flight, if any, and schedules the next. */
  #drop(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#sync();
  }

  /**
   * The one schedule: whenever anything it depends on changes (on screen, tab visibility, `live`,
   * a check ending), the timer is set anew for the last check plus the interval (doubled per failure
   * in a row, capped), or not at all while no check may run or one is in flight. An arrow: it is also
   * the visibility listener.
   */
  readonly #sync = (): void => {
    clearTimeout(this.#timer);
    const interval = this.#options.interval();
    if (interval === null || !this.#onScreen || document.visibilityState !== 'visible' || !this.#host.isConnected || this.#inFlight) return;
    const delay = Math.min(interval * 2 ** Math.min(this.failures, 10), Math.max(interval, MAX_BACKOFF_SECONDS)) * 1000;
    this.#timer = setTimeout(this.#run, this.#lastCheck + delay - performance.now());
  };

  readonly #run = async (): Promise<void> => {
    const abort = (this.#inFlight = new AbortController());
    try {
      const result = await this.check(abort.signal);
      if (result && this.#inFlight === abort) {
        const { comments, total } = result;
        this.failures = 0;
        const changed = total !== this.count || comments.length !== this.pending.length;
        this.pending = comments;
        this.count = Math.max(total, comments.length);
        if (changed) this.#host.requestUpdate();
      }
    } catch {
      // Only a check still current counts: one dropped (aborted) answered about another thread state.
      if (this.#inFlight === abort) this.failures++;
    }
    if (this.#inFlight === abort) {
      this.#lastCheck = performance.now();
      this.#drop();
    }
  };

  /**
   * Shows the announced comments, because the reader asked. What the reader was looking at stays
   * where it was on screen, and focus moves to the first new comment without scrolling.
   */
  readonly #show = async (): Promise<void> => {
    const fresh = this.take();
    if (!fresh.length) return;
    const root = this.#host.renderRoot;
    const top = (el: Element) => el.getBoundingClientRect().top;
    // What the reader is reading: the topmost comment on screen (its own body, not its replies), else the button.
    const anchor = [...root.querySelectorAll('[part~="comment-body"]')].find((el) => el.getBoundingClientRect().bottom > 0 && top(el) < innerHeight) ?? root.querySelector('[part="new-comments"]')!;
    const before = top(anchor);
    // The first of them in reading order: a selector list matches in document order.
    const added = this.#options.thread.add(fresh).map((entry) => `#comment-${entry.comment.id}`);
    await this.#host.updateComplete;
    // Browsers with scroll anchoring have already done this (the shift is 0); the others get it here.
    if (anchor.isConnected) window.scrollBy({ top: top(anchor) - before, behavior: 'instant' });
    if (added[0]) root.querySelector<HTMLElement>(added.join())?.focus({ preventScroll: true });
  };
}

/** Every comment of the tree the server listed (not the reader's own copies, which have no server date). */
function listedComments(entries: readonly ThreadEntry[]): Comment[] {
  return entries.flatMap((entry) => [...(entry.comment.id > 0 && entry.comment.status === 'approved' ? [entry.comment] : []), ...listedComments(entry.replies)]);
}
