import { decodeReference } from './entities.js';

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
declare const trustedTypes: { createPolicy(name: string, rules: { createHTML: (s: string) => string }): TrustedTypePolicyLike } | undefined;

// DOMParser.parseFromString is a Trusted Types sink even for XML. Parsing a feed as XML is inert
// (no script runs in a parsed XML document), so this policy is an identity kept private to this module.
let policy: TrustedTypePolicyLike | null | undefined;

function parse(text: string): Document | null {
  if (policy === undefined) {
    try {
      policy = typeof trustedTypes === 'undefined' ? null : trustedTypes.createPolicy('press-widgets-xml', { createHTML: (s) => s });
    } catch {
      policy = null; // A page that allows only named policies and not ours: parsing may still work without TT enforcement.
    }
  }
  const input = (policy ? policy.createHTML(text) : text) as string;
  const doc = new DOMParser().parseFromString(input, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}

/** Entities XML knows itself; every other named reference in a feed is an HTML one. */
const XML_ENTITY = /^(amp|lt|gt|quot|apos)$/;
/** `&name;` as numeric references when HTML knows the name (`&eacute;` → `&#233;`), else as escaped text. */
function htmlEntity(name: string): string {
  const reference = `&${name};`;
  const decoded = decodeReference(reference);
  return decoded && decoded !== reference ? Array.from(decoded, (c) => `&#${c.codePointAt(0)};`).join('') : `&amp;${name};`;
}

/**
 * Namespaces of the prefixes feeds use whose elements are read, by their usual prefix: declared
 * for a feed that uses one without declaring it. Any other prefix (`slash:`, `wfw:`) gets a
 * namespace of its own: its elements are never read, and the document still parses.
 */
export const KNOWN_PREFIXES = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** Declares, on the root element, every prefix the document uses but never declares. */
function declarePrefixes(text: string): string {
  const used = new Set<string>();
  // Element names, and attribute names (an unused prefix found in text is declared harmlessly).
  for (const [, prefix] of text.matchAll(/(?:<\/?|\s)([A-Za-z_][\w.-]*):[A-Za-z_]/g)) used.add(prefix);
  const declarations = [...used]
    .filter((prefix) => prefix !== 'xml' && prefix !== 'xmlns' && !new RegExp(`xmlns:${prefix}\\s*=`).test(text))
    // Own keys only: a prefix named like an inherited member (`constructor:x`) is no known prefix.
    .map((prefix) => ` xmlns:${prefix}="${Object.hasOwn(KNOWN_PREFIXES, prefix) ? KNOWN_PREFIXES[prefix as keyof typeof KNOWN_PREFIXES] : `urn:x-undeclared:${prefix}`}"`)
    .join('');
  return declarations ? text.replace(/<(?![?!])[^\s/>]+/, (root) => root + declarations) : text;
}

/**
 * Mends what breaks most hand-made feeds: a bare `&` ("Fish & Chips"), HTML entities (`&nbsp;`)
 * that XML does not define, control characters pasted from a word processor, prefixes used
 * without a namespace declaration, and PHP warnings before the feed. Nothing else is touched.
 */
function mend(text: string): string {
  const mended = htmlReferences(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''))
    // What is left of `&` that starts no reference is text ("Fish & Chips").
    .replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '&amp;');
  return declarePrefixes(dropLeadingJunk(mended));
}

/** PHP warnings or a stray BOM-less banner before the feed: the document starts at `<?xml` or its root. */
function dropLeadingJunk(text: string): string {
  const at = text.search(/<\?xml\s|<([\w.-]+:)?(rss|RDF|feed)[\s>]/);
  return at > 0 ? text.slice(at) : text;
}

/**
 * RSS written by hand often carries raw HTML in `<description>` (`<p>Hi<br></p>`): in an RSS
 * document such text elements holding markup are wrapped in CDATA, as their author meant them.
 */
function wrapRawHtml(text: string): string {
  if (!/<([\w.-]+:)?(rss|RDF)[\s>]/.test(text)) return text;
  return text.replace(/<(title|description|content:encoded)(\s[^>]*)?>([\s\S]*?)<\/\1>/g, (match, name: string, attributes = '', inner: string) =>
    inner.includes('<') && !inner.trimStart().startsWith('<![CDATA[') ? `<${name}${attributes}><![CDATA[${inner.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>` : match,
  );
}

/** The names of the entities a document declares in its internal DTD subset (`<!ENTITY verlag "…">`). */
function declaredEntities(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/<!ENTITY\s+([^\s%]+)/g), (match) => match[1]));
}

/** A DOCTYPE naming an external DTD (RSS 0.91's Netscape one): no browser loads it. */
const EXTERNAL_DTD = /<!DOCTYPE\s+[^\s>[]+\s+(PUBLIC|SYSTEM)\s/i;

/**
 * Named references as the characters HTML gives them (unknown names as escaped text), but for
 * XML's own and those the document declares itself (`<!ENTITY …>`). Part of `mend`; and before
 * the first parse under an external DTD, where Chromium 150's parser drops such references without
 * an error ("M&auml;rz" read "Mrz"; 156 reports one), as an author who named that DTD meant them.
 */
function htmlReferences(text: string): string {
  const declared = declaredEntities(text);
  return text.replace(/&([A-Za-z][A-Za-z0-9]*);/g, (match, name: string) => (XML_ENTITY.test(name) || declared.has(name) ? match : htmlEntity(name)));
}

/**
 * Parses XML text into an inert document; returns null when it is not well-formed even after
 * mending (see `mend`), and, for RSS, after taking raw HTML in its text elements as text.
 */
export function parseXml(text: string): Document | null {
  const input = EXTERNAL_DTD.test(text.slice(0, 4096)) ? htmlReferences(text) : text;
  const first = parse(input);
  if (first) return first;
  const mended = mend(input);
  return parse(mended) ?? parse(wrapRawHtml(mended));
}
