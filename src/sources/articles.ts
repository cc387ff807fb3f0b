import { parseUrl } from '../sanitize/url.js';
import { parseXml } from '../sanitize/xml.js';
import { SourceError } from './errors.js';
import { fetchText, tryJson, type RequestOptions } from './http.js';
import { isJsonFeed, parseJsonFeed } from './json-feed.js';
import type { Article } from './models.js';
import { parseXmlFeed } from './rss-atom.js';
import { nextTask } from '../internal/next-task.js';
import { furtherPostPages, WORDPRESS_PAGE } from './wordpress-posts.js';
import { isWordPressPost, isWordPressPostsUrl, isWordPressSinglePostUrl, parseWordPressPosts, postsQuery } from './wordpress.js';

export interface ArticleQuery extends RequestOptions {
  /** At most this many articles (WordPress is asked for exactly this many). */
  limit?: number;
}

/** Resolves a `source` attribute against the page, as a link would. */
export function resolveSource(source: string): URL {
  return new URL(source, document.baseURI);
}

/**
 * Loads the articles `source` lists, whatever it is: a WordPress posts collection (either
 * permalink form), JSON Feed, RSS or Atom. The format is detected from the response.
 */
export async function loadArticles(source: string | URL, { limit = 10, ...options }: ArticleQuery = {}): Promise<Article[]> {
  let url = typeof source === 'string' ? resolveSource(source) : source;
  const single = isWordPressSinglePostUrl(url);
  const collection = !single && isWordPressPostsUrl(url);
  if (single || collection) url = postsQuery(url, { per_page: collection ? Math.min(Math.max(1, limit), WORDPRESS_PAGE) : undefined });
  const { response, text, contentType } = await fetchText(url, options);
  // Parsing the body and mapping its articles (100 posts: tens of ms each) are tasks apart from reading it, and from each other.
  await nextTask();
  const parsed = readFeed(text, contentType);
  await nextTask();
  const articles = articlesOf(parsed, feedBase(response, url));
  // Past WordPress's 100 per page the further pages follow; a feed holds what it holds.
  if (collection && limit > WORDPRESS_PAGE && articles.length >= WORDPRESS_PAGE) articles.push(...(await furtherPostPages(url, response, limit, options)));
  return articles.slice(0, limit);
}

/**
 * The URL relative links in a feed resolve against: where the feed was finally fetched from (after
 * redirects), or its Content-Location, as feed readers do.
 */
export function feedBase(response: Response, requested: URL): string {
  const fetchedFrom = response.url || requested.href;
  return parseUrl(response.headers.get('content-location') || fetchedFrom, fetchedFrom)?.href ?? fetchedFrom;
}

/** Detects the format of a response (Content-Type, then the body) and normalizes its articles. */
export function parseArticles(text: string, contentType: string, base: string): Article[] {
  return articlesOf(readFeed(text, contentType), base);
}

/** The body parsed as the format it is: JSON (a value) or XML (a document). */
function readFeed(text: string, contentType: string): unknown {
  const type = contentType.toLowerCase();
  // trimStart() takes a byte order mark too (U+FEFF is white space to JavaScript).
  const body = text.trimStart();
  // The declared type decides; a generic one (text/html, text/plain) falls back to the body's first character.
  const kind = /json/.test(type) ? 'json' : /xml|rss|atom/.test(type) ? 'xml' : /^[[{]/.test(body) ? 'json' : body.startsWith('<') ? 'xml' : null;
  if (kind === 'json') {
    const json = tryJson(body) ?? afterWarnings(body);
    if (json === undefined) throw new SourceError('parse', 'Invalid JSON');
    return json;
  }
  if (kind === 'xml') {
    const doc = parseXml(body);
    if (!doc) throw new SourceError('parse', 'Invalid XML');
    return doc;
  }
  throw new SourceError('format', 'Not JSON or a feed');
}

/** The articles of a parsed body: WordPress posts, a JSON Feed, RSS or Atom. */
function articlesOf(parsed: unknown, base: string): Article[] {
  if (parsed instanceof Document) {
    const articles = parseXmlFeed(parsed, base);
    if (!articles) throw new SourceError('format', `Unknown XML <${parsed.documentElement.localName}>`);
    return articles;
  }
  if (Array.isArray(parsed)) return parseWordPressPosts(parsed, base);
  if (isWordPressPost(parsed)) return parseWordPressPosts([parsed], base);
  if (isJsonFeed(parsed)) return parseJsonFeed(parsed, base);
  throw new SourceError('format', 'Unknown JSON');
}

/** JSON after PHP warnings that a site with `display_errors` prints first (`<br /><b>Warning</b>: …`). */
function afterWarnings(body: string): unknown {
  if (!body.startsWith('<')) return undefined;
  const at = body.search(/^[[{]/m);
  return at > 0 ? tryJson(body.slice(at)) : undefined;
}
