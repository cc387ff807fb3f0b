import { safeUrl } from '../sanitize/url.js';
import { escapeHtml, plainText } from './feed-text.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';
import { obj, str, type Json } from './json.js';


/** True for a JSON Feed (1.0 or 1.1) document. */
export const isJsonFeed = (json: unknown): json is Json => /jsonfeed\.org\/version\//.test(str(obj(json)?.version));

/** Normalizes a JSON Feed. Items without a URL or title are kept if they have either; bad items are skipped. */
export function parseJsonFeed(feed: Json, base: string): Article[] {
  const feedAuthor = authorName(feed);
  // One bad item never blanks the rest of the list: it is skipped and counted.
  return parseEach(Array.isArray(feed.items) ? feed.items : [], (raw) => jsonItem(obj(raw), base, feedAuthor), 'JSON Feed items');
}

function jsonItem(item: Json | undefined, base: string, feedAuthor: string): Article | null {
  if (!item) return null;
  const url = safeUrl(str(item.url) || str(item.external_url), { base });
  // JSON Feed titles are plain text; some publishers still send entities or markup in them.
  const headline = plainText(str(item.title));
  if (!url && !headline) return null;
  const image = safeUrl(str(item.image) || str(item.banner_image), { base });
  const tag = (Array.isArray(item.tags) ? item.tags : []).find((t): t is string => typeof t === 'string');
  const summary = str(item.summary);
  return {
    id: str(item.id) || (typeof item.id === 'number' ? String(item.id) : url),
    url,
    headline,
    excerptHtml: summary ? escapeHtml(summary) : str(item.content_html) || escapeHtml(str(item.content_text)),
    image: image ? { src: image, alt: '' } : undefined,
    author: authorName(item) || feedAuthor || undefined,
    date: str(item.date_published) || str(item.date_modified) || undefined,
    category: (tag && plainText(tag)) || undefined,
  };
}

function authorName(holder: Json): string {
  const authors = Array.isArray(holder.authors) ? holder.authors : [holder.author];
  return plainText(str(authors.map(obj).find((a) => typeof a?.name === 'string')?.name));
}
