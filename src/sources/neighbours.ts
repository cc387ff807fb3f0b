import { feedBase, parseArticles, resolveSource } from './articles.js';
import { SourceError } from './errors.js';
import { fetchText, tryJson, type RequestOptions } from './http.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';
import { isWordPressPostsUrl, restRouteOf, siblingRoute, withQuery, wordPressPostToArticle } from './wordpress.js';
import type { Json } from './json.js';

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
  if (!wanted) throw new SourceError('not-found', 'No current article given');
  if (isWordPressPostsUrl(url)) return wordPressNeighbours(url, wanted, options);
  const { response, text, contentType } = await fetchText(url, options);
  return neighboursIn(parseArticles(text, contentType, feedBase(response, url)), wanted, options);
}

/**
 * The neighbours of `current` (id or URL) among `articles` by publication date; ties keep the
 * list's order, which feeds give newest first. Pure: used for feeds and usable on any list.
 */
export function neighboursIn(articles: Article[], current: string, { sameCategory = false }: { sameCategory?: boolean } = {}): Neighbours {
  const here = findArticle(articles, current);
  if (!here) throw new SourceError('not-found', `The article ${current} is not in the source`);
  const pool = articles.filter((a) => a === here || !sameCategory || !here.category || a.category === here.category);
  const time = (a: Article) => (a.date ? Date.parse(a.date) : NaN);
  // Without a date on the current article only the feed's own (newest first) order is left to go by.
  const dated = Number.isFinite(time(here));
  const ordered = dated
    ? pool
        .map((article, index) => ({ article, index, t: time(article) }))
        .filter((entry) => Number.isFinite(entry.t))
        .sort((a, b) => a.t - b.t || b.index - a.index)
        .map((entry) => entry.article)
    : [...pool].reverse();
  const at = ordered.indexOf(here);
  return { prev: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}

/** The article `current` names: by id first, then by URL (see `sameArticleUrl`). */
export function findArticle(articles: Article[], current: string): Article | undefined {
  const byId = articles.find((a) => a.id === current);
  if (byId) return byId;
  const strict = articles.filter((a) => sameArticleUrl(a.url, current) || sameArticleUrl(a.id, current));
  if (strict.length) return strict[0];
  // An extra query on the page URL (a preview, a page number) against an article known by its path alone.
  const loose = articles.filter((a) => !hasSignificantQuery(a.url) && sameArticleUrl(a.url, current, { ignoreQuery: true }));
  return loose.length === 1 ? loose[0] : undefined;
}

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|amp)$/i;

/**
 * True when two URLs name the same article: http and https, a trailing slash, the fragment and
 * tracking parameters (`utm_*`, `fbclid`, …) do not matter; other query parameters do (`?p=6`),
 * unless `ignoreQuery`.
 */
export function sameArticleUrl(a: string, b: string, { ignoreQuery = false } = {}): boolean {
  const ka = urlKey(a, ignoreQuery);
  return ka !== null && ka === urlKey(b, ignoreQuery);
}

const hasSignificantQuery = (url: string): boolean => urlKey(url, false) !== urlKey(url, true);

function urlKey(raw: string, ignoreQuery: boolean): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const query = ignoreQuery
    ? ''
    : [...url.searchParams]
        .filter(([key]) => !TRACKING_PARAM.test(key))
        .map(([key, value]) => `${key}=${value}`)
        .sort()
        .join('&');
  return `${url.hostname}${port}${decodeSafely(path)}?${query}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text).toLowerCase();
  } catch {
    return text.toLowerCase();
  }
}


/** What the current post is asked for: its raw date is all the neighbour queries need. */
const CURRENT_FIELDS = 'id,date,link,categories';
/** What a neighbour link shows without a thumbnail. */
const NEIGHBOUR_FIELDS = 'id,date,date_gmt,title,link';

async function wordPressNeighbours(source: URL, current: string, options: NeighbourQuery): Promise<Neighbours> {
  const collection = collectionOf(source);
  const post = await currentPost(collection, current, options);
  // WordPress compares `before`/`after` with the site-local `date`, so the raw `date` is sent back as it came.
  const date = typeof post.date === 'string' ? post.date : '';
  if (!date) throw new SourceError('format', 'The current post has no date');
  const shared: Record<string, string> = { per_page: '1', orderby: 'date', exclude: String(post.id) };
  if (options.sameCategory && Array.isArray(post.categories) && post.categories.length) shared.categories = post.categories.join(',');
  // With a thumbnail, the embedded image too: `_links` and `_embedded` let `_embed` work under `_fields`.
  if (options.thumbnails) Object.assign(shared, { _embed: 'wp:featuredmedia', _fields: `${NEIGHBOUR_FIELDS},_embedded,_links` });
  else shared._fields = NEIGHBOUR_FIELDS;
  const [prev, next] = await Promise.all([
    firstPost(withQuery(collection, { ...shared, before: date, order: 'desc' }), options),
    firstPost(withQuery(collection, { ...shared, after: date, order: 'asc' }), options),
  ]);
  return { prev, next };
}

/** The posts collection of `source`: a single-post URL (`…/posts/6`) gives its collection. */
function collectionOf(source: URL): URL {
  const route = restRouteOf(source);
  const single = /^(\/wp\/v2\/posts)\/\d+\/?$/.exec(route);
  if (!single) return source;
  const copy = siblingRoute(source, single[1]);
  for (const [key, value] of source.searchParams) if (key !== 'rest_route') copy.searchParams.set(key, value);
  return copy;
}


/** Reads the current post by id (`include=ID`) or, for an article URL, by the slug in its last path segment. */
async function currentPost(collection: URL, current: string, options: NeighbourQuery): Promise<Json> {
  const id = postIdOf(current);
  const params: Record<string, string> = { _fields: CURRENT_FIELDS };
  if (id) Object.assign(params, { include: String(id), per_page: '1' });
  else {
    const slug = slugOf(current);
    if (!slug) throw new SourceError('not-found', `No post id or slug in ${current}`);
    // A slug is unique per date archive only, so a few posts may share it: the link decides.
    Object.assign(params, { slug, per_page: '10' });
  }
  const posts = await fetchPosts(withQuery(collection, params), options);
  const post = id ? posts.find((p) => String(p.id) === String(id)) : (posts.find((p) => sameArticleUrl(String(p.link ?? ''), current)) ?? (posts.length === 1 ? posts[0] : undefined));
  if (!post) throw new SourceError('not-found', `The post ${current} is not in the source`);
  return post;
}

/** A post id from `current`: a number, or an URL with `?p=ID` (plain permalinks, shortlinks). */
function postIdOf(current: string): number | null {
  if (/^\d+$/.test(current)) return Number(current);
  try {
    const p = Number(new URL(current, document.baseURI).searchParams.get('p'));
    return Number.isInteger(p) && p > 0 ? p : null;
  } catch {
    return null;
  }
}

function slugOf(current: string): string {
  try {
    const segment = new URL(current, document.baseURI).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

async function fetchPosts(url: URL, options: NeighbourQuery): Promise<Json[]> {
  const { text } = await fetchText(url, options);
  const json = tryJson(text);
  if (!Array.isArray(json)) throw new SourceError('parse', 'The response is not a WordPress posts collection');
  return json.filter((item): item is Json => !!item && typeof item === 'object');
}

async function firstPost(url: URL, options: NeighbourQuery): Promise<Article | null> {
  const [post] = await fetchPosts(url, options);
  // A neighbour that cannot be read is left out; the other side still shows.
  return post ? (parseEach([post], (item) => wordPressPostToArticle(item, url.href), 'neighbours')[0] ?? null) : null;
}
