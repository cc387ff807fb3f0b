import { expect } from '@open-wc/testing';
import { decodeEntities, simpleText } from '../../src/sanitize/entities.js';
import { htmlToText } from '../../src/sanitize/text.js';

/** What an HTML parser makes of `text` as the content of a body: the answer decodeEntities must match. */
const parsed = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent;

describe('decodeEntities', () => {
  it('decodes what WordPress titles and names hold, exactly as a parser does', () => {
    for (const text of [
      'Meldung 1: &#8222;Faire Schult&uuml;te&#8220; &amp; mehr',
      'Kommunales &amp; Ehrenamt',
      'O&#039;Brien',
      'A &#x201E;hex&#X201c; reference',
      'Tom & Jerry, 5 &lt; 6 &gt; 4, &quot;so&quot; &apos;so&apos;',
      'Stra&szlig;e &ndash; &hellip;&nbsp;weiter &euro; &copy;',
      '&;', '& ', '&&',
      '&#128512; astral',
      // Every reference reads as the parser read it once: unknown names, legacy prefixes (`&amp` of
      // `&ampx;`), and the code points it replaces or remaps too.
      '&notin; &NotSubsetEqual; &bogus; &ampx;',
      '&#0; replaced, &#150; remapped from windows-1252, &#xD800; a surrogate, &#x110000; past Unicode, &#13; kept',
    ]) {
      const decoded = decodeEntities(text);
      expect(decoded, text).not.to.equal(null);
      expect(decoded, text).to.equal(parsed(text));
    }
  });

  it('leaves to the parser what it cannot decode exactly', () => {
    for (const text of [
      '<b>markup</b>',
      '&amp without semicolon',
      '&#8222 without semicolon',
      'a&b (no legacy name, but left to the parser all the same)',
      '&#12345678;',
      '&#;',
      '&#xZZ;',
      'a NUL \u0000 the parser drops',
    ]) {
      expect(decodeEntities(text), text).to.equal(null);
    }
  });

  it('simpleText reads bare paragraphs, breaks and emphasis as htmlToText does, and nothing more', () => {
    for (const text of ['<p>Foto: MIBS/C. Stoll</p>\n', 'Erster</p><p>Zweiter', 'a<br>b<BR/>c', '<P>Gro&szlig;</P>', '<p>&notin;</p>', '<b>fett</b> und <em>kursiv</em>ist', '</p>', 'kein <span>Leerzeichen</span>hier']) {
      const simple = simpleText(text);
      expect(simple, text).not.to.equal(null);
      expect(simple!.replace(/\s+/g, ' ').trim(), text).to.equal(htmlToText(`<div>${text}</div>`));
    }
    for (const text of ['<p class="x">a</p>', '<a href="x">a</a>', '<script>x</script>', 'a < b', '<!-- c -->', '<img src=x onerror=alert(1)>']) {
      expect(simpleText(text), text).to.equal(null);
    }
  });

  it('htmlToText gives the same text with and without the shortcut', () => {
    for (const text of ['  Meldung &#8222;1&#8220;\n&amp;  mehr ', 'Kommunales &amp; Ehrenamt', '&#150; und &notin;', 'x &lt;script&gt;alert(1)&lt;/script&gt;']) {
      expect(htmlToText(text), text).to.equal((parsed(text) ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(htmlToText('x &lt;script&gt;')).to.equal('x <script>');
  });
});
