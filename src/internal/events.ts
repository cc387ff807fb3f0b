import type { Article, Comment } from '../sources/models.js';

/** What `press-error` carries: a stable code, a readable message and the HTTP status if any. */
export interface PressErrorDetail {
  code: string;
  message: string;
  status: number | null;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when a fetch or a post fails. Bubbles and is composed. */
export class PressErrorEvent extends CustomEvent<PressErrorDetail> {
  constructor(detail: PressErrorDetail) {
    super('press-error', { ...init, detail });
  }
}

/** Fired when an element has loaded and rendered its source. */
export class PressLoadEvent<T = Article[]> extends CustomEvent<{ items: T }> {
  constructor(items: T) {
    super('press-load', { ...init, detail: { items } });
  }
}

/** The data a comment form is about to send. */
export interface CommentDraftDetail {
  post: number;
  parent: number;
  author_name: string;
  author_email: string;
  author_url: string;
  content: string;
}

/**
 * Fired before a comment is sent. Cancel it (`preventDefault()`) to veto, or add data a
 * backend needs (a captcha token) to `detail.extra`.
 */
export class PressCommentSubmitEvent extends CustomEvent<CommentDraftDetail & { extra: Record<string, string> }> {
  constructor(detail: CommentDraftDetail) {
    super('press-comment-submit', { ...init, cancelable: true, detail: { ...detail, extra: {} } });
  }
}

/** Fired when the server accepted a comment (approved or held for moderation). */
export class PressCommentPostedEvent extends CustomEvent<Comment> {
  constructor(comment: Comment) {
    super('press-comment-posted', { ...init, detail: comment });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'press-error': PressErrorEvent;
    'press-load': PressLoadEvent<unknown>;
    'press-comment-submit': PressCommentSubmitEvent;
    'press-comment-posted': PressCommentPostedEvent;
  }
}
