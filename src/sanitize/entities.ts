import { sanitizeToFragment } from './html.js';

/**
 * The common cases of text from WordPress without a parse each: a title or name that holds
 * character references (`&#8222;Faire Schult&uuml;te&#8220; &amp; mehr`), a caption in a bare
 * paragraph (`<p>Foto: MIBS/C. Stoll</p>`). Most text fields look like that, and parsing each one
 * in a document of its own is most of what reading a list costs. A named reference reads as a
 * parser read it the first time the name came up. Anything these do not read exactly as an HTML
 * parser would is left to the parser: they answer null for other markup, for a reference without
 * its `;` and for the code points the parser maps or replaces.
 */

/**
 * The text content an HTML parser makes of `html`, parsed inside DOMPurify (inert, Trusted Types
 * aware) by the excerpt purifier: whatever it keeps or drops, the text is the same, and one
 * configured purifier fewer is made at load. Throws when DOMPurify returns nothing.
 */
export const parsedText = (html: string): string => sanitizeToFragment(html, 'excerpt').textContent!;

/** What a parser made of a reference (`&uuml;`, `&#8222;`) in text; bounded (a hostile feed may hold endless ones). */
const references = new Map<string, string>();

/** A reference ending in ";" (`&uuml;`, `&#8222;`) as text: it reads the same wherever it stands in text, as a parser read it once. */
export function decodeReference(reference: string): string {
  let value = references.get(reference);
  if (value === undefined) {
    if (references.size >= 1000) references.clear();
    references.set(reference, (value = parsedText(reference)));
  }
  return value;
}

const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})?(;)?/g;

/** `text` with its character references decoded, or null when only an HTML parser can say what it means. */
export function decodeEntities(text: string): string | null {
  // A parser drops NUL characters from text; markup is a parser's business altogether.
  if (text.includes('<') || text.includes('\0')) return null;
  let unsure = false;
  const decoded = text.replace(REFERENCE, (match: string, body?: string, semicolon?: string, offset = 0) => {
    // A bare "&" (as in "Tom & Jerry") is text, unless a "#" follows: that may start a reference.
    // Without its ";" a reference may run on into what follows: the parser must see it in place.
    if (!body ? text[offset + 1] === '#' : !semicolon) unsure = true;
    if (!body || !semicolon) return match;
    return decodeReference(match);
  });
  return unsure ? null : decoded;
}

/** Tags without attributes that only wrap text: paragraphs and line breaks part words, the rest does not. */
const SIMPLE_TAG = /<\/?(p|br|b|strong|i|em|span|small|sub|sup)\s*\/?>/gi;
const BREAKING = /^<\/?(p|br)\b/i;

/**
 * The text of `html` when it is only text, references and attribute-free paragraphs, breaks and
 * emphasis, with a space where a paragraph or break parts words (whitespace is the caller's to
 * collapse); null for anything else.
 */
export function simpleText(html: string): string | null {
  return decodeEntities(html.includes('<') ? html.replace(SIMPLE_TAG, (tag) => (BREAKING.test(tag) ? ' ' : '')) : html);
}
