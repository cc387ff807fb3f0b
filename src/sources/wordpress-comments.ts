import type { Translation } from '../i18n/translation.js';
import { htmlToText } from '../sanitize/text.js';
import { parseEach } from './skip.js';
import { safeUrl } from '../sanitize/url.js';
import { SourceError } from './errors.js';
import { errorFromResponse, fetchText, request, tryJson, type RequestOptions } from './http.js';
import type { Comment, CommentPage } from './models.js';
import { siteRoot } from './wordpress.js';

/**
 * WordPress comments: loading a thread, building its tree, posting (REST first, the classic
 * `wp-comments-post.php` form when the site refuses anonymous REST comments) and turning
 * WordPress error codes into strings a reader understands. Pure functions: no rendering here.
 */

/** A thread is complete up to this many comments without any action (the contract's `per_page`). */
export const COMMENTS_PER_PAGE = 100;

export interface LoadCommentsOptions {
  /** The post whose comments to list. */
  post: number;
  /** 1-based page of the thread. */
  page?: number;
  /** `asc` (oldest first, the default) or `desc`. */
  order?: 'asc' | 'desc';
  /** Only the replies to these comments (0: the top level). */
  parents?: readonly number[];
  /** Comments per page (default COMMENTS_PER_PAGE). */
  perPage?: number;
  signal?: AbortSignal;
  timeout?: number;
}

type UrlOptions = Pick<LoadCommentsOptions, 'post' | 'page' | 'order' | 'parents' | 'perPage'>;

/**
 * The URL of one page of a post's thread; set through the URL API so `?rest_route=` keeps working.
 * Parameters in one fixed order, so every reader of a page asks the very same URL (cacheable).
 */
export function commentsUrl(source: string | URL, { post, page = 1, order = 'asc', parents, perPage = COMMENTS_PER_PAGE }: UrlOptions): URL {
  const url = new URL(source, document.baseURI);
  url.searchParams.set('post', String(post));
  if (parents) url.searchParams.set('parent', parents.join(','));
  else url.searchParams.delete('parent');
  url.searchParams.set('order', order);
  url.searchParams.set('per_page', String(perPage));
  if (page > 1) url.searchParams.set('page', String(page));
  else url.searchParams.delete('page');
  return url;
}

/** Loads one page of a post's approved comments (WordPress sends them flat; see threadComments). */
export async function loadComments(source: string | URL, options: LoadCommentsOptions): Promise<CommentPage> {
  const { page = 1, signal, timeout } = options;
  const url = commentsUrl(source, options);
  const { response, text } = await fetchText(url, { signal, timeout });
  const json = tryJson(text);
  if (!Array.isArray(json)) throw new SourceError('parse', 'The response is not a list of comments');
  const comments = parseEach(json, (item) => parseComment(item, url.href), 'comments');
  const total = Number(response.headers.get('x-wp-total'));
  const totalPages = Number(response.headers.get('x-wp-totalpages'));
  const hasNextLink = /rel="?next"?/.test(response.headers.get('link') ?? '');
  const lastPage = Number.isFinite(totalPages) && totalPages > 0 ? totalPages : page;
  return {
    comments,
    total: Number.isFinite(total) && total > 0 ? total : comments.length,
    totalPages: lastPage,
    // The next page is built from our own URL, never taken from the header: it must stay on the configured source.
    next: hasNextLink || page < lastPage ? commentsUrl(source, { ...options, page: page + 1 }).href : null,
  };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Normalizes one WordPress comment; null for anything that is not one. Text fields come out as plain text. */
export function parseComment(raw: unknown, base: string): Comment | null {
  const c = obj(raw);
  const id = Number(c?.id);
  if (!c || !Number.isInteger(id) || id <= 0) return null;
  const avatars = obj(c.author_avatar_urls) ?? {};
  const dateGmt = str(c.date_gmt);
  const parent = Number(c.parent);
  return {
    id,
    post: Number(c.post) || 0,
    parent: Number.isInteger(parent) && parent > 0 ? parent : 0,
    // WordPress itself stores at most 245 characters of a name; a longer one is not from a WordPress.
    authorName: htmlToText(str(c.author_name), 245),
    authorUrl: safeUrl(str(c.author_url), { base }),
    avatar: safeUrl(str(avatars['96'] ?? avatars['48'] ?? Object.values(avatars)[0]), { base }),
    date: dateGmt ? `${dateGmt.replace(/Z$/, '')}Z` : str(c.date),
    contentHtml: str(obj(c.content)?.rendered ?? c.content),
    link: safeUrl(str(c.link), { base }),
    status: str(c.status) || 'approved',
  };
}

/** A comment with its replies, for rendering a thread. */
export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
}

/**
 * Builds the reply tree of a flat list, every level oldest first. A reply whose parent is not
 * in the list (deleted, unapproved, on another page) is shown at the top level, never dropped.
 */
export function threadComments(list: readonly Comment[]): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  for (const comment of list) nodes.set(comment.id, { comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parent ? nodes.get(node.comment.parent) : undefined;
    // A comment that is its own ancestor (bad data) must not vanish in a cycle: it becomes a root.
    if (parent && !isAncestor(node, parent, nodes)) parent.replies.push(node);
    else roots.push(node);
  }
  const sort = (level: CommentNode[]): CommentNode[] => {
    level.sort((a, b) => byDate(a.comment, b.comment));
    level.forEach((n) => sort(n.replies));
    return level;
  };
  return sort(roots);
}

function isAncestor(node: CommentNode, candidate: CommentNode, nodes: Map<number, CommentNode>): boolean {
  const seen = new Set<number>();
  for (let at: CommentNode | undefined = candidate; at && !seen.has(at.comment.id); at = nodes.get(at.comment.parent)) {
    if (at === node) return true;
    seen.add(at.comment.id);
  }
  return false;
}

