import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Comment } from '../../sources/models.js';
import { loadNewComments, loadNewestDate, newestDate } from '../../sources/new-comments.js';
import { LiveController, type LiveCheckResult } from './live-controller.js';
import type { ThreadController } from './thread-controller.js';
import type { ThreadEntry } from './thread.js';

export interface LiveThreadOptions {
  /** Seconds between checks, or null while `live` is off. */
  interval: () => number | null;
  thread: ThreadController;
  where: () => { source: string; post: number };
  timeout: () => number;
}

/**
 * `<press-comments live>`: what a check asks (comments after the newest shown), and showing what
 * it found when the reader asks, without moving what they read. The timing is LiveController's.
 */
export class LiveThread {
  readonly updates: LiveController;
  /** The thread's newest date when later pages are not loaded ('' when the first page holds it; null while unknown). */
  private baseline: string | null = '';

  constructor(
    private readonly host: LitElement,
    private readonly options: LiveThreadOptions,
  ) {
    this.updates = new LiveController(host, { interval: options.interval, check: (signal) => this.check(signal) });
  }

  /** A fresh first page: checks count from what it shows. */
  loaded(): void {
    this.baseline = this.options.thread.nextPage ? null : '';
    this.updates.reset();
  }

  /**
   * The announcement of comments that arrived while the reader was reading: a polite live region
   * that always exists (so screen readers hear it appear) and, when there are new ones, the button
   * (part `new-comments`) that shows them. It sits where they will be inserted, so they take its place.
   */
  view(localize: LocalizeController): TemplateResult {
    const { count } = this.updates;
    return html`<div class="new-comments" role="status">
      ${count > 0 ? html`<button part="new-comments" class="button new-comments-button" type="button" @click=${this.show}>${localize.term('newComments', count)}</button>` : nothing}
    </div>`;
  }

  /** One check: approved comments newer than the newest the thread knows, minus any it already shows. */
  private check(signal: AbortSignal): Promise<LiveCheckResult> | null {
    const { thread, timeout } = this.options;
    const { source, post } = this.options.where();
    if (thread.status !== 'done' || !source || !post) return null;
    const after = [this.baseline ?? '', newestDate(listedComments(thread.thread.roots))].sort().pop() ?? '';
    if (this.baseline === null) {
      // Later pages are not loaded, so the first page's newest is not the thread's: learn that once, announce nothing.
      return loadNewestDate(source, { post, signal, timeout: timeout() }).then((newest) => {
        this.baseline = newest || after;
        return { comments: [], total: 0 };
      });
    }
    return loadNewComments(source, { post, after, signal, timeout: timeout() }).then(({ comments, total }) => {
      // Against what the thread shows now: the reader may have posted or loaded more meanwhile.
      const fresh = comments.filter((c) => !thread.thread.get(c.id));
      return { comments: fresh, total: total - (comments.length - fresh.length) };
    });
  }

  /**
   * Shows the announced comments, because the reader asked. What the reader was looking at stays
   * where it was on screen, and focus moves to the first new comment without scrolling.
   */
  private readonly show = async (): Promise<void> => {
    const fresh = this.updates.take();
    if (!fresh.length) return;
    const root = this.host.renderRoot;
    // What the reader is reading: the topmost comment on screen (its own body, not its replies), else the button.
    const onScreen = (el: Element) => el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight;
    const anchor = [...root.querySelectorAll<HTMLElement>('[part~="comment-body"]')].find(onScreen) ?? root.querySelector<HTMLElement>('[part="new-comments"]');
    const before = anchor?.getBoundingClientRect().top;
    const added = new Set(this.options.thread.add(fresh).map((entry) => `comment-${entry.comment.id}`));
    await this.host.updateComplete;
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
