import { htmlToText } from '../sanitize/text.js';
import { KNOWN_PREFIXES } from '../sanitize/xml.js';
import { safeUrl } from '../sanitize/url.js';
import { repairText } from './feed-text.js';
import type { ArticleImage } from './models.js';

/**
 * Finding things in RSS and Atom: elements matched by namespace URI and local name (never by
 * prefix), `xml:base` resolution, text as a reader should see it, dates, images.
 */

export const NS = { ...KNOWN_PREFIXES, atom03: 'http://purl.org/atom/ns#' };

type NsTest = (ns: string | null) => boolean;

/**
 * The feed formats' own namespaces: none (RSS 0.91–2.0, some Atom 0.3), RSS 1.0, RSS 0.90
 * (Netscape), the ones some RSS 2.0 feeds declare as their default, Atom 1.0 and Atom 0.3. They
 * are read alike (an `<atom:link>` in an RSS item is one of its links, and an empty one is passed
 * over); elements from any other namespace (`<media:title>`, `<itunes:title>`) are read only
 * where a field names them.
 */
export const isFeedNs: NsTest = (ns) =>
  ns === null ||
  ns === NS.atom ||
  ns === NS.atom03 ||
  ns === 'http://purl.org/rss/1.0/' ||
  ns === 'http://my.netscape.com/rdf/simple/0.9/' ||
  ns === 'http://purl.org/rss/1.0/modules/rss091#' ||
  ns === 'http://blogs.law.harvard.edu/tech/rss' ||
  /^http:\/\/backend\.userland\.com\/rss/.test(ns);

/** The prefixes element names are written with below, as namespace tests; no prefix is the feed's own. */
const PREFIXES: Record<string, NsTest> = {
  '': isFeedNs,
  // iTunes' namespace is case-insensitive in practice (`…/DTDs/Podcast-1.0.dtd` is common).
  itunes: (ns) => ns?.toLowerCase() === NS.itunes,
  // Media RSS, with and without the trailing slash that version 1.1.2 added.
  media: (ns) => ns === NS.media || ns === 'http://search.yahoo.com/mrss',
};

/**
 * The direct children of `parent` that `names` lists (`"title dc:title media:title"`), in the
 * order listed, each name's in document order.
 */
export function all(parent: Element, names: string): Element[] {
  return names.split(' ').flatMap((name) => {
    const [local, prefix = ''] = name.split(':').reverse();
    // Any other prefix names the namespace it is usually bound to (`dc:`, `content:`).
    const inNs = PREFIXES[prefix] ?? ((ns) => ns === NS[prefix as keyof typeof NS]);
    return [...parent.children].filter((el) => el.localName === local && inNs(el.namespaceURI));
  });
}

/** Text of an element as the feed gave it, trimmed (CDATA included, no decoding of markup). */
export const textOf = (el: Element | undefined): string => repairText(el?.textContent ?? '').trim();

/** The first non-empty `read` (default: the text) of the elements `names` lists. */
export function first(parent: Element, names: string, read: (el: Element) => string | undefined = textOf): string {
  for (const el of all(parent, names)) {
    const text = read(el);
    if (text) return text;
  }
  return '';
}

/**
 * The base URL that applies to `el`: every `xml:base` from the root down resolved in turn against
 * the document's base (the feed's URL). An unsafe or unreadable `xml:base` is ignored.
 */
function baseOf(el: Element | null, documentBase: string): string {
  if (!el) return documentBase;
  const outer = baseOf(el.parentElement, documentBase);
  // The `xml` prefix is bound to the XML namespace in every document: it cannot be declared otherwise.
  const base = el.getAttribute('xml:base');
  return (base !== null && safeUrl(base.trim(), { base: outer })) || outer;
}

/** A link from the feed as a safe absolute http(s) URL, resolved against the `xml:base` of `el`; or ''. */
export function linkFrom(raw: string | null | undefined, el: Element, documentBase: string): string {
  return raw ? safeUrl(raw.trim(), { base: baseOf(el, documentBase) }) : '';
}

/**
 * The page an Atom `<link>` points at: the first `rel="alternate"` link (no `rel` means alternate)
 * of an HTML type with a safe URL, else any alternate's; or ''. RSS items carry such links too.
 */
export function alternateLink(parent: Element, base: string): string {
  const alternates = all(parent, 'link').filter((el) => /^(alternate|http:\/\/www\.iana\.org\/assignments\/relation\/alternate)$/i.test((el.getAttribute('rel') ?? 'alternate').trim()));
  const isHtml = (el: Element) => +/^(text\/html|application\/xhtml\+xml|html)$/i.test((el.getAttribute('type') ?? 'text/html').trim());
  // Sorting is stable: the HTML ones first, each kind in document order.
  return alternates.sort((a, b) => isHtml(b) - isHtml(a)).map((el) => linkFrom(el.getAttribute('href'), el, base)).find(Boolean) ?? '';
}

const isImage = (el: Element): boolean => /^image\//i.test(el.getAttribute('type') ?? '');

/**
 * The first image of an item or entry: Media RSS (which carries alt text and credit), then an
 * image enclosure (RSS `<enclosure>` or an Atom `rel="enclosure"` link), then an iTunes episode image.
 */
export function findImage(item: Element, documentBase: string): { image?: ArticleImage; credit?: string } {
  const candidates = [
    // The item's own media first, then each <media:group>'s.
    ...[item, ...all(item, 'media:group')].flatMap((holder) => all(holder, 'media:content media:thumbnail')).filter((el) => el.localName === 'thumbnail' || el.getAttribute('medium') === 'image' || isImage(el)),
    ...[...all(item, 'enclosure'), ...all(item, 'link').filter((el) => el.getAttribute('rel') === 'enclosure')].filter(isImage),
    ...all(item, 'itunes:image'),
  ];
  for (const el of candidates) {
    // Media RSS and RSS enclosures name the file in `url`, Atom links and iTunes images in `href`.
    const url = linkFrom(el.getAttribute('url') ?? el.getAttribute('href'), el, documentBase);
    if (!url) continue;
    const width = Number(el.getAttribute('width')) || undefined;
    const height = Number(el.getAttribute('height')) || undefined;
    // Media RSS lets a credit sit on the media element, its <media:group> (its parent, when not the item) or the item.
    const credit = htmlToText([el, el.parentElement!, item].map((holder) => first(holder, 'media:credit')).find(Boolean)) || undefined;
    return { image: { src: url, alt: htmlToText(first(el, 'media:description media:title')), width, height }, credit };
  }
  return {};
}