function byDate(a: Comment, b: Comment): number {
  const diff = (Date.parse(a.date) || 0) - (Date.parse(b.date) || 0);
  return diff || a.id - b.id;
}

/**
 * The reader's own held comments that `listed` does not show yet. One whose id is known leaves as
 * soon as that id is listed. One posted across origins has no id (the classic form answered
 * opaquely), so it leaves when a listed comment has the same parent, author and words: the
 * moderator approved it, and it must not show twice (once approved, once "awaiting moderation").
 */
export function stillHeld(held: readonly Comment[], listed: readonly Comment[]): Comment[] {
  const ids = new Set(listed.map((c) => c.id));
  const claimed = new Set<number>();
  return held.filter((own) => {
    if (ids.has(own.id)) return false;
    if (own.id > 0) return true;
    const twin = listed.find((c) => !claimed.has(c.id) && c.parent === own.parent && sameText(c.authorName, own.authorName) && sameWords(c.contentHtml, own.contentHtml));
    if (twin) claimed.add(twin.id);
    return !twin;
  });
}

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Letters and digits only: WordPress turns quotes, dashes and dots into typographic ones and links
 * URLs. Tags are ignored as well: the reader's own copy shows what they typed as text
 * (`<b>Gut</b>`), while WordPress keeps the tags its comment rules allow and strips the others.
 */
function sameWords(a: string, b: string): boolean {
  const words = (html: string) =>
    htmlToText(html)
      .replace(/<[^>]*>/g, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const left = words(a);
  return left !== '' && left === words(b);
}

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
  const author = signedIn
    ? { author: signedIn.userId }
    : { author_name: input.authorName, author_email: input.authorEmail, author_url: input.authorUrl };
  const body = { post: input.post, parent: input.parent, ...author, content: input.content, ...options.extra };
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(signedIn ? { 'X-WP-Nonce': signedIn.nonce } : {}) };
  const { response, text, contentType } = await request(url, {
    signal: options.signal,
    timeout: options.timeout,
    init: { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' },
  });
  if (response.ok) {
    const comment = parseComment(tryJson(text), url.href);
    if (!comment) throw new CommentPostError('parse', 'The server accepted the comment but sent no comment back', response.status);
    return { comment, id: comment.id, status: comment.status === 'approved' ? 'approved' : 'hold', via: 'rest' };
  }
  const error = restError(response.status, text, contentType);
  // A signed-in reader refused by REST is not posted as a guest behind their back.
  if (error.code === 'rest_comment_login_required' && !signedIn) return postClassic(url, input, options);
  throw error;
}

function restError(status: number, text: string, contentType: string): CommentPostError {
  const base = errorFromResponse(status, text, contentType);
  const data = obj(obj(tryJson(text))?.data);
  const params = Object.keys(obj(data?.params) ?? {});
  return new CommentPostError(base.code, base.message, base.status, fieldFor(base.code, params));
}

const PARAM_FIELDS: Record<string, CommentField> = { author_name: 'author', author_email: 'email', author_url: 'url', content: 'comment' };

function fieldFor(code: string, params: string[]): CommentField | null {
  if (code === 'rest_comment_content_invalid') return 'comment';
  if (code === 'rest_comment_author_data_required') return 'author';
  if (code === 'rest_invalid_param') return params.map((p) => PARAM_FIELDS[p]).find(Boolean) ?? null;
  return null;
}

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
  const url = new URL(safeUrl(options.classicUrl) || new URL('wp-comments-post.php', siteRoot(restUrl)).href);
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
    signal: options.signal,
    timeout: options.timeout,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      mode: sameOrigin ? 'same-origin' : 'no-cors',
      // no-cors allows only 'follow'; its answer is opaque anyway.
      redirect: sameOrigin ? 'manual' : 'follow',
    },
  });
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) {
    return { comment: null, id: null, status: 'unknown', via: 'classic' };
  }
  // A readable redirect (outside browsers, or a proxy that exposes it) still tells the id.
  const location_ = response.headers.get('location');
  const landed = location_ ? new URL(location_, url) : null;
  if (landed && response.status >= 300 && response.status < 400) {
    const unapproved = Number(landed.searchParams.get('unapproved'));
    const fromHash = Number(/^#comment-(\d+)$/.exec(landed.hash)?.[1]);
    const id = unapproved || fromHash || null;
    return { comment: null, id, status: unapproved ? 'hold' : 'unknown', via: 'classic' };
  }
  throw classicError(response.status, text);
}

/** The message of a `wp_die` page as text (never the raw HTML), with a code the form can map. */
export function classicError(status: number, html: string): CommentPostError {
  const die = /<div class="wp-die-message">([\s\S]*?)<\/div>/i.exec(html)?.[1] ?? /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
  const message = htmlToText(die).replace(/^Error:\s*/i, '').slice(0, 300) || `HTTP ${status}`;
  const code =
    status === 409 ? 'comment_duplicate'
    : status === 429 ? 'comment_flood'
    : /closed/i.test(message) ? 'comment_closed'
    : 'comment_rejected';
  return new CommentPostError(code, message, status || null);
}

type Term = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;

const ERROR_TERMS: Record<string, Term> = {
  rest_comment_login_required: 'errorLoginRequired',
  rest_comment_author_data_required: 'errorAuthorDataRequired',
  rest_comment_content_invalid: 'enterComment',
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
  if (error.code === 'rest_invalid_param' && error instanceof CommentPostError && error.field) return FIELD_TERMS[error.field];
  return ERROR_TERMS[error.code] ?? null;
}
