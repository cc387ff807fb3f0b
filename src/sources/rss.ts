import { escapeHtml, plainText } from './feed-text.js';
import { NS, alternateLink, child, findImage, firstDate, firstText, isItunesNs, isMediaNs, isRssNs, linkFrom, textOf, type NsTest } from './feed-xml.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';

/**
 * RSS in all its versions: 0.90 and 1.0 (RDF, items beside the channel, default namespace or a
 * prefix such as `<rss:item>`), 0.91–0.94 and 2.0 (items in the channel). Elements are matched
 * by namespace: an `<atom:link/>` or `<media:title>` never hides the item's own `<link>` or
 * `<title>`; they are used only where the item has none.
 */

const isAtomNs = (ns: string | null): boolean => ns === NS.atom || ns === NS.atom03;

/** The items of an RSS document wherever the version puts them, in document order; never an item nested in an item. */
function rssItems(root: Element): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', 'item')).filter((el) => {
    if (!isRssNs(el.namespaceURI)) return false;
    for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (at.localName === 'item') return false;
    return true;
  });
}

/** Normalizes an RSS document. Items with neither a title nor a link, and items that fail, are skipped. */
export function parseRss(doc: Document, base: string): Article[] {
  const root = doc.documentElement;
  const channel = Array.from(root.getElementsByTagNameNS('*', 'channel')).find((el) => isRssNs(el.namespaceURI));
  const channelLink = channel ? child(channel, 'link', isRssNs) : undefined;
  // The feed's own URL is the base; the channel's link only stands in when there is none.
  const documentBase = base || (channelLink ? linkFrom(textOf(channelLink), channelLink, document.baseURI) : '') || document.baseURI;
  // One bad item never blanks the rest of the list: it is skipped and counted.
  return parseEach(rssItems(root), (item) => rssItem(item, documentBase), 'RSS items');
}

function rssItem(item: Element, base: string): Article | null {
  const headline = plainText(firstText(item, [['title', isRssNs], ['title', NS.dc], ['title', isMediaNs]]) || mediaGroupTitle(item));
  const url = itemLink(item, base);
  if (!url && !headline) return null;
  const { image, credit } = findImage(item, base, isAtomNs);
  const summary = firstText(item, [['summary', isItunesNs], ['description', isMediaNs]]);
  return {
    id: firstText(item, [['guid', isRssNs]]) || item.getAttributeNS(NS.rdf, 'about') || url,
    url,
    headline,
    excerptHtml: firstText(item, [['description', isRssNs], ['encoded', NS.content], ['description', NS.dc]]) || escapeHtml(summary),
    image,
    credit,
    author: plainText(firstText(item, [['creator', NS.dc]]) || authorName(firstText(item, [['author', isRssNs]])) || firstText(item, [['author', isItunesNs]])) || undefined,
    date: firstDate(item, DATES),
    category: plainText(firstText(item, [['category', isRssNs], ['subject', NS.dc]])) || undefined,
  };
}

const DATES: Array<[string, NsTest]> = [
  ['pubDate', isRssNs],
  ['date', NS.dc],
  ['issued', NS.dcterms],
  ['created', NS.dcterms],
  ['modified', NS.dcterms],
];

/**
 * The item's link: its own `<link>` (whose `&amp;` a double-escaping publisher left in), else an
 * Atom alternate link, else a `<guid>` that is a permalink and an http(s) URL.
 */
function itemLink(item: Element, base: string): string {
  const permalink = (guid: Element) => {
    const text = textOf(guid);
    return (guid.getAttribute('isPermaLink') ?? guid.getAttribute('ispermalink') ?? 'true').trim() === 'true' && /^https?:\/\//i.test(text) ? linkFrom(text, guid, base) : '';
  };
  return (
    firstText(item, [['link', isRssNs]], (el) => linkFrom(textOf(el).replace(/&amp;/g, '&'), el, base)) ||
    alternateLink(item, isAtomNs, base) ||
    firstText(item, [['guid', isRssNs]], permalink)
  );
}

const mediaGroupTitle = (item: Element): string => firstText(item, [['group', isMediaNs]], (group) => firstText(group, [['title', isMediaNs]]));

/** RSS `<author>` is an email address, usually `mail@example.org (Name)`: readers see the name only, a bare address not at all. */
const authorName = (text: string): string => text.replace(/^\S+@\S+?(\s*\((.+)\))?$/, '$2');
