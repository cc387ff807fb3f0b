import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { htmlToText } from '../../src/sanitize/text.js';
import { XSS_CORPUS } from './xss-corpus.js';

describe('htmlToText', () => {
  it('decodes numeric, hex and named entities', () => {
    expect(htmlToText('Aktion &#8222;Faire Schult&uuml;te&#8220;')).to.equal('Aktion „Faire Schultüte“');
    expect(htmlToText('&#x201E;Zitat&#x201C; &amp; mehr &hellip;')).to.equal('„Zitat“ & mehr …');
  });

  it('decodes once only: double-encoded text stays visibly encoded', () => {
    expect(htmlToText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('drops tags but keeps their text, with a space between blocks and at <br>', () => {
    expect(htmlToText('<p>Foto: MIBS/C. Stoll</p>\n')).to.equal('Foto: MIBS/C. Stoll');
    expect(htmlToText('<p>Erster</p><p>Zweiter</p>')).to.equal('Erster Zweiter');
    expect(htmlToText('Zeile<br>Zeile')).to.equal('Zeile Zeile');
    expect(htmlToText('Wort<em>teil</em>')).to.equal('Wortteil');
  });

  it('drops the content of script and style, keeps encoded markup as visible characters', () => {
    expect(htmlToText('Hallo<script>alert(1)</script><style>p{}</style>')).to.equal('Hallo');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('collapses white space including no-break spaces, and trims', () => {
    expect(htmlToText('  a \n\t b&nbsp;&nbsp;c  ')).to.equal('a b c');
    expect(htmlToText('plain  text')).to.equal('plain text');
  });

  it('handles null, undefined, empty and a lone "<"', () => {
    expect(htmlToText(null)).to.equal('');
    expect(htmlToText(undefined)).to.equal('');
    expect(htmlToText('')).to.equal('');
    expect(htmlToText('a < b')).to.equal('a < b');
  });

  it('its output of the XSS corpus, bound as text, builds no element and runs nothing', async () => {
    (window as { __xss?: unknown }).__xss = undefined;
    const host = document.createElement('div');
    document.body.append(host);
    render(html`${XSS_CORPUS.map((payload) => html`<span>${htmlToText(payload)}</span>`)}`, host);
    await new Promise((r) => setTimeout(r, 100));
    expect(host.querySelectorAll('*').length).to.equal(XSS_CORPUS.length);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    host.remove();
  });
});
