import { parseAtom } from './atom.js';
import { NS } from './feed-xml.js';
import type { Article } from './models.js';
import { parseRss } from './rss.js';

export { parseAtom } from './atom.js';
export { parseRss } from './rss.js';

/**
 * Which XML feed a document is, by its root: `<rss>` (0.91–2.0), `<rdf:RDF>` (RSS 0.90 and 1.0),
 * `<feed>` or `<entry>` in Atom 1.0's or Atom 0.3's namespace (or none, as some 0.3 feeds send).
 * Null for any other XML.
 */
export function parseXmlFeed(doc: Document, base: string): Article[] | null {
  const root = doc.documentElement;
  const name = root.localName.toLowerCase();
  if (name === 'rss' || name === 'rdf') return parseRss(doc, base);
  const atomish = root.namespaceURI === NS.atom || root.namespaceURI === NS.atom03 || root.namespaceURI === null;
  if ((name === 'feed' || name === 'entry') && atomish) return parseAtom(doc, base);
  return null;
}
