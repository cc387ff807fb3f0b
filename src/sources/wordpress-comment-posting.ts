import type { Translation } from '../i18n/translation.js';
import { htmlToText } from '../sanitize/text.js';
import { SourceError } from './errors.js';
import { errorFromResponse, request, tryJson, type RequestOptions } from './http.js';
import { obj } from './json.js';
import { parseUrl, safeUrl } from '../sanitize/url.js';
import type { Comment } from './models.js';
import { siteRoot } from './wordpress.js';
import { parseComment } from './wordpress-comments.js';

/**
 * Posting a WordPress comment: REST first, the classic `wp-comments-post.php` form when the site
 * refuses anonymous REST comments, and WordPress error codes turned into strings a reader
 * understands.
 */

/** What a reader submits. */
export interface CommentInput {
  post: number;
  parent: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  content: string;
}

/** A form field a WordPress error is about, so the form can mark it. */
export type CommentField = 'author' | 'email' | 'url' | 'comment';

/** A refused comment: WordPress's code and decoded message, and the field it is about if any. */
export class CommentPostError extends SourceError {
  constructor(
    code: string,
    message: string,
    status: number | null,
    readonly field: CommentField | null = null,
  ) {
    super(code, message, status);
    this.name = 'CommentPostError';
  }
}

/** What the server did with a posted comment. */
export interface PostedComment {
  /** The comment as the server stored it, or null when the classic form does not tell (then reload the thread). */
  comment: Comment | null;
  /** The id when known without the comment (from the classic form's redirect). */
  id: number | null;
  /** `hold` when the server said it awaits moderation; `unknown` when the classic form could not tell. */
  status: 'approved' | 'hold' | 'unknown';
  via: 'rest' | 'classic';
}

/** What posting a comment came to when the server answered with the comment (or lists it). */
export const postedAs = (comment: Comment): PostedComment => ({ comment, id: comment.id, status: comment.status === 'approved' ? 'approved' : 'hold', via: 'rest' });

export interface PostOptions extends Omit<RequestOptions, 'init'> {
  /** More fields a site's backend needs (a captcha token), from `press-comment-submit`. */
  extra?: Record<string, string>;
  /** The classic form handler (`…/wp-comments-post.php`); default: next to the REST root. */
  classicUrl?: string;
  /** Post as the signed-in reader: `X-WP-Nonce` with the site's cookies, the user as author, never the classic form. */
  signedIn?: { nonce: string; userId: number };
}

/**
 * Posts a comment as JSON `{post, parent, author_name, author_email, author_url, content}` to the
 * comments collection. A stock WordPress refuses anonymous REST comments (401
 * `rest_comment_login_required`): then the same comment goes through the site's classic form,
 * which every WordPress with open comments accepts.
 */
export async function postComment(source: string | URL, input: CommentInput, options: PostOptions = {}): Promise<PostedComment> {
  const url = new URL(source, document.baseURI);
  const { signedIn } = options;
  // WordPress fills in a signed-in author's name, e-mail and website itself.
  const author = signedIn ? { author: signedIn.userId } : { author_name: input.authorName, author_email: input.authorEmail, author_url: input.authorUrl };
  // Of the options, the request reads `signal`, `timeout` and `maxBytes`.
  const { response, text } = await request(url, {
    ...options,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(signedIn && { 'X-WP-Nonce': signedIn.nonce }) },
      body: JSON.stringify({ post: input.post, parent: input.parent, ...author, content: input.content, ...options.extra }),
      credentials: 'same-origin',
    },
  });
  if (response.ok) {
    const comment = parseComment(tryJson(text), url.href);
    if (!comment) throw new CommentPostError('parse', 'No comment in the answer', response.status);
    return postedAs(comment);
  }
  const { code, message, status } = errorFromResponse(response.status, text);
  // A signed-in reader refused by REST is not posted as a guest behind their back.
  if (code === 'rest_comment_login_required' && !signedIn) return postClassic(url, input, options);
  // The field the code is about, else (`rest_invalid_param`) the first parameter it names that is one.
  const params = Object.keys(obj(obj(obj(tryJson(text))?.data)?.params) ?? {});
  throw new CommentPostError(code, message, status, [code, ...params].map((key) => FIELDS[key]).find(Boolean) ?? null);
}

/** The form field a WordPress error code, or a parameter `rest_invalid_param` names, is about. */
const FIELDS: Record<string, CommentField | null> = {
  // A code from the server must never find Object.prototype's members.
  __proto__: null,
  rest_comment_content_invalid: 'comment',
  rest_comment_author_data_required: 'author',
  author_name: 'author',
  author_email: 'email',
  author_url: 'url',
  content: 'comment',
};

