import { htmlToText } from '../sanitize/text.js';
import { parseEach } from './skip.js';
import { safeUrl } from '../sanitize/url.js';
import type { Article, ArticleImage } from './models.js';
import { obj, rendered, str, wpDate, type Json } from './json.js';

/**
 * WordPress REST API: URL building and post normalization. Works with pretty permalinks
 * (`/wp-json/wp/v2/posts`) and plain ones (`/?rest_route=/wp/v2/posts`): query parameters are
 * always set through the URL API so both forms keep their route.
 */

/** The REST route of a URL (`/wp/v2/posts`), from either permalink form; '' when it is not a REST URL. */
export function restRouteOf(url: URL): string {
  const fromQuery = url.searchParams.get('rest_route');
  if (fromQuery) return fromQuery;
  const at = url.pathname.indexOf('/wp-json/');
  return at >= 0 ? url.pathname.slice(at + '/wp-json'.length) : '';
}

/** True when `url` is a WordPress REST posts collection (or a single post). */
export function isWordPressPostsUrl(url: URL): boolean {
  return /^\/wp\/v2\/posts(\/|$)/.test(restRouteOf(url));
}

/** True when `url` is one WordPress post (`/wp/v2/posts/6`), not a collection. */
export function isWordPressSinglePostUrl(url: URL): boolean {
  return /^\/wp\/v2\/posts\/\d+\/?$/.test(restRouteOf(url));
}

/** True for a JSON object shaped like one `wp/v2/posts` item (what a single-post URL answers). */
export function isWordPressPost(json: unknown): boolean {
  const post = obj(json);
  return !!post && typeof post.id === 'number' && !!obj(post.title) && typeof post.link === 'string';
}

const slashed = (route: string): string => `/${route.replace(/^\/+/, '')}`;

/**
 * The URL of `route` (e.g. `wp/v2/posts`) under a REST root (`https://site/wp-json/` or
 * `https://site/?rest_route=/`), keeping the root's permalink form.
 */
export function restUrl(root: string | URL, route: string): URL {
  const base = new URL(root, document.baseURI);
  const prefix = base.searchParams.get('rest_route');
  if (prefix === null) return new URL(base.pathname.replace(/\/*$/, '') + slashed(route), base);
  base.searchParams.set('rest_route', prefix.replace(/\/+$/, '') + slashed(route));
  return base;
}

/**
 * The URL of another route on the same site as `url` (a posts URL gives the comments URL, and so
 * on), without the query unless `keepQuery`.
 */
export function siblingRoute(url: URL, route: string, keepQuery = false): URL {
  const copy = new URL(url);
  if (!keepQuery) copy.search = '';
  if (url.searchParams.has('rest_route')) copy.searchParams.set('rest_route', slashed(route));
  else copy.pathname = `${url.pathname.slice(0, url.pathname.indexOf('/wp-json/'))}/wp-json${slashed(route)}`;
  return copy;
}

/** The site's front URL (where `wp-comments-post.php` lives) from any REST URL of it. */
export function siteRoot(url: URL): URL {
  const at = url.pathname.indexOf('/wp-json/');
  return new URL(at >= 0 ? url.pathname.slice(0, at + 1) : '.', url);
}

/**
 * A copy of `url` with `params` set through the URL API (so `?rest_route=` keeps its route), each
 * replacing what `url` had; an undefined or '' value only removes. Parameters come out sorted by
 * name: every reader of a page asks the very same URL, so a CDN or reverse proxy keeps one copy
 * of each response.
 */
export function withQuery(url: string | URL, params: Record<string, string | number | undefined>): URL {
  const copy = new URL(url, document.baseURI);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') copy.searchParams.delete(key);
    else copy.searchParams.set(key, String(value));
  }
  copy.searchParams.sort();
  return copy;
}

/** The relations a card shows: its author, its featured image and its categories (not the replies). */
export const POST_EMBEDS = 'author,wp:featuredmedia,wp:term';
/**
 * The post fields a card or a navigation link reads. `_links` must be listed for `_embed` to work
 * together with `_fields`, and `_embedded` for the embedded items to stay in the response.
 */
export const POST_FIELDS = '_embedded,_links,date,date_gmt,excerpt,id,link,title';

/** Adds the parameters a posts list needs: what a card shows (`_embed`, `_fields`), and `per_page`. */
export function postsQuery(url: URL, params: Record<string, string | number | undefined>): URL {
  return withQuery(url, { _embed: POST_EMBEDS, _fields: POST_FIELDS, ...params });
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Normalizes one post of a `wp/v2/posts` response; returns null for an item that is not a post. */
export function wordPressPostToArticle(raw: unknown, base: string): Article | null {
  const post = obj(raw);
  if (!post || (typeof post.id !== 'number' && typeof post.id !== 'string')) return null;
  const embedded = obj(post._embedded) ?? {};
  const first = (key: string) => obj((embedded[key] as unknown[] | undefined)?.[0]);
  const media = first('wp:featuredmedia');
  const category = ((embedded['wp:term'] as unknown[] | undefined) ?? []).flat().map(obj).find((term) => term?.taxonomy === 'category');
  return {
    id: String(post.id),
    url: safeUrl(str(post.link), { base }),
    headline: htmlToText(rendered(post.title)),
    excerptHtml: rendered(post.excerpt),
    image: media && mediaToImage(media, base),
    credit: (media && htmlToText(rendered(media.caption))) || undefined,
    author: htmlToText(str(first('author')?.name)) || undefined,
    date: wpDate(post) || undefined,
    category: htmlToText(str(category?.name)) || undefined,
  };
}

function mediaToImage(media: Json, base: string): ArticleImage | undefined {
  // An embedded item that WordPress could not resolve comes as an error object with a `code`.
  const src = media.code ? '' : safeUrl(str(media.source_url), { base });
  if (!src) return undefined;
  const details = obj(media.media_details) ?? {};
  const width = num(details.width);
  const height = num(details.height);
  const candidates = new Map<number, string>();
  for (const size of Object.values(obj(details.sizes) ?? {}).map(obj)) {
    const url = safeUrl(str(size?.source_url), { base });
    const w = num(size?.width);
    const h = num(size?.height);
    // A scaled copy, not a crop (the square thumbnail): a crop in srcset would show a different
    // picture at some widths. WordPress's own srcset test, allowing a pixel or two of rounding.
    // Without the full size's measures (or with a zero among them) there is no ratio to keep.
    const sameRatio = !width || !height || h === undefined || Math.abs((w! * height) / width - h) <= 2;
    if (url && w !== undefined && sameRatio && !candidates.has(w)) candidates.set(w, url);
  }
  const srcset = [...candidates]
    .sort(([a], [b]) => a - b)
    // A checked URL is serialized: a space in it is already %20, and cannot end a candidate early.
    .map(([w, url]) => `${url} ${w}w`)
    .join(', ');
  return { src, srcset: srcset || undefined, alt: htmlToText(str(media.alt_text)), width, height };
}

/** Normalizes a `wp/v2/posts` response. Items that are not posts are skipped, never fatal. */
export function parseWordPressPosts(json: unknown[], base: string): Article[] {
  return parseEach(json, (item) => wordPressPostToArticle(item, base), 'posts');
}
