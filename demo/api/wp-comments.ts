/**
 * `wp/v2/comments`: the approved thread of a post, and anonymous posting with WordPress's
 * checks in WordPress's order, answering with the recorded error shapes.
 */
import { POSTS, type StoredComment } from './data.js';
import { invalidParam, jsonResponse, listParam, wpError, type ApiResponse, type Context } from './http.js';
import type { CommentStore } from './store.js';
import { gmt, parseQueryDate, siteLocal } from './time.js';
import type { DemoReader } from './session.js';
import { paginationHeaders } from './wp-posts.js';
import { commentJson, pickFields } from './wp-shapes.js';
import type { CommentDraftDetail } from '../../src/internal/events.js';

/** A comment as a reader submits it, through REST or the classic form: the six fields the widget sends. */
export type CommentInput = CommentDraftDetail;

/** Why WordPress refused a comment in `wp_allow_comment()`. */
export type Refusal = 'duplicate' | 'flood';

/** Seconds between two comments from the same address (WordPress's own default is 15). */
export const FLOOD_SECONDS = 5;

export const DUPLICATE_MESSAGE = 'Duplicate comment detected; it looks as though you&#8217;ve already said that!';
export const FLOOD_MESSAGE = 'You are posting comments too quickly. Slow down.';

/** WordPress's `is_email()`, close enough: local@domain.tld without spaces. */
export const isEmail = (value: string): boolean => /^[^\s@<>()[\],;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);

/** A URL WordPress's `esc_url_raw()` keeps as it is. */
export const isSafeUrl = (value: string): boolean => value === '' || /^https?:\/\/[^\s<>"]+$/i.test(value);

/**
 * What the demo holds for moderation: any link (WordPress holds comments with links when an
 * admin sets `comment_max_links`), or the word "moderation", so a held comment is easy to try.
 */
export const needsModeration = (content: string): boolean => /<a\s|https?:\/\/|www\.|moderation/i.test(content);

/** Duplicate and flood checks of `wp_allow_comment()`. */
export function refusalFor(store: CommentStore, input: CommentInput, now: Date): Refusal | null {
  const content = input.content.trim();
  const duplicate = store.comments.some(
    (c) => c.post === input.post && c.parent === input.parent && c.content.trim() === content && (c.author_name === input.author_name || (!!input.author_email && c.author_email === input.author_email)),
  );
  if (duplicate) return 'duplicate';
  const email = input.author_email.toLowerCase();
  const latest = store.comments.filter((c) => c.author_email.toLowerCase() === email).reduce((max, c) => Math.max(max, Date.parse(`${c.date_gmt}Z`)), -Infinity);
  return now.getTime() - latest < FLOOD_SECONDS * 1000 ? 'flood' : null;
}

/** Stores an accepted comment, approved or held, dated now. */
export function storeComment(store: CommentStore, input: CommentInput, now: Date, user: DemoReader | null = null): StoredComment {
  return store.add({
    ...(user ? { user_id: user.id } : {}),
    post: input.post,
    parent: input.parent,
    author_name: input.author_name,
    author_email: input.author_email,
    author_url: input.author_url,
    content: input.content.trim(),
    date: siteLocal(now),
    date_gmt: gmt(now),
    // The demo's signed-in reader is an editor: WordPress approves her comments at once.
    status: !user && needsModeration(input.content) ? 'hold' : 'approved',
  });
}

export function listComments(ctx: Context, store: CommentStore): ApiResponse {
  const params = ctx.url.searchParams;
  const perPageRaw = params.get('per_page') ?? '10';
  const perPage = Number(perPageRaw);
  if (!/^\d+$/.test(perPageRaw) || perPage < 1 || perPage > 100) return invalidParam('per_page', 'rest_out_of_bounds', 'per_page must be between 1 (inclusive) and 100 (inclusive)');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const order = params.get('order') || 'desc';
  if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'rest_not_in_enum', 'order is not one of asc and desc.');

  // `after`/`before` compare the site-local date, as WordPress's date query does.
  const limits: Partial<Record<'after' | 'before', string>> = {};
  for (const name of ['after', 'before'] as const) {
    const raw = params.get(name);
    if (!raw) continue;
    const limit = parseQueryDate(raw);
    if (!limit) return invalidParam(name, 'rest_invalid_date', 'Invalid date.');
    limits[name] = limit;
  }
  const orderby = params.get('orderby') || 'date_gmt';
  const ORDERBY = ['date', 'date_gmt', 'id', 'include', 'post', 'parent', 'type'];
  if (!ORDERBY.includes(orderby)) return invalidParam('orderby', 'rest_not_in_enum', `orderby is not one of ${ORDERBY.join(', ')}.`);
  const posts = listParam(params, 'post').map(Number);
  const parents = listParam(params, 'parent').map(Number);
  // Anonymous readers only ever see approved comments.
  const approved = store.comments.filter((c) => c.status === 'approved');
  const comments = (ctx.empty ? [] : approved)
    .filter((c) => (!posts.length || posts.includes(c.post)) && (!parents.length || parents.includes(c.parent)))
    .filter((c) => (!limits.after || c.date > limits.after) && (!limits.before || c.date < limits.before))
    .sort((a, b) => {
      // Counts read `orderby=post` (WordPress's `comment_post_ID`); ties fall back to the date.
      const byKey = orderby === 'post' ? a.post - b.post : orderby === 'parent' ? a.parent - b.parent : orderby === 'id' ? a.id - b.id : 0;
      const byDate = a.date_gmt === b.date_gmt ? a.id - b.id : a.date_gmt < b.date_gmt ? -1 : 1;
      return (byKey || byDate) * (order === 'asc' ? 1 : -1);
    });
  const fields = listParam(params, '_fields');
  const body = comments.slice((page - 1) * perPage, page * perPage).map((c) =>
    pickFields(
      commentJson(
        ctx,
        c,
        POSTS.find((p) => p.id === c.post),
        approved.some((child) => child.parent === c.id),
      ),
      fields,
    ),
  );
  return jsonResponse(200, body, { ...paginationHeaders(ctx, comments.length, perPage, page), Allow: 'GET, POST' });
}

