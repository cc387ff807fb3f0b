import { safeUrl } from '../sanitize/url.js';
import { escapeHtml, plainText } from './feed-text.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';
import { str, type Json } from './json.js';


/** True for a JSON Feed (1.0 or 1.1) document. */
export function isJsonFeed(json: unknown): json is Json {
  return !!json && typeof json === 'object' && /jsonfeed\.org\/version\//.test(str((json as Json).version));
}

/** Normalizes a JSON Feed. Items without a URL or title are kept if they have either; bad items are skipped. */
export function parseJsonFeed(feed: Json, base: string): Article[] {
  const items = Array.isArray(feed.items) ? feed.items : [];
  const feedAuthor = authorName(feed);
  // One bad item never blanks the rest of the list: it is skipped and counted.
  return parseEach(items, (raw) => jsonItem(raw, base, feedAuthor), 'JSON Feed items');
}

function jsonItem(raw: unknown, base: string, feedAuthor: string): Article | null {
  if (!raw || typeof raw !== 'object') return null;
  const item = raw as Json;
  const url = safeUrl(str(item.url) || str(item.external_url), { base });
  // JSON Feed titles are plain text; some publishers still send entities or markup in them.
  const headline = plainText(str(item.title));
  if (!url && !headline) return null;
  const image = safeUrl(str(item.image) || str(item.banner_image), { base });
  const tags = Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [];
  return {
    id: str(item.id) || (typeof item.id === 'number' ? String(item.id) : url),
    url,
    headline,
    excerptHtml: str(item.summary) ? escapeHtml(str(item.summary)) : str(item.content_html) || escapeHtml(str(item.content_text)),
    image: image ? { src: image, alt: '' } : undefined,
    author: authorName(item) || feedAuthor || undefined,
    date: str(item.date_published) || str(item.date_modified) || undefined,
    category: tags[0] ? plainText(tags[0]) : undefined,
  };
}

function authorName(holder: Json): string {
  const authors = Array.isArray(holder.authors) ? holder.authors : holder.author ? [holder.author] : [];
  const first = authors.find((a): a is Json => !!a && typeof a === 'object' && typeof (a as Json).name === 'string');
  return first ? plainText(str(first.name)) : '';
}
