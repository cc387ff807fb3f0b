/**
 * `wp/v2/posts` (collection and single), plus the small routes their `_links` point at
 * (media, users, categories), with WordPress's query parameters, validation and headers.
 */
import { CATEGORIES, POSTS, type DemoPost } from './data.js';
import { invalidParam, jsonResponse, listParam, wpError, type ApiResponse, type Context } from './http.js';
import type { CommentStore } from './store.js';
import { parseQueryDate } from './time.js';
import { categoryJson, commentJson, mediaJson, pickFields, postJson, userJson } from './wp-shapes.js';

const ALL_EMBEDS = ['author', 'wp:featuredmedia', 'wp:term', 'replies'];

/** Which relations `_embed` asks for: `_embed`, `_embed=1` or `_embed=author,wp:term`. */
function embedsOf(params: URLSearchParams): Set<string> {
  if (!params.has('_embed')) return new Set();
  const wanted = listParam(params, '_embed').filter((value) => !/^(1|true)$/i.test(value));
  return new Set(wanted.length ? wanted : ALL_EMBEDS);
}

function categoryCounts(): Map<number, number> {
  const counts = new Map<number, number>();
  for (const post of POSTS) for (const id of post.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Parses an integer parameter within bounds; on failure returns WordPress's error response instead. */
function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max = Infinity): number | ApiResponse {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) return invalidParam(name, 'rest_invalid_type', `${name} is not of type integer.`);
  const value = Number(raw);
  if (value < min || value > max) {
    const bound = max === Infinity ? `${name} must be greater than or equal to ${min}` : `${name} must be between ${min} (inclusive) and ${max} (inclusive)`;
    return invalidParam(name, 'rest_out_of_bounds', bound);
  }
  return value;
}

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').toLowerCase();

/** The pagination headers: totals and `Link` rel=next/prev built from the request's own URL. */
export function paginationHeaders(ctx: Context, total: number, perPage: number, page: number): Record<string, string> {
  const totalPages = Math.ceil(total / perPage);
  const headers: Record<string, string> = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) };
  const at = (n: number) => {
    const url = new URL(ctx.url);
    url.searchParams.set('page', String(n));
    return url.href;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(Math.min(page - 1, Math.max(totalPages, 1)))}>; rel="prev"`);
  if (page < totalPages) links.push(`<${at(page + 1)}>; rel="next"`);
  if (links.length) headers.Link = links.join(', ');
  return headers;
}

export function listPosts(ctx: Context): ApiResponse {
  const params = ctx.url.searchParams;
  const perPage = intParam(params, 'per_page', 10, 1, 100);
  if (typeof perPage !== 'number') return perPage;
  const page = intParam(params, 'page', 1, 1);
  if (typeof page !== 'number') return page;
  const order = params.get('order') || 'desc';
  if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'rest_not_in_enum', 'order is not one of asc and desc.');
  const orderby = params.get('orderby') || 'date';
  const ORDERBY = ['author', 'date', 'id', 'include', 'modified', 'parent', 'relevance', 'slug', 'include_slugs', 'title'];
  if (!ORDERBY.includes(orderby)) return invalidParam('orderby', 'rest_not_in_enum', `orderby is not one of ${ORDERBY.join(', ')}.`);

  let posts: DemoPost[] = ctx.empty ? [] : [...POSTS];
  for (const name of ['before', 'after'] as const) {
    const raw = params.get(name);
    if (!raw) continue;
    const limit = parseQueryDate(raw);
    if (!limit) return invalidParam(name, 'rest_invalid_date', 'Invalid date.');
    posts = posts.filter((post) => (name === 'before' ? post.date < limit : post.date > limit));
  }
  const include = listParam(params, 'include').map(Number);
  if (include.length) posts = posts.filter((post) => include.includes(post.id));
  const exclude = listParam(params, 'exclude').map(Number);
  if (exclude.length) posts = posts.filter((post) => !exclude.includes(post.id));
  const slugs = listParam(params, 'slug');
  if (slugs.length) posts = posts.filter((post) => slugs.includes(post.slug));
  const categories = listParam(params, 'categories').map(Number);
  if (categories.length) posts = posts.filter((post) => post.categories.some((id) => categories.includes(id)));
  const author = listParam(params, 'author').map(Number);
  if (author.length) posts = posts.filter((post) => author.includes(post.author));
  const search = params.get('search')?.trim().toLowerCase();
  if (search) posts = posts.filter((post) => [post.title, post.excerpt, plain(post.content)].some((text) => text.toLowerCase().includes(search)));

  const key = (post: DemoPost): string | number =>
    orderby === 'id' ? post.id : orderby === 'title' ? post.title.toLowerCase() : orderby === 'slug' ? post.slug : orderby === 'include' ? include.indexOf(post.id) : post.date;
  posts.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (order === 'asc' ? 1 : -1);
  });

  const total = posts.length;
  const totalPages = Math.ceil(total / perPage);
  if (page > 1 && page > totalPages) return wpError(400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.');
  const embed = embedsOf(params);
  embed.delete('replies');
  const counts = categoryCounts();
  const fields = listParam(params, '_fields');
  const body = posts.slice((page - 1) * perPage, page * perPage).map((post) => pickFields(postJson(ctx, post, { embed, categoryCounts: counts }), fields));
  return jsonResponse(200, body, { ...paginationHeaders(ctx, total, perPage, page), Allow: 'GET' });
}

export function getPost(ctx: Context, store: CommentStore, id: number): ApiResponse {
  const post = ctx.empty ? undefined : POSTS.find((p) => p.id === id);
  if (!post) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
  const embed = embedsOf(ctx.url.searchParams);
  const approved = store.comments.filter((c) => c.post === id && c.status === 'approved');
  const replies = approved
    .sort((a, b) => (a.date_gmt < b.date_gmt ? 1 : -1))
    .map((c) => commentJson(ctx, c, post, approved.some((child) => child.parent === c.id)));
  const json = postJson(ctx, post, { embed, replies, categoryCounts: categoryCounts() });
  return jsonResponse(200, pickFields(json, listParam(ctx.url.searchParams, '_fields')), { Allow: 'GET', Link: `<${json.link}>; rel="alternate"; type=text/html` });
}

export function getMedia(ctx: Context, id: number): ApiResponse {
  const post = POSTS.find((p) => p.media.id === id);
  if (!post) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
  return jsonResponse(200, mediaJson(ctx, post), { Allow: 'GET' });
}

export function getUser(ctx: Context, id: number): ApiResponse {
  const user = userJson(ctx, id);
  return user ? jsonResponse(200, user, { Allow: 'GET' }) : wpError(404, 'rest_user_invalid_id', 'Invalid user ID.');
}

export function listCategories(ctx: Context): ApiResponse {
  const counts = categoryCounts();
  const body = ctx.empty ? [] : CATEGORIES.map((c) => categoryJson(ctx, c.id, counts.get(c.id) ?? 0));
  return jsonResponse(200, body, { 'X-WP-Total': String(body.length), 'X-WP-TotalPages': body.length ? '1' : '0', Allow: 'GET' });
}
