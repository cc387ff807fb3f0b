import type { Comment } from '../../sources/models.js';
import { loadComments } from '../../sources/wordpress-comments.js';
import { postComment, type CommentField, type CommentInput, type PostedComment } from '../../sources/wordpress-comment-posting.js';
import { PostOnce, findPostedComment } from '../../sources/post-once.js';
import { isExpiredNonce } from '../../sources/wordpress-session.js';
import { discoverCommentFormAction } from '../../sources/discover.js';
import { SourceError } from '../../sources/errors.js';
import { PressCommentPostedEvent, PressCommentSubmitEvent } from '../../internal/events.js';
import { parseUrl } from '../../sanitize/url.js';
import { escapeHtml } from '../../sources/feed-text.js';
import { rememberHeld } from './reader-memory.js';
import type { CommentFormOwner } from './comment-form.js';
import type { ReaderActions, Announcement } from './reader-actions.js';
import type { SessionController } from './session-controller.js';
import type { ThreadController } from './thread-controller.js';

/** The order in which invalid fields are reported and the first of them focused. */
export const FIELD_ORDER: CommentField[] = ['comment', 'author', 'email', 'url'];
/** Deliberately simple: the server has the last word; this only catches typos before a round trip. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The commenter's website as an http(s) URL, or null when it is not one. A bare domain
 * ("www.example.org") gets `https://`, as readers type it; any other scheme is refused.
 */
export function normalizeWebsite(raw: string): string | null {
  const value = raw.trim();
  if (!value) return '';
  const url = parseUrl(/^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`);
  // The parser has dropped tabs and line breaks as an href would: "java\nscript:" is not http(s).
  return url && /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url.href : null;
}

/**
 * The posted comment as the thread should show it. The classic form does not return the
 * comment, so the newest of the thread are read again (one small request, the same for every
 * reader): listed means approved; not listed means it waits for moderation, and the reader sees
 * their own text (sanitized like any other) marked so.
 */
export async function resolvePosted(source: string, input: CommentInput, result: PostedComment, known: (id: number) => boolean, timeout: number): Promise<Comment> {
  if (result.comment) return result.comment;
  // The comment was accepted; failing to re-read the thread only means we show our own copy.
  const newest = result.status === 'hold' ? null : await loadComments(source, { post: input.post, order: 'desc', perPage: 20, timeout }).catch(() => null);
  return (
    newest?.comments.find((c) => (result.id ? c.id === result.id : !known(c.id) && c.authorName === input.authorName)) ?? {
      id: result.id ?? -Date.now(),
      post: input.post,
      parent: input.parent,
      authorName: input.authorName,
      authorUrl: input.authorUrl,
      avatar: '',
      date: new Date().toISOString(),
      contentHtml: paragraphs(input.content),
      link: '',
      status: 'hold',
    }
  );
}

/** The reader's plain text as the paragraphs WordPress would make of it (sanitized on render like any comment). */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** What the element lends its form for sending, and for what follows a posted comment. */
export interface PostingOptions {
  where: () => { source: string; post: number };
  /** The signed-in reader, who posts as themselves over REST; left when the sign-in goes stale. */
  session: SessionController;
  /** The `form-action` attribute: `wp-comments-post.php` for the classic-form fallback ('' to discover it). */
  formAction: () => string;
  timeout: () => number;
  thread: ThreadController;
  actions: ReaderActions;
  /** Says a term in the element's live region (null: silence). */
  say: (term: Announcement | null) => void;
  emit: <T extends Event>(event: T) => T;
}

/**
 * The element's side of its form. `submitComment` lets the page veto (or add fields), then posts:
 * REST first, the classic form when REST refuses guests; null when the page vetoed. `commentPosted`
 * shows the comment, says so, keeps a held one for its author across reloads, and tells the page.
 */
export function commentPosting(options: PostingOptions): Pick<CommentFormOwner, 'submitComment' | 'commentPosted'> {
  const postOnce = new PostOnce();
  return {
    submitComment: (draft) => {
      const { source, post } = options.where();
      if (!source || !post) throw new SourceError('no-source', 'No source/post attribute and no WordPress post on this page');
      options.say(null);
      const session = options.session.session;
      const timeout = options.timeout();
      // A signed-in reader posts as themselves, whatever the guest fields held.
      const input = { ...draft, post, ...(session && { authorName: session.user.name, authorEmail: '', authorUrl: '' }) };
      const submit = options.emit(
        new PressCommentSubmitEvent({ post, parent: input.parent, author_name: input.authorName, author_email: input.authorEmail, author_url: input.authorUrl, content: input.content }),
      );
      if (submit.defaultPrevented) return null;
      const classicUrl = options.formAction() || discoverCommentFormAction() || undefined;
      const signedIn = session ? { nonce: session.nonce, userId: session.user.id } : undefined;
      // A retry of a post that got no answer looks for it first: the reader's comment is never stored twice.
      return postOnce
        .post(
          input,
          () => postComment(source, input, { extra: submit.detail.extra, timeout, classicUrl, signedIn }),
          () => findPostedComment(source, input, { timeout }),
        )
        .then((result) => resolvePosted(source, input, result, (id) => !!options.thread.thread.get(id), timeout))
        .catch((error: unknown) => {
          // The sign-in went stale: the guest form takes over, the text kept, the form saying why.
          if (isExpiredNonce(error)) options.session.leave();
          throw error;
        });
    },
    commentPosted: (comment) => {
      void options.actions.posted(comment);
      const held = comment.status !== 'approved';
      options.say(held ? 'awaitingModeration' : 'commentPosted');
      if (held) {
        const { source, post } = options.where();
        rememberHeld(source, comment.post || post, comment);
      }
      options.emit(new PressCommentPostedEvent(comment));
    },
  };
}