/**
 * The classic form post (`wp-comments-post.php`, urlencoded). WordPress redirects only on success
 * and answers an error with a `wp_die` page, so on the same origin the redirect is not followed:
 * followed, it may lead to another host (www vs bare domain, http vs https) and fail the fetch
 * after the comment was stored. Across origins the form answers without CORS headers, so the
 * request is `no-cors`. Either way an opaque answer counts as accepted, and the caller reloads the
 * thread to learn whether the comment is listed or held.
 */
async function postClassic(restUrl: URL, input: CommentInput, options: PostOptions): Promise<PostedComment> {
  // WordPress in a subfolder (site address ≠ WordPress address) has the handler elsewhere: the caller may know.
  const url = new URL(safeUrl(options.classicUrl) || 'wp-comments-post.php', siteRoot(restUrl));
  const form = new URLSearchParams({
    comment_post_ID: String(input.post),
    author: input.authorName,
    email: input.authorEmail,
    url: input.authorUrl,
    comment: input.content,
    comment_parent: String(input.parent),
    ...options.extra,
  });
  const sameOrigin = url.origin === location.origin;
  const { response, text } = await request(url, {
    ...options,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      mode: sameOrigin ? 'same-origin' : 'no-cors',
      // no-cors allows only 'follow'; its answer is opaque anyway.
      redirect: sameOrigin ? 'manual' : 'follow',
    },
  });
  // Opaque answers (no-cors, a redirect not followed) have status 0 and tell nothing more; a
  // readable redirect (outside browsers, or a proxy that exposes it) still tells the id.
  const where = response.headers.get('location');
  const landed = !response.status ? url : where && response.status >= 300 && response.status < 400 && parseUrl(where, url.href);
  if (landed) {
    const unapproved = Number(landed.searchParams.get('unapproved'));
    const id = unapproved || Number(/^#comment-(\d+)$/.exec(landed.hash)?.[1]) || null;
    return { comment: null, id, status: unapproved ? 'hold' : 'unknown', via: 'classic' };
  }
  throw classicError(response.status, text);
}

/** The message of a `wp_die` page as text (never the raw HTML), with a code the form can map. */
export function classicError(status: number, html: string): CommentPostError {
  // Without WordPress's message box (older versions), the whole page: its head and title have no text.
  const die = /<div class="wp-die-message">([\s\S]*?)<\/div>/i.exec(html)?.[1] ?? html;
  const message = htmlToText(die).replace(/^Error:\s*/i, '').slice(0, 300) || `HTTP ${status}`;
  const code =
    status === 409 ? 'comment_duplicate'
    : status === 429 ? 'comment_flood'
    : /closed/i.test(message) ? 'comment_closed'
    : 'comment_rejected';
  return new CommentPostError(code, message, status || null);
}

type Term = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;

const ERROR_TERMS: Record<string, Term | null> = {
  __proto__: null,
  rest_comment_login_required: 'errorLoginRequired',
  rest_comment_author_data_required: 'errorAuthorDataRequired',
  rest_comment_invalid_post_id: 'errorInvalidPost',
  rest_post_invalid_id: 'errorInvalidPost',
  rest_comment_draft_post: 'errorInvalidPost',
  rest_comment_trash_post: 'errorInvalidPost',
  rest_cannot_read_post: 'errorInvalidPost',
  rest_comment_closed: 'errorClosed',
  comment_closed: 'errorClosed',
  rest_comment_invalid_parent: 'errorInvalidParent',
  rest_invalid_comment_parent: 'errorInvalidParent',
  comment_duplicate: 'errorDuplicate',
  comment_flood: 'errorFlood',
  rest_comment_invalid_author: 'errorLoginRequired',
  // The reader's sign-in went stale; the form is a guest's again.
  rest_cookie_invalid_nonce: 'sessionExpired',
  // No answer: the comment may have landed, and a retry checks before it sends.
  timeout: 'errorPostUncertain',
  network: 'errorPostUncertain',
  // Refused before sending: nothing can have landed.
  offline: 'errorPostOffline',
  redirect: 'errorRedirect',
};

const FIELD_TERMS: Record<CommentField, Term> = { author: 'enterName', email: 'invalidEmail', url: 'invalidUrl', comment: 'enterComment' };

/**
 * The translation key that explains a failed post, or null when there is none and the generic
 * `errorPost` (with the server's own message) must do.
 */
export function commentErrorTerm(error: SourceError): Term | null {
  const field = error instanceof CommentPostError && error.field;
  // A code without a term of its own (`rest_invalid_param`, `rest_comment_content_invalid`) is explained by its field.
  return ERROR_TERMS[error.code] ?? (field ? FIELD_TERMS[field] : null);
}
