import { htmlToText } from '../sanitize/text.js';
import { safeUrl } from '../sanitize/url.js';
import type { Article, ArticleImage } from './models.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** Direct children of `parent` with a local name (and namespace, when given). */
function children(parent: Element, name: string, ns?: string | null): Element[] {
  return Array.from(parent.children).filter((el) => el.localName === name && (ns === undefined || el.namespaceURI === ns));
}
const childText = (parent: Element, name: string, ns?: string | null): string => children(parent, name, ns)[0]?.textContent?.trim() ?? '';

/** RFC 822 (RSS) or RFC 3339 (Atom) date to ISO 8601, or undefined when unreadable. */
function isoDate(text: string): string | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first image among enclosures and Media RSS elements of an item or entry. */
function findImage(item: Element, base: string): { image?: ArticleImage; credit?: string } {
  const media = [...children(item, 'content', MEDIA_NS), ...children(item, 'thumbnail', MEDIA_NS)];
  for (const group of children(item, 'group', MEDIA_NS)) media.push(...children(group, 'content', MEDIA_NS), ...children(group, 'thumbnail', MEDIA_NS));
  // Media RSS first: it carries the alt text and credit that a bare enclosure cannot.
  const candidates = [
    ...media
      .filter((el) => el.localName === 'thumbnail' || el.getAttribute('medium') === 'image' || /^image\//.test(el.getAttribute('type') ?? ''))
      .map((el) => ({ el, src: el.getAttribute('url') })),
    ...children(item, 'enclosure').filter((el) => /^image\//.test(el.getAttribute('type') ?? '')).map((el) => ({ el, src: el.getAttribute('url') })),
    ...children(item, 'link', ATOM_NS)
      .filter((el) => el.getAttribute('rel') === 'enclosure' && /^image\//.test(el.getAttribute('type') ?? ''))
      .map((el) => ({ el, src: el.getAttribute('href') })),
  ];
  for (const { el, src } of candidates) {
    const url = safeUrl(src, { base });
    if (!url) continue;
    const width = Number(el.getAttribute('width')) || undefined;
    const height = Number(el.getAttribute('height')) || undefined;
    const alt = htmlToText(childText(el, 'description', MEDIA_NS) || childText(el, 'title', MEDIA_NS));
    // Media RSS lets a credit sit on the media element, its <media:group> or the item.
    const group = el.parentElement?.localName === 'group' ? el.parentElement : null;
    const credit = htmlToText(childText(el, 'credit', MEDIA_NS) || (group ? childText(group, 'credit', MEDIA_NS) : '') || childText(item, 'credit', MEDIA_NS)) || undefined;
    return { image: { src: url, alt, width, height }, credit };
  }
  return {};
}

/** Normalizes an RSS 2.0 (or RDF/RSS 1.0) document. Bad items are skipped. */
export function parseRss(doc: Document, base: string): Article[] {
  const channel = doc.documentElement.getElementsByTagName('channel')[0];
  const channelLink = channel ? safeUrl(childText(channel, 'link'), { base }) : '';
  const itemBase = channelLink || base;
  const articles: Article[] = [];
  for (const item of Array.from(doc.getElementsByTagName('item'))) {
    try {
      const url = safeUrl(childText(item, 'link') || guidLink(item), { base: itemBase });
      const headline = htmlToText(childText(item, 'title'));
      if (!url && !headline) continue;
      const { image, credit } = findImage(item, itemBase);
      articles.push({
        id: childText(item, 'guid') || url,
        url,
        headline,
        excerptHtml: childText(item, 'description') || childText(item, 'encoded', CONTENT_NS),
        image,
        credit,
        author: htmlToText(childText(item, 'creator', DC_NS) || rssAuthorName(childText(item, 'author'))) || undefined,
        date: isoDate(childText(item, 'pubDate') || childText(item, 'date', DC_NS)),
        category: htmlToText(childText(item, 'category')) || undefined,
      });
    } catch {
      // One bad item never blanks the rest of the list.
    }
  }
  return articles;
}

/** RSS `<author>` is an email address, usually `mail@example.org (Name)`: readers should see the name only. */
function rssAuthorName(text: string): string {
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (named) return named[1];
  return /^\S+@\S+$/.test(text) ? '' : text;
}

function guidLink(item: Element): string {
  const guid = children(item, 'guid')[0];
  return guid && guid.getAttribute('isPermaLink') !== 'false' ? (guid.textContent ?? '').trim() : '';
}

/** Text of an Atom text construct: `html` decoded to text, `xhtml` as its text, `text` as is. */
function atomText(el: Element | undefined): string {
  if (!el) return '';
  return el.getAttribute('type') === 'html' ? htmlToText(el.textContent) : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Atom `summary`/`content` as HTML for the sanitizer (`text` is escaped, `xhtml` serialized). */
function atomHtml(el: Element | undefined): string {
  if (!el) return '';
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'html') return el.textContent ?? '';
  if (type === 'xhtml') {
    const div = el.firstElementChild;
    return div ? new XMLSerializer().serializeToString(div) : '';
  }
  return (el.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Normalizes an Atom 1.0 feed. Bad entries are skipped. */
export function parseAtom(doc: Document, base: string): Article[] {
  const feed = doc.documentElement;
  const feedBase = safeUrl(feed.getAttribute('xml:base'), { base }) || base;
  const feedAuthor = childText(children(feed, 'author', ATOM_NS)[0] ?? feed, 'name', ATOM_NS);
  const articles: Article[] = [];
  for (const entry of children(feed, 'entry', ATOM_NS)) {
    try {
      const entryBase = safeUrl(entry.getAttribute('xml:base'), { base: feedBase }) || feedBase;
      const links = children(entry, 'link', ATOM_NS);
      const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
      const url = safeUrl(link?.getAttribute('href'), { base: entryBase });
      const headline = atomText(children(entry, 'title', ATOM_NS)[0]);
      if (!url && !headline) continue;
      const { image, credit } = findImage(entry, entryBase);
      const author = children(entry, 'author', ATOM_NS)[0];
      const category = children(entry, 'category', ATOM_NS)[0];
      articles.push({
        id: childText(entry, 'id', ATOM_NS) || url,
        url,
        headline,
        excerptHtml: atomHtml(children(entry, 'summary', ATOM_NS)[0] ?? children(entry, 'content', ATOM_NS)[0]),
        image,
        credit,
        author: htmlToText((author ? childText(author, 'name', ATOM_NS) : '') || feedAuthor) || undefined,
        date: isoDate(childText(entry, 'published', ATOM_NS) || childText(entry, 'updated', ATOM_NS)),
        category: htmlToText(category?.getAttribute('label') || category?.getAttribute('term')) || undefined,
      });
    } catch {
      // One bad entry never blanks the rest of the list.
    }
  }
  return articles;
}
