import { parseUrl } from '../sanitize/url.js';
import { loadArticles, resolveSource } from './articles.js';
import { SourceError } from './errors.js';
import { fetchList, type RequestOptions } from './http.js';
import type { Article } from './models.js';
import { isWordPressPostsUrl, isWordPressSinglePostUrl, siblingRoute, withQuery } from './wordpress.js';
import { loadPosts } from './wordpress-posts.js';
import { obj, type Json } from './json.js';

/** The articles either side of the current one. */
export interface Neighbours {
  /** The nearest older article by publication date, or null when the current one is the oldest. */
  prev: Article | null;
  /** The nearest newer article by publication date, or null when the current one is the newest. */
  next: Article | null;
}

export interface NeighbourQuery extends RequestOptions {
  /** Only neighbours that share a category with the current article (WordPress's `in_same_term`). */
  sameCategory?: boolean;
  /** Also fetch what a thumbnail needs (WordPress: the embedded featured image). */
  thumbnails?: boolean;
}

/**
 * Finds the previous (older) and next (newer) article around `current` (a post id or an article
 * URL) in `source`. A WordPress posts collection is asked for exactly three posts: the current one
 * (for its date) and one each side through `before` / `after`; a feed is read once and its items
 * are ordered by date. Throws a SourceError, with code `not-found` when `current` is not in the source.
 */
export async function findNeighbours(source: string | URL, current: string, options: NeighbourQuery = {}): Promise<Neighbours> {
  const url = typeof source === 'string' ? resolveSource(source) : source;
  const wanted = current.trim();
  if (!wanted) throw new SourceError('not-found', 'No current article');
  return isWordPressPostsUrl(url) ? wordPressNeighbours(url, wanted, options) : neighboursIn(await loadArticles(url, { ...options, limit: Infinity }), wanted, options);
}

/**
 * The neighbours of `current` (id or URL) among `articles` by publication date; ties keep the
 * list's order, which feeds give newest first. Pure: used for feeds and usable on any list.
 */
export function neighboursIn(articles: Article[], current: string, { sameCategory = false }: { sameCategory?: boolean } = {}): Neighbours {
  const here = findArticle(articles, current);
  if (!here) throw new SourceError('not-found', `${current} is not in the source`);
  const pool = articles.filter((a) => a === here || !sameCategory || !here.category || a.category === here.category);
  const time = (a: Article) => (a.date ? Date.parse(a.date) : NaN);
  // Oldest first: feeds list newest first, so reversed, and the stable sort keeps that order for equal dates.
  // Without a date on the current article only the feed's own order is left to go by.
  let ordered = pool.reverse();
  if (Number.isFinite(time(here))) ordered = ordered.filter((a) => Number.isFinite(time(a))).sort((a, b) => time(a) - time(b));
  const at = ordered.indexOf(here);
  return { prev: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}

/** The article `current` names: by id first, then by URL (see `sameArticleUrl`). */
function findArticle(articles: Article[], current: string): Article | undefined {
  const key = urlKey(current);
  const loose = urlKey(current, true);
  // Last, an extra query on the page URL (a preview, a page number) against the one article known by its path alone.
  const byPath = articles.filter((a) => loose && urlKey(a.url) === loose);
  return articles.find((a) => a.id === current) ?? articles.find((a) => key && (urlKey(a.url) === key || urlKey(a.id) === key)) ?? (byPath.length === 1 ? byPath[0] : undefined);
}

/**
 * True when two URLs name the same article: http and https, a trailing slash, the fragment and
 * tracking parameters (`utm_*`, `fbclid`, …) do not matter; other query parameters do (`?p=6`).
 */
export const sameArticleUrl = (a: string, b: string): boolean => {
  const key = urlKey(a);
  return !!key && key === urlKey(b);
};

/** What is left of an http(s) URL for comparing articles, '' for any other; without its query when `noQuery`. */
function urlKey(raw: string, noQuery = false): string {
  const url = parseUrl(raw, document.baseURI);
  if (!url || !/^https?:$/.test(url.protocol)) return '';
  const query = [...url.searchParams].filter(([key]) => !noQuery && !/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|amp)$/i.test(key)).map(([key, value]) => `${key}=${value}`);
  return `${url.host.replace(/:(80|443)$/, '')}${decoded(url.pathname.replace(/\/+$/, '') || '/').toLowerCase()}?${query.sort().join('&')}`;
}

/** A URL path with its percent-escapes decoded, or as it is where they are not UTF-8. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** What the current post is asked for: its raw date is all the neighbour queries need. */
const CURRENT_FIELDS = 'id,date,link,categories';
/** What a neighbour link shows without a thumbnail. */
const NEIGHBOUR_FIELDS = 'id,date,date_gmt,title,link';

async function wordPressNeighbours(source: URL, current: string, options: NeighbourQuery): Promise<Neighbours> {
  // A single-post URL (`…/posts/6`) gives its collection, with the source's own filters.
  const collection = isWordPressSinglePostUrl(source) ? siblingRoute(source, 'wp/v2/posts', true) : source;
  const post = await currentPost(collection, current, options);
  // WordPress compares `before`/`after` with the site-local `date`, so the raw `date` is sent back as it came.
  const date = typeof post.date === 'string' ? post.date : '';
  if (!date) throw new SourceError('format', 'No date');
  const shared = {
    per_page: 1,
    orderby: 'date',
    exclude: String(post.id),
    // Without `sameCategory` a source's own `categories` stays as it is.
    ...(options.sameCategory && Array.isArray(post.categories) && post.categories.length > 0 && { categories: post.categories.join(',') }),
    // With a thumbnail, the embedded image too: `_links` and `_embedded` let `_embed` work under `_fields`.
    ...(options.thumbnails ? { _embed: 'wp:featuredmedia', _fields: `${NEIGHBOUR_FIELDS},_embedded,_links` } : { _fields: NEIGHBOUR_FIELDS }),
  };
  // A neighbour that cannot be read is left out; the other side still shows.
  const [prev, next] = await Promise.all(
    [{ before: date, order: 'desc' }, { after: date, order: 'asc' }].map(async (side) => (await loadPosts(withQuery(collection, { ...shared, ...side }), options))[0] ?? null),
  );
  return { prev, next };
}


/** Reads the current post by id (a number, or `?p=ID` as in plain permalinks and shortlinks) or, for an article URL, by the slug in its last path segment. */
async function currentPost(collection: URL, current: string, options: NeighbourQuery): Promise<Json> {
  const url = parseUrl(current, document.baseURI);
  const id = (/^\d+$/.test(current) && +current ? String(+current) : '') || (/^[1-9]\d*$/.exec(url?.searchParams.get('p')!)?.[0] ?? '');
  const slug = decoded(url?.pathname.split('/').filter(Boolean).pop() ?? '');
  if (!id && !slug) throw new SourceError('not-found', `No post id or slug in ${current}`);
  // A slug is unique per date archive only, so a few posts may share it: the link decides.
  const posts = (await fetchList(withQuery(collection, id ? { _fields: CURRENT_FIELDS, include: id, per_page: 1 } : { _fields: CURRENT_FIELDS, slug, per_page: 10 }), options)).items.map(obj).filter((p): p is Json => !!p);
  const post = id ? posts.find((p) => String(p.id) === id) : (posts.find((p) => sameArticleUrl(String(p.link ?? ''), current)) ?? (posts.length === 1 ? posts[0] : undefined));
  if (!post) throw new SourceError('not-found', `${current} is not in the source`);
  return post;
}

