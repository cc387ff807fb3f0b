import type { Comment } from '../../sources/models.js';
import { loadComments } from '../../sources/wordpress-comments.js';
import { postComment, type CommentField, type CommentInput, type PostedComment } from '../../sources/wordpress-comment-posting.js';
import { PostOnce, findPostedComment } from '../../sources/post-once.js';
import { isExpiredNonce, type WordPressSession } from '../../sources/wordpress-session.js';
import { PressCommentSubmitEvent } from '../../internal/events.js';
import { safeUrl } from '../../sanitize/url.js';
import type { AuthorFields } from './reader-memory.js';

/** The order in which invalid fields are reported and the first of them focused. */
export const FIELD_ORDER: CommentField[] = ['comment', 'author', 'email', 'url'];
// Deliberately simple: the server has the last word; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The terms a failed check names, so the form can show them in the reader's language. */
export type FieldProblem = 'enterComment' | 'commentTooLong' | 'enterName' | 'enterEmail' | 'invalidEmail' | 'invalidUrl';

/**
 * What is wrong with the form, before any request: each invalid field with its problem.
 * `identified` (a signed-in reader) needs neither name nor email.
 */
export function validateComment(fields: AuthorFields, text: string, { maxlength, emailRequired, identified = false }: { maxlength: number; emailRequired: boolean; identified?: boolean }): Partial<Record<CommentField, FieldProblem>> {
  const { author, email, url } = fields;
  // No prototype: a host page that polluted Object.prototype must not invent a problem.
  const problems: Partial<Record<CommentField, FieldProblem>> = Object.create(null);
  if (!text.trim()) problems.comment = 'enterComment';
  else if ([...text].length > maxlength) problems.comment = 'commentTooLong';
  if (identified) return problems;
  if (emailRequired && !author.trim()) problems.author = 'enterName';
  if (emailRequired && !email.trim()) problems.email = 'enterEmail';
  else if (email.trim() && !EMAIL.test(email.trim())) problems.email = 'invalidEmail';
  if (url.trim() && !normalizeWebsite(url)) problems.url = 'invalidUrl';
  return problems;
}

/**
 * The commenter's website as an http(s) URL, or null when it is not one. A bare domain
 * ("www.example.org") gets `https://`, as readers type it; any other scheme is refused.
 */
export function normalizeWebsite(raw: string): string | null {
  const value = raw.trim();
  if (!value) return '';
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`;
  const url = safeUrl(withScheme, { base: 'https://invalid.invalid/' });
  return url && !url.startsWith('https://invalid.invalid/') && /^https?:\/\/[^/]+\.[^/]+/i.test(url) ? url : null;
}

/**
 * The posted comment as the thread should show it. The classic form does not return the
 * comment, so the thread is read again: listed means approved; not listed means it waits for
 * moderation, and the reader sees their own text (sanitized like any other) marked so.
 */
export async function resolvePosted(source: string, input: CommentInput, result: PostedComment, known: (id: number) => boolean, timeout: number): Promise<Comment> {
  if (result.comment) return result.comment;
  let fresh: Comment[] = [];
  try {
    const first = await loadComments(source, { post: input.post, timeout });
    fresh = first.comments;
    if (first.totalPages > 1) fresh = fresh.concat((await loadComments(source, { post: input.post, page: first.totalPages, timeout })).comments);
  } catch {
    // The comment was accepted; failing to re-read the thread only means we show our own copy.
  }
  const listed = result.status === 'hold' ? undefined : fresh.find((c) => (result.id ? c.id === result.id : !known(c.id) && c.authorName === input.authorName));
  if (listed) return listed;
  return {
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
  };
}

/** The reader's plain text as the paragraphs WordPress would make of it (sanitized on render like any comment). */
function paragraphs(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** What sending a comment needs from the element. */
export interface SendContext {
  source: string;
  post: number;
  /** The signed-in reader, who posts as themselves over REST. */
  session: WordPressSession | null;
  /** `wp-comments-post.php` for the classic-form fallback, when known. */
  classicUrl: string | undefined;
  timeout: number;
  postOnce: PostOnce;
  /** Whether the thread already lists comment `id`. */
  listed: (id: number) => boolean;
  emit: <T extends Event>(event: T) => T;
  /** The sign-in went stale while posting. */
  signedOut: () => void;
}

/**
 * Lets the page veto (or add fields), then posts: REST first, the classic form when REST refuses
 * guests. Null when the page vetoed.
 */
export function sendComment(draft: CommentInput, ctx: SendContext): Promise<Comment> | null {
  const { source, post, session, timeout } = ctx;
  const input = { ...draft, post, ...(session ? { authorName: session.user.name } : {}) };
  const submit = ctx.emit(
    new PressCommentSubmitEvent({ post, parent: input.parent, author_name: input.authorName, author_email: input.authorEmail, author_url: input.authorUrl, content: input.content }),
  );
  if (submit.defaultPrevented) return null;
  const signedIn = session ? { nonce: session.nonce, userId: session.user.id } : undefined;
  // A retry of a post that got no answer looks for it first: the reader's comment is never stored twice.
  return ctx.postOnce
    .post(
      input,
      () => postComment(source, input, { extra: submit.detail.extra, timeout, classicUrl: ctx.classicUrl, signedIn }),
      () => findPostedComment(source, input, { timeout }),
    )
    .then((result) => resolvePosted(source, input, result, ctx.listed, timeout))
    .catch((error: unknown) => {
      // The sign-in went stale: the guest form takes over, the text kept, the form saying why.
      if (isExpiredNonce(error)) ctx.signedOut();
      throw error;
    });
}
