import { htmlToText } from '../sanitize/text.js';
import { KNOWN_PREFIXES } from '../sanitize/xml.js';
import { safeUrl } from '../sanitize/url.js';
import { repairText } from './feed-text.js';
import type { ArticleImage } from './models.js';

/**
 * What RSS and Atom parsing share: elements matched by namespace URI and local name (never by
 * prefix), `xml:base` resolution, text as a reader should see it, dates, images.
 */

export const NS = {
  ...KNOWN_PREFIXES,
  atom03: 'http://purl.org/atom/ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** A namespace test: one URI, null for no namespace, or a predicate. */
export type NsTest = string | null | ((ns: string | null) => boolean);

const matches = (el: Element, ns: NsTest): boolean => (typeof ns === 'function' ? ns(el.namespaceURI) : el.namespaceURI === ns);

/**
 * RSS's own namespaces: none (0.91–2.0), RSS 1.0, RSS 0.90 (Netscape), and the ones some RSS 2.0
 * feeds declare as their default. Elements from any other namespace never stand in for RSS's own.
 */
export const isRssNs = (ns: string | null): boolean =>
  ns === null ||
  ns === 'http://purl.org/rss/1.0/' ||
  ns === 'http://my.netscape.com/rdf/simple/0.9/' ||
  ns === 'http://purl.org/rss/1.0/modules/rss091#' ||
  ns === 'http://blogs.law.harvard.edu/tech/rss' ||
  /^http:\/\/backend\.userland\.com\/rss/.test(ns);

/** Media RSS, with and without the trailing slash that version 1.1.2 added. */
export const isMediaNs = (ns: string | null): boolean => ns === NS.media || ns === 'http://search.yahoo.com/mrss';
/** iTunes' namespace is case-insensitive in practice (`…/DTDs/Podcast-1.0.dtd` is common). */
export const isItunesNs = (ns: string | null): boolean => ns?.toLowerCase() === NS.itunes;

/** Direct children of `parent` with this local name in this namespace. */
export function children(parent: Element, local: string, ns: NsTest): Element[] {
  const found: Element[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) if (el.localName === local && matches(el, ns)) found.push(el);
  return found;
}

export const child = (parent: Element, local: string, ns: NsTest): Element | undefined => children(parent, local, ns)[0];

/** Text of an element as the feed gave it, trimmed (CDATA included, no decoding of markup). */
export const textOf = (el: Element | null | undefined): string => repairText(el?.textContent ?? '').trim();

/** The first non-empty `read` (default: the text) among the elements named, in that order. */
export function firstText(parent: Element, names: Array<[string, NsTest]>, read: (el: Element) => string | undefined = textOf): string {
  for (const [local, ns] of names) {
    for (const el of children(parent, local, ns)) {
      const text = read(el);
      if (text) return text;
    }
  }
  return '';
}

/**
 * The base URL that applies to `el`: every `xml:base` from the root down resolved in turn against
 * the document's base (the feed's URL). An unsafe or unreadable `xml:base` is ignored.
 */
export function baseOf(el: Element | null, documentBase: string): string {
  if (!el) return documentBase;
  const outer = baseOf(el.parentElement, documentBase);
  const base = el.getAttributeNS(NS.xml, 'base');
  return (base !== null && safeUrl(base.trim(), { base: outer })) || outer;
}

/** A link from the feed as a safe absolute http(s) URL, resolved against the `xml:base` of `el`; or ''. */
export function linkFrom(raw: string | null | undefined, el: Element, documentBase: string): string {
  return raw ? safeUrl(raw.trim(), { base: baseOf(el, documentBase) }) : '';
}

/**
 * The page an Atom `<link>` in `ns` points at: the `rel="alternate"` link (no `rel` means
 * alternate) of an HTML type first, else any alternate; or ''. RSS items carry such links too.
 */
export function alternateLink(parent: Element, ns: NsTest, base: string): string {
  const alternates = children(parent, 'link', ns).filter((el) => /^(alternate|http:\/\/www\.iana\.org\/assignments\/relation\/alternate)$/i.test((el.getAttribute('rel') ?? 'alternate').trim()));
  const html = alternates.find((el) => /^(text\/html|application\/xhtml\+xml|html)$/i.test((el.getAttribute('type') ?? 'text/html').trim()));
  for (const el of html ? [html, ...alternates] : alternates) {
    const url = linkFrom(el.getAttribute('href'), el, base);
    if (url) return url;
  }
  return '';
}

/**
 * The first readable date among the elements named, as ISO 8601: RFC 822 (RSS) and RFC 3339 /
 * W3C-DTF (Atom, Dublin Core) both parse with `Date`; an unreadable one is passed over.
 */
export const firstDate = (parent: Element, names: Array<[string, NsTest]>): string | undefined =>
  firstText(parent, names, (el) => {
    const date = new Date(textOf(el));
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  }) || undefined;

const isImage = (el: Element): boolean => /^image\//i.test(el.getAttribute('type') ?? '');

/**
 * The first image of an item or entry: Media RSS (which carries alt text and credit), then an
 * image enclosure (RSS `<enclosure>` or an Atom `rel="enclosure"` link in `atomNs`), then an
 * iTunes episode image.
 */
export function findImage(item: Element, documentBase: string, atomNs: NsTest): { image?: ArticleImage; credit?: string } {
  // The item's own media first, then each <media:group>'s.
  const media = [item, ...children(item, 'group', isMediaNs)].flatMap((holder) => [...children(holder, 'content', isMediaNs), ...children(holder, 'thumbnail', isMediaNs)]);
  const candidates = [
    ...media.filter((el) => el.localName === 'thumbnail' || el.getAttribute('medium') === 'image' || isImage(el)),
    ...children(item, 'enclosure', isRssNs).filter(isImage),
    ...children(item, 'link', atomNs).filter((el) => el.getAttribute('rel') === 'enclosure' && isImage(el)),
    ...children(item, 'image', isItunesNs),
  ];
  for (const el of candidates) {
    // Media RSS and RSS enclosures name the file in `url`, Atom links and iTunes images in `href`.
    const url = linkFrom(el.getAttribute(el.localName === 'link' || el.localName === 'image' ? 'href' : 'url'), el, documentBase);
    if (!url) continue;
    const width = Number(el.getAttribute('width')) || undefined;
    const height = Number(el.getAttribute('height')) || undefined;
    const alt = htmlToText(firstText(el, [['description', isMediaNs], ['title', isMediaNs]]));
    // Media RSS lets a credit sit on the media element, its <media:group> (its parent, when not the item) or the item.
    const credit = htmlToText([el, el.parentElement!, item].map((holder) => firstText(holder, [['credit', isMediaNs]])).find(Boolean)) || undefined;
    return { image: { src: url, alt, width, height }, credit };
  }
  return {};
}
