import { clamp, htmlToText } from '../sanitize/text.js';
import { escapeHtml, plainText, repairText } from './feed-text.js';
import { NS, all, alternateLink, findImage, first, isFeedNs, linkFrom, textOf } from './feed-xml.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';

/**
 * One reader for every XML feed: RSS 0.90 and 1.0 (RDF, items beside the channel, default
 * namespace or a prefix such as `<rss:item>`), RSS 0.91–0.94 and 2.0 (items in the channel),
 * Atom 1.0 and Atom 0.3 (`modified`/`issued`, `mode="escaped"` and `mode="base64"` content, MIME
 * types in `type`), and an Atom entry document (a feed of one). Each field is read from the
 * elements listed for it, first readable one wins; the formats differ only where `Format` says.
 * Elements are matched by namespace: an `<atom:link/>` or `<media:title>` never hides the item's
 * own `<link>` or `<title>`; they are used only where the item has none.
 */

interface Format {
  /** The local name of an item. */
  item: string;
  /** Elements whose text is HTML unless a `type` says otherwise (RSS's description and its stand-ins). */
  html: string;
  /** How a text field that does not say it is HTML is read. */
  plain: (text: string) => string;
}

/** RSS text fields are nominally plain, and often really HTML: see `plainText`. */
const RSS: Format = { item: 'item', html: 'description content:encoded dc:description', plain: plainText };
/** Atom says what a text construct holds. */
const ATOM: Format = { item: 'entry', html: '', plain: clamp };

/**
 * Which XML feed a document is, by its root: `<rss>` (0.91–2.0), `<rdf:RDF>` (RSS 0.90 and 1.0),
 * `<feed>` or `<entry>` in Atom 1.0's or Atom 0.3's namespace (or none, as some 0.3 feeds send;
 * see `isFeedNs`).
 * Null for any other XML.
 */
export function parseXmlFeed(doc: Document, base: string): Article[] | null {
  const root = doc.documentElement;
  const name = root.localName.toLowerCase();
  const format = name === 'rss' || name === 'rdf' ? RSS : (name === 'feed' || name === 'entry') && isFeedNs(root.namespaceURI) ? ATOM : null;
  if (!format) return null;
  const channel = all(root, 'channel')[0];
  const channelLink = channel && all(channel, 'link')[0];
  // The feed's own URL is the base; an RSS channel's link only stands in when there is none.
  const documentBase = base || (channelLink ? linkFrom(textOf(channelLink), channelLink, document.baseURI) : '') || document.baseURI;
  // Wherever the version puts them, in document order; never an item nested in an item.
  const items = [...doc.getElementsByTagNameNS('*', format.item)].filter((el) => isFeedNs(el.namespaceURI) && !el.parentElement?.closest(format.item));
  const feedAuthor = first(root, AUTHORS, person);
  // One bad item never blanks the rest of the list: it is skipped and counted.
  return parseEach(items, (item) => readItem(item, format, documentBase, feedAuthor), 'feed items');
}

/** Atom 1.0 dates, then Atom 0.3's, then RSS's, then Dublin Core's. */
const DATES = 'published issued updated modified created pubDate dc:date dcterms:issued dcterms:created dcterms:modified';
const AUTHORS = 'dc:creator author itunes:author';

function readItem(item: Element, format: Format, base: string, feedAuthor: string): Article | null {
  const title = (el: Element) => constructText(el, format.plain);
  const headline = first(item, 'title dc:title media:title', title) || first(item, 'media:group', (group) => first(group, 'media:title', title));
  const url =
    // An RSS `<link>`, whose `&amp;` a double-escaping publisher left in; Atom links are empty.
    first(item, 'link', (el) => linkFrom(textOf(el).replace(/&amp;/g, '&'), el, base)) ||
    alternateLink(item, base) ||
    // A `<guid>` that is a permalink, or an Atom `<id>`, when it is an http(s) URL, as feed readers do.
    first(item, 'guid id', (el) => ((el.getAttribute('isPermaLink') ?? el.getAttribute('ispermalink') ?? 'true').trim() === 'true' && /^https?:\/\//i.test(textOf(el)) ? linkFrom(textOf(el), el, base) : ''));
  if (!url && !headline) return null;
  return {
    id: first(item, 'guid id') || item.getAttributeNS(NS.rdf, 'about') || url,
    url,
    headline,
    excerptHtml: first(item, format.html, (el) => constructHtml(el, 'html')) || first(item, 'summary content itunes:summary media:description', (el) => constructHtml(el, 'text')),
    ...findImage(item, base),
    author: first(item, AUTHORS, person) || feedAuthor || undefined,
    date: first(item, DATES, (el) => {
      // RFC 822 (RSS) and RFC 3339 / W3C-DTF (Atom, Dublin Core) both parse with `Date`; an unreadable one is passed over.
      const date = new Date(textOf(el));
      return Number.isNaN(date.getTime()) ? '' : date.toISOString();
    }) || undefined,
    category: plainText(first(item, 'category dc:subject', (el) => el.getAttribute('label') || el.getAttribute('term') || textOf(el))) || undefined,
  };
}

/**
 * An author's name: an Atom person's `<name>`; else the text, where RSS's `<author>` is an email
 * address, usually `mail@example.org (Name)`: readers see the name only, a bare address not at all.
 */
const person = (el: Element): string => plainText(el.firstElementChild ? first(el, 'name') : textOf(el).replace(/^\S+@\S+?(\s*\((.+)\))?$/, '$2'));

/**
 * What a text construct holds, and as what. Atom 1.0 says `type="text|html|xhtml"`; Atom 0.3 a
 * MIME type plus `mode="xml|escaped|base64"`; RSS says nothing (then `type` is assumed). Child
 * elements make it XHTML whatever it claims.
 */
function construct(el: Element, type: string): ['text' | 'html' | 'xhtml', string] {
  type = (el.getAttribute('type') ?? type).trim().toLowerCase();
  const mode = (el.getAttribute('mode') ?? '').trim().toLowerCase();
  const raw = repairText(el.textContent ?? '');
  const kind =
    el.firstElementChild && mode !== 'escaped' ? 'xhtml'
    : /^(text\/)?html$/.test(type) || (mode === 'escaped' && /html/.test(type)) ? 'html'
    : /^(application\/)?xhtml(\+xml)?$/.test(type) ? 'xhtml'
    : 'text';
  return [kind, mode === 'base64' ? decodeBase64(raw) : raw];
}

/** A text construct as text: `html` decoded, `xhtml` its text content, `text` as the format reads plain text. */
function constructText(el: Element, plain: (text: string) => string): string {
  const [kind, raw] = construct(el, 'text');
  return kind === 'html' ? htmlToText(raw) : plain(raw);
}

/** A text construct as HTML for the sanitizer: `text` escaped, `xhtml` serialized, `html` as is. */
function constructHtml(el: Element, type: string): string {
  const [kind, raw] = construct(el, type);
  if (kind === 'html') return raw.trim();
  // An XML element's innerHTML is its children serialized as XML (reading it is no sink).
  return kind === 'text' ? escapeHtml(raw.trim()) : el.innerHTML.trim();
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
