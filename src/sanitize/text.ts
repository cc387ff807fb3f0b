import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);

/**
 * Turns an HTML-encoded string (`&#8222;Faire Schult&uuml;te&#8220;`, `<p>Foto: …</p>`) into the
 * plain text a reader should see. Parsing happens inside DOMPurify (inert, Trusted Types aware);
 * the result is bound as text, so `&lt;script&gt;` shows as the characters `<script>`.
 */
export function htmlToText(html: string | null | undefined): string {
  if (html == null) return '';
  const input = String(html);
  if (!/[<&]/.test(input)) return input.replace(/\s+/g, ' ').trim();
  const fragment = purifier.sanitize(input, { ALLOWED_TAGS: ['#text'], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}
