import { clamp, htmlToText } from '../sanitize/text.js';
import { escapeHtml, repairText, plainText } from './feed-text.js';
import { NS, alternateLink, child, children, findImage, firstDate, firstText, linkFrom, textOf, type NsTest } from './feed-xml.js';
import type { Article } from './models.js';
import { parseEach } from './skip.js';

/**
 * Atom 1.0 and Atom 0.3 (`modified`/`issued`, `mode="escaped"` and `mode="base64"` content,
 * MIME types in `type`). An entry's own elements are those in its feed's namespace; an entry
 * document (root `<entry>`) is a feed of one.
 */

/** Normalizes an Atom feed. Entries with neither a title nor a link, and entries that fail, are skipped. */
export function parseAtom(doc: Document, base: string): Article[] {
  const root = doc.documentElement;
  const ns = root.namespaceURI;
  const entries = root.localName === 'entry' ? [root] : children(root, 'entry', ns);
  const feedAuthor = authorOf(root, ns);
  // One bad entry never blanks the rest of the list: it is skipped and counted.
  return parseEach(entries, (entry) => atomEntry(entry, ns, base, feedAuthor), 'Atom entries');
}

function atomEntry(entry: Element, ns: string | null, base: string, feedAuthor: string): Article | null {
  const headline = constructText(child(entry, 'title', ns));
  const url = entryLink(entry, ns, base);
  if (!url && !headline) return null;
  const { image, credit } = findImage(entry, base, ns);
  const category = child(entry, 'category', ns);
  return {
    id: textOf(child(entry, 'id', ns)) || url,
    url,
    headline,
    excerptHtml: constructHtml(child(entry, 'summary', ns) ?? child(entry, 'content', ns)),
    image,
    credit,
    author: authorOf(entry, ns) || plainText(firstText(entry, [['creator', NS.dc]])) || feedAuthor || undefined,
    date: firstDate(entry, dates(ns)),
    category: plainText(category?.getAttribute('label') || category?.getAttribute('term') || textOf(category) || firstText(entry, [['subject', NS.dc]])) || undefined,
  };
}

/** Atom 1.0 dates, then Atom 0.3's, then Dublin Core's. */
const dates = (ns: string | null): Array<[string, NsTest]> => [
  ['published', ns],
  ['issued', ns],
  ['updated', ns],
  ['modified', ns],
  ['created', ns],
  ['date', NS.dc],
];

/** The entry's page: its alternate link (see `alternateLink`), else its `id` when that is an http(s) URL, as feed readers do. */
function entryLink(entry: Element, ns: string | null, base: string): string {
  const id = child(entry, 'id', ns);
  const text = textOf(id);
  return alternateLink(entry, ns, base) || (id && /^https?:\/\//i.test(text) ? linkFrom(text, id, base) : '');
}

const authorOf = (holder: Element, ns: string | null): string => firstText(holder, [['author', ns]], (author) => plainText(firstText(author, [['name', ns]])));

/**
 * What an Atom text construct holds, and as what. Atom 1.0 says `type="text|html|xhtml"`; Atom
 * 0.3 a MIME type plus `mode="xml|escaped|base64"`. Child elements make it XHTML whatever it claims.
 */
function construct(el: Element): ['text' | 'html' | 'xhtml', string] {
  const type = (el.getAttribute('type') ?? 'text').trim().toLowerCase();
  const mode = (el.getAttribute('mode') ?? '').trim().toLowerCase();
  const raw = repairText(el.textContent ?? '');
  const kind =
    el.firstElementChild && mode !== 'escaped' ? 'xhtml'
    : /^(text\/)?html$/.test(type) || (mode === 'escaped' && /html/.test(type)) ? 'html'
    : /^(application\/)?xhtml(\+xml)?$/.test(type) ? 'xhtml'
    : 'text';
  return [kind, mode === 'base64' ? decodeBase64(raw) : raw];
}

/** A text construct as text: `html` decoded, `xhtml` its text content, `text` as is. */
function constructText(el: Element | undefined): string {
  if (!el) return '';
  const [kind, raw] = construct(el);
  return kind === 'html' ? htmlToText(raw) : clamp(raw);
}

/** A text construct as HTML for the sanitizer: `text` escaped, `xhtml` serialized, `html` as is. */
function constructHtml(el: Element | undefined): string {
  if (!el) return '';
  const [kind, raw] = construct(el);
  if (kind === 'html') return raw;
  if (kind === 'text') return escapeHtml(raw.trim());
  const serializer = new XMLSerializer();
  return Array.from(el.childNodes, (node) => serializer.serializeToString(node)).join('').trim();
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
