import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);

/** Elements that separate words when markup is flattened to text. */
const BREAKS = ['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'figcaption'];

/** No text field (name, headline, credit) is ever longer than this: a megabyte "name" is cut, not rendered. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Turns an HTML-encoded string (`&#8222;Faire Schult&uuml;te&#8220;`, `<p>Foto: …</p>`) into the
 * plain text a reader should see. Parsing happens inside DOMPurify (inert, Trusted Types aware);
 * the result is bound as text, so `&lt;script&gt;` shows as the characters `<script>`.
 * Total: whatever the input, it returns a string and never throws (one hostile name must not
 * take a whole thread with it).
 */
export function htmlToText(html: string | null | undefined): string {
  if (html == null) return '';
  let input: string;
  try {
    input = String(html).slice(0, MAX_TEXT_LENGTH * 4);
  } catch {
    return '';
  }
  if (!/[<&]/.test(input)) return clamp(input);
  try {
    return clamp(flatten(input));
  } catch {
    // Input DOMPurify cannot parse into a body (`<frameset>…`): fall back to the markup stripped
    // by hand. Bound as text, whatever survives here stays characters, never markup.
    return clamp(input.replace(/<[^>]*>?/g, ' ').replace(/[<>]/g, ''));
  }
}

function flatten(input: string): string {
  // A leading <br> closes the parser's "frameset-ok" door, so a <frameset> in the input cannot
  // replace the body (for a document without one DOMPurify returns null instead of a fragment).
  const fragment = purifier.sanitize(`<br>${input}`, {
    ALLOWED_TAGS: ['#text', ...BREAKS],
    ALLOWED_ATTR: [],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment | null;
  if (!fragment) throw new TypeError('no fragment');
  // Words on either side of a paragraph or line break must not run together ("Erster</p><p>Zweiter").
  for (const el of Array.from(fragment.querySelectorAll(BREAKS.join(',')))) el.replaceWith(' ', ...Array.from(el.childNodes), ' ');
  return fragment.textContent ?? '';
}

function clamp(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT_LENGTH ? `${flat.slice(0, MAX_TEXT_LENGTH - 1)}…` : flat;
}