/** Reads a REST body: JSON, or form-encoded as WordPress also accepts. */
function readBody(request: { body?: string; contentType: string }): Record<string, unknown> | null {
  const text = request.body ?? '';
  if (/json/i.test(request.contentType)) {
    try {
      const json = text.trim() ? JSON.parse(text) : {};
      return json && typeof json === 'object' && !Array.isArray(json) ? json : null;
    } catch {
      return null;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function createComment(ctx: Context, store: CommentStore, request: { body?: string; contentType: string }, user: DemoReader | null = null): ApiResponse {
  const body = readBody(request);
  if (!body) return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.', { json_error_code: 4, json_error_message: 'Syntax error' });

  // 1. Schema validation of every argument, before any permission check (as WordPress does).
  const text = (name: string): string | ApiResponse => {
    const value = body[name] ?? '';
    if (typeof value === 'object' && value && typeof (value as { raw?: unknown }).raw === 'string') return (value as { raw: string }).raw;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : invalidParam(name, 'rest_invalid_type', `${name} is not of type string.`);
  };
  const int = (name: string): number | ApiResponse => {
    const value = body[name] ?? 0;
    return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^\d*$/.test(value.trim()))
      ? Number(value)
      : invalidParam(name, 'rest_invalid_type', `${name} is not of type integer.`);
  };
  const values = { post: int('post'), parent: int('parent'), author_name: text('author_name'), author_email: text('author_email'), author_url: text('author_url'), content: text('content') };
  for (const value of Object.values(values)) if (typeof value === 'object') return value;
  const input = values as CommentInput;
  // A signed-in author is the user, whatever the body says; naming someone else is refused.
  if (user) {
    if (body.author !== undefined && Number(body.author) !== user.id) return wpError(403, 'rest_comment_invalid_author', 'Sorry, you are not allowed to edit \'author\' for comments.');
    if (!input.author_name && !input.author_email && !input.author_url) Object.assign(input, { author_name: user.name, author_email: user.email, author_url: '' });
  }
  input.author_name = input.author_name.trim();
  input.author_email = input.author_email.trim();
  input.author_url = input.author_url.trim();
  if (input.author_email && !isEmail(input.author_email)) return invalidParam('author_email', 'rest_invalid_email', 'Invalid email address.');
  if (!isSafeUrl(input.author_url)) return invalidParam('author_url', 'rest_invalid_url', 'author_url is not a valid URL.');

  // 2. Permissions: a stock WordPress refuses anonymous REST comments outright.
  if (ctx.stock && !user) return wpError(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.');
  const post = POSTS.find((p) => p.id === input.post);
  if (!input.post || !post) return wpError(403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.');

  // 3. The comment itself.
  if (!input.content.trim()) return wpError(400, 'rest_comment_content_invalid', 'Invalid comment content.');
  if (!input.author_name || !input.author_email) return wpError(400, 'rest_comment_author_data_required', 'Creating a comment requires valid author name and email values.');
  if (input.author_name.length > 245) return wpError(400, 'comment_author_column_length', 'Your name is too long.');
  if (input.content.length > 65525) return wpError(400, 'comment_content_column_length', 'Your comment is too long.');
  const refusal = refusalFor(store, input, ctx.now);
  if (refusal === 'duplicate') return wpError(409, 'comment_duplicate', DUPLICATE_MESSAGE);
  if (refusal === 'flood') return wpError(400, 'comment_flood', FLOOD_MESSAGE);

  const stored = storeComment(store, input, ctx.now, user);
  return jsonResponse(201, commentJson(ctx, stored, post, false), { Location: `${ctx.site}/wp-json/wp/v2/comments/${stored.id}`, Allow: 'GET, POST' });
}

export function getComment(ctx: Context, store: CommentStore, id: number): ApiResponse {
  const comment = store.get(id);
  if (!comment || comment.status !== 'approved') return wpError(404, 'rest_comment_invalid_id', 'Invalid comment ID.');
  const hasChildren = store.comments.some((c) => c.parent === id && c.status === 'approved');
  return jsonResponse(200, commentJson(ctx, comment, POSTS.find((p) => p.id === comment.post), hasChildren), { Allow: 'GET' });
}
