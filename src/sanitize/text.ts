import DOMPurify from 'dompurify';
import { decodeEntities } from './entities.js';

const purifier = DOMPurify(window);

/** Elements that separate words when markup is flattened to text. */
const BREAKS = ['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'figcaption'];

/**
 * Turns an HTML-encoded string (`&#8222;Faire Schult&uuml;te&#8220;`, `<p>Foto: …</p>`) into the
 * plain text a reader should see. Parsing happens inside DOMPurify (inert, Trusted Types aware);
 * the result is bound as text, so `&lt;script&gt;` shows as the characters `<script>`.
 */
export function htmlToText(html: string | null | undefined): string {
  if (html == null) return '';
  const input = String(html);
  if (!/[<&]/.test(input)) return input.replace(/\s+/g, ' ').trim();
  // Most titles and names hold references but no markup: decoded without a parser.
  const plain = decodeEntities(input);
  if (plain !== null) return plain.replace(/\s+/g, ' ').trim();
  const fragment = purifier.sanitize(input, { ALLOWED_TAGS: ['#text', ...BREAKS], ALLOWED_ATTR: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  // Words on either side of a paragraph or line break must not run together ("Erster</p><p>Zweiter").
  for (const el of Array.from(fragment.querySelectorAll(BREAKS.join(',')))) el.replaceWith(' ', ...Array.from(el.childNodes), ' ');
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}
