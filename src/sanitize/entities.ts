/**
 * The common cases of text from WordPress without a parser: a title or name that holds character
 * references (`&#8222;Faire Schult&uuml;te&#8220; &amp; mehr`), a caption in a bare paragraph
 * (`<p>Foto: MIBS/C. Stoll</p>`). Most text fields look like that, and parsing each one in a
 * document of its own is most of what reading a list costs. Anything these do not read exactly as
 * an HTML parser would is left to the parser: they answer null for other markup, for a reference
 * without its `;`, for a name not in the table and for the code points the parser maps or replaces.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', middot: '·', bull: '•', euro: '€', copy: '©', reg: '®', trade: '™', deg: '°',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', ntilde: 'ñ', oacute: 'ó', iacute: 'í', uacute: 'ú',
};

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}))?(;)?/g;

/** Code points a parser keeps as they are; the rest it replaces (U+0000, surrogates) or remaps (0x80–0x9F). */
const kept = (cp: number): boolean => (cp >= 0x20 && cp < 0x7f) || cp === 0x09 || cp === 0x0a || cp === 0x0c || (cp >= 0xa0 && cp < 0xd800) || (cp > 0xdfff && cp <= 0x10ffff);

/** `text` with its character references decoded, or null when only an HTML parser can say what it means. */
export function decodeEntities(text: string): string | null {
  // A parser drops NUL characters from text; markup is a parser's business altogether.
  if (text.includes('<') || text.includes('\0')) return null;
  let unsure = false;
  const decoded = text.replace(REFERENCE, (match: string, dec?: string, hex?: string, name?: string, semicolon?: string, offset = 0) => {
    if (dec === undefined && hex === undefined && name === undefined) {
      // A bare "&" (as in "Tom & Jerry") is text, unless a "#" follows: that may start a reference.
      if (text[offset + 1] === '#') unsure = true;
      return match;
    }
    if (!semicolon) {
      unsure = true;
      return match;
    }
    if (name !== undefined) {
      const value = NAMED[name];
      if (value === undefined) unsure = true;
      return value ?? match;
    }
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (!kept(cp)) {
      unsure = true;
      return match;
    }
    return String.fromCodePoint(cp);
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
