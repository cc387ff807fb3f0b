import { parsedText, simpleText } from './entities.js';

/** Tags of elements that separate words when markup is flattened to text. */
const BREAKS = /<\/?(p|br|div|li|h[1-6]|blockquote|tr|td|th|figcaption)\b/gi;

/** No text field (name, headline, credit) is ever longer than this: a megabyte "name" is cut, not rendered. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Turns an HTML-encoded string (`&#8222;Faire Schult&uuml;te&#8220;`, `<p>Foto: …</p>`) into the
 * plain text a reader should see. Parsing happens inside DOMPurify (inert, Trusted Types aware);
 * the result is bound as text, so `&lt;script&gt;` shows as the characters `<script>`.
 * Longer text is cut to `max` characters with an ellipsis. Total: whatever the input, it returns
 * a string and never throws (one hostile name must not take a whole thread with it).
 */
export function htmlToText(html: string | null | undefined, max = MAX_TEXT_LENGTH): string {
  if (html == null) return '';
  let input: string;
  try {
    // Generous, for a page's error body whose text follows a long <head>; bounded all the same.
    input = String(html).slice(0, max * 50);
  } catch {
    return '';
  }
  if (!/[<&]/.test(input)) return clamp(input, max);
  // Most titles, names and captions hold references and bare paragraphs at most: read without a parser.
  const plain = simpleText(input);
  if (plain !== null) return clamp(plain, max);
  try {
    // Words on either side of a paragraph or line break must not run together ("Erster</p><p>Zweiter").
    return clamp(parsedText(input.replace(BREAKS, ' $&')), max);
  } catch {
    // Input DOMPurify cannot parse into a body (`<frameset>…`): fall back to the markup stripped
    // by hand. Bound as text, whatever survives here stays characters, never markup.
    return clamp(input.replace(/<[^>]*>?/g, ' ').replace(/[<>]/g, ''), max);
  }
}

/** Plain text as a field shows it: whitespace collapsed, cut to `max` characters with an ellipsis. */
export function clamp(text: string, max = MAX_TEXT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // By code point, so the cut never splits an emoji into a lone surrogate.
  return flat.length > max ? `${Array.from(flat).slice(0, max - 1).join('')}…` : flat;
}
