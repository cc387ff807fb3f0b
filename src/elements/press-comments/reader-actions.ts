import type { ReactiveControllerHost } from 'lit';
import type { Comment } from '../../sources/models.js';
import type { PressCommentForm } from './comment-form.js';
import type { ThreadController } from './thread-controller.js';
import { COMMENTS_PER_PAGE } from '../../sources/wordpress-comments.js';
import { HeldHeightController } from '../../controllers/held-height-controller.js';

/** This page's address without its fragment: what a comment's link is made from. */
export const pageUrl = (): string => location.href.split('#')[0];

/** What the element says in its live region after a reader's action. */
export type Announcement = 'linkCopied' | 'linkCopyFailed' | 'commentPosted' | 'awaitingModeration';

/**
 * What a reader does in the thread, and where focus goes afterwards: replying to a comment (the
 * form moves into it) and cancelling, copying a comment's link, Show more, arriving at a linked
 * comment, posting, and the room the thread keeps so the page below stays put. Buttons carry `data-action` and the comment id; one capturing listener
 * (`events`) serves every comment's buttons and pictures, so no comment holds a closure of its own.
 */
export class ReaderActions {
  /** The comment the form answers (the form renders inside it), or null for a new comment. */
  replyTo: Comment | null = null;
  /** The comment the page's `#comment-ID` points at. */
  target: number | null = null;
  /** The comment whose link was just copied. */
  copied: number | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #thread: ThreadController;
  readonly #say: (term: Announcement) => void;

  /**
   * The thread's room, kept so the page below stays put: the placeholder's height when a short
   * thread, the empty note or the error replaces it, and the room Show more makes for a page.
   */
  readonly room: HeldHeightController;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, thread: ThreadController, say: (term: Announcement) => void) {
    this.#host = host;
    this.#thread = thread;
    this.#say = say;
    this.room = new HeldHeightController(host, {
      placeholder: () => host.renderRoot.querySelector('[part="skeleton"]'),
      box: () => host.renderRoot.querySelector('.thread-area:not(:empty), [part="empty"], .base > [part="error"]'),
      done: () => thread.status === 'done' || thread.status === 'error',
    });
  }

  /** Clicks on a comment's buttons; `error` of a picture that cannot load (captured: it does not bubble). */
  readonly events = {
    capture: true,
    handleEvent: (event: Event): void => {
      const origin = event.target as HTMLElement;
      if (event.type === 'error' && origin instanceof HTMLImageElement) return this.#thread.avatarFailed(Number(origin.dataset.id));
      const button = event.type === 'click' ? origin.closest<HTMLElement>('[data-action]') : null;
      const id = Number(button?.dataset.id);
      if (button?.dataset.action === 'reply') void this.#reply(id);
      if (button?.dataset.action === 'copy') this.#copyLink(id);
    },
  };

  /** The element of comment `id` in the thread. */
  #comment(id: number): HTMLElement | null {
    return this.#host.renderRoot.querySelector(`#comment-${id}`);
  }

  /** The reader asked for more: keyboard users continue where the new ones start, and the page stays put. */
  readonly showMore = async (): Promise<void> => {
    this.#reserveRoomForMore();
    const added = await this.#thread.loadMore();
    await this.#host.updateComplete;
    const first = added.find((entry) => !entry.parent) ?? added[0];
    if (first) this.#comment(first.comment.id)?.focus({ preventScroll: true });
    await this.#thread.settled();
    // A page that filled its room lets it go, as does a failure; a shorter page keeps it.
    this.room.settle(!this.#thread.moreError);
  };

  /**
   * Room for the next page, made at once, in the frame after the reader's click: what is below the
   * thread moves now, which the layout-shift metric excuses as the answer to input, and not when a
   * slow page lands. About the page's height (its comments at the thread's average height, half
   * again for safety), up to a screen: past that, nothing below is in view to move.
   */
  #reserveRoomForMore(): void {
    const area = this.#host.renderRoot.querySelector<HTMLElement>('.thread-area');
    const shown = this.#thread.thread.size;
    if (!area || !shown) return;
    const next = Math.min(COMMENTS_PER_PAGE, Math.max(1, this.#thread.count - shown));
    this.room.reserve(Math.min(innerHeight, ((next * area.getBoundingClientRect().height) / shown) * 1.5));
  }

  /** Back to a new comment; focus returns to the reply button the form came from. */
  async cancelReply(): Promise<void> {
    const id = this.replyTo?.id;
    if (id === undefined) return;
    this.#thread.changed(id);
    this.replyTo = null;
    await this.#host.updateComplete;
    this.#comment(id)?.querySelector<HTMLElement>('[part="reply"]')?.focus();
  }

  /** The comment field of the form for a new comment (`#respond`): any reply is cancelled. */
  async commentField(): Promise<HTMLElement | null> {
    await this.cancelReply();
    return (await this.#form())?.querySelector<HTMLElement>('[name="comment"]') ?? null;
  }

  /** Loads until comment `id` is there, marks it as the target and returns its element (null: not in the thread). */
  async reveal(id: number): Promise<HTMLElement | null> {
    const entry = await this.#thread.loadUntil(id);
    if (!entry) return null;
    this.#thread.changed(this.target, entry);
    this.target = id;
    await this.#host.updateComplete;
    return this.#comment(id);
  }

  /** The reader's own comment shows where the order puts it, and focus (and the view) go to it. */
  async posted(comment: Comment): Promise<void> {
    this.#thread.changed(this.replyTo?.id);
    this.#thread.addPosted(comment);
    this.replyTo = null;
    await this.#host.updateComplete;
    this.#comment(comment.id)?.focus();
  }

  async #reply(id: number): Promise<void> {
    const entry = this.#thread.thread.get(id);
    if (!entry) return;
    this.#thread.changed(this.replyTo?.id, entry);
    this.replyTo = entry.comment;
    (await this.#form())?.focusComment();
  }

  async #form(): Promise<PressCommentForm | null> {
    await this.#host.updateComplete;
    const form = this.#host.renderRoot.querySelector<PressCommentForm>('press-comment-form');
    await form?.updateComplete;
    return form;
  }

  #copyLink(id: number): void {
    navigator.clipboard.writeText(`${pageUrl()}#comment-${id}`).then(
      () => {
        this.#thread.changed(this.copied, id);
        this.copied = id;
        this.#say('linkCopied');
      },
      () => this.#say('linkCopyFailed'),
    );
  }
}
