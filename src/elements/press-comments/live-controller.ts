import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';

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
    const seconds = Number(value);
    return value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 ? DEFAULT_LIVE_SECONDS : Math.max(1, seconds);
  },
};

export interface LiveCheckResult {
  /** New comments not shown yet, oldest first. */
  comments: Comment[];
  /** How many new comments there are in all (more than `comments` when one check cannot fetch them all). */
  total: number;
}

export interface LiveOptions {
  /** Seconds between checks, or null while live updates are off. */
  interval: () => number | null;
  /** Looks for new comments; null when there is nothing to check yet (the thread has not loaded). */
  check: (signal: AbortSignal) => Promise<LiveCheckResult> | null;
}

/**
 * Looks for new comments every `interval` seconds, but only while the host is on screen and the
 * tab is visible: a hidden tab or a thread scrolled away costs nothing. Never two checks in
 * flight; failures double the wait; a tab that comes back checks at once if a check is due.
 * What it finds waits in `pending` until the reader asks for it (`take()`): a thread never
 * changes under the reader's eyes by surprise.
 */
export class LiveController implements ReactiveController {
  /** New comments found and not yet shown. */
  pending: Comment[] = [];
  /** How many new comments there are (at least `pending.length`). */
  count = 0;
  /** Checks that failed in a row. */
  failures = 0;

  private onScreen = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;
  private lastCheck = performance.now();
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LiveOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'undefined') {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries[entries.length - 1]?.isIntersecting ?? false;
        this.sync();
      });
      this.observer.observe(this.host);
    } else {
      this.onScreen = true;
    }
    document.addEventListener('visibilitychange', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.onScreen = false;
    document.removeEventListener('visibilitychange', this.sync);
    this.stop();
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  hostUpdated(): void {
    // `live` switched on, off or to another interval.
    if (this.options.interval() === null) this.stop();
    else this.sync();
  }

  /** Starts counting again from what the thread shows now (after a fresh load of the thread). */
  reset(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.pending = [];
    this.count = 0;
    this.failures = 0;
    this.lastCheck = performance.now();
    this.stop();
    this.sync();
  }

  /** Hands over the pending comments (the reader asked for them) and looks again soon for any left over. */
  take(): Comment[] {
    // A check still in flight answers about the thread before these were shown: drop it.
    this.inFlight?.abort();
    this.inFlight = undefined;
    const taken = this.pending;
    const more = this.count > taken.length;
    this.pending = [];
    this.count = 0;
    this.host.requestUpdate();
    if (more) this.checkSoon();
    else this.sync();
    return taken;
  }

  private get active(): boolean {
    return this.options.interval() !== null && this.onScreen && document.visibilityState === 'visible' && this.host.isConnected;
  }

  private delayMs(): number {
    const interval = this.options.interval() ?? DEFAULT_LIVE_SECONDS;
    const backedOff = interval * 2 ** Math.min(this.failures, 10);
    return Math.min(backedOff, Math.max(interval, MAX_BACKOFF_SECONDS)) * 1000;
  }

  /** Arms the timer when a check may run, disarms it when not. An arrow: it is also the visibility listener. */
  private readonly sync = (): void => {
    if (!this.active) return this.stop();
    if (this.timer !== undefined || this.inFlight) return;
    const wait = Math.max(0, this.lastCheck + this.delayMs() - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  };

  private checkSoon(): void {
    this.lastCheck = -Infinity;
    this.stop();
    this.sync();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    // Re-checked here: the tab may have gone while the timer ran down.
    if (!this.active || this.inFlight) return;
    const abort = new AbortController();
    const request = this.options.check(abort.signal);
    if (!request) {
      this.lastCheck = performance.now();
      return this.sync();
    }
    this.inFlight = abort;
    try {
      const { comments, total } = await request;
      if (this.inFlight !== abort) return; // reset meanwhile: this answer is about another thread state
      this.failures = 0;
      const changed = total !== this.count || comments.length !== this.pending.length;
      this.pending = comments;
      this.count = Math.max(total, comments.length);
      if (changed) this.host.requestUpdate();
    } catch (error) {
      if (this.inFlight !== abort || isAbort(error)) return;
      this.failures++;
    } finally {
      if (this.inFlight === abort) {
        this.inFlight = undefined;
        this.lastCheck = performance.now();
        this.sync();
      }
    }
  }
}
