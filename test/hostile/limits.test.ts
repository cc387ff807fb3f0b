import { expect, fixture, html } from '@open-wc/testing';
import '../../src/press-widgets.js';
import { htmlToText, MAX_TEXT_LENGTH } from '../../src/sanitize/text.js';
import { MAX_URL_LENGTH, safeUrl } from '../../src/sanitize/url.js';
import { FakeServer, json } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

const LONG = 'W'.repeat(10_000);

describe('limits', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('text fields are cut at MAX_TEXT_LENGTH with an ellipsis, by code point', () => {
    const cut = htmlToText(LONG);
    expect(cut.length).to.equal(MAX_TEXT_LENGTH);
    expect(cut.endsWith('…')).to.equal(true);
    const emoji = htmlToText('😀'.repeat(3000), 10);
    expect(Array.from(emoji)).to.have.length(10);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).to.equal(false);
  });

  it('URLs longer than MAX_URL_LENGTH are refused, shorter ones kept', () => {
    const ok = `https://example.org/${'a'.repeat(MAX_URL_LENGTH - 40)}`;
    expect(safeUrl(ok)).to.equal(ok);
    expect(safeUrl(`https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`)).to.equal('');
  });

  it('a 10 000-character name or headline never widens the page: cards, nav and comments stay in a 360 px column', async () => {
    server = new FakeServer()
      .on('GET', '/wp/v2/comments', () => json([
        { id: 1, post: 6, parent: 0, author_name: LONG, author_url: `https://example.org/${'u'.repeat(8000)}`, date_gmt: '2024-08-28T08:00:00', content: { rendered: `<p>${LONG}</p>` } },
        { id: 2, post: 6, parent: 1, author_name: 'Ben', date_gmt: '2024-08-28T09:00:00', content: { rendered: '<p>Kurz</p>' } },
      ]))
      .install();
    const column = await fixture<HTMLElement>(html`<div style="width: 360px">
      <press-card headline=${LONG} href="https://example.org/a" author=${LONG} category=${LONG} credit=${LONG} excerpt=${`<p>${LONG}</p>`}></press-card>
      <press-nav prev-href="https://example.org/p" prev-headline=${LONG} next-href="https://example.org/n" next-headline=${LONG}></press-nav>
      <press-comments eager source="https://news.example/wp-json/wp/v2/comments" post="6"></press-comments>
    </div>`);
    const comments = column.querySelector('press-comments')!;
    await until(() => shadow(comments).querySelectorAll('[part~="comment"]').length === 2, 3000, 'the thread');
    for (const el of [...column.children, ...[...column.children].flatMap((c) => [...shadow(c).querySelectorAll('*')])]) {
      const box = el.getBoundingClientRect();
      const left = column.getBoundingClientRect().left;
      expect(box.right - left, `${el.localName}.${(el as HTMLElement).className} sticks out`).to.be.at.most(361);
    }
    const name = text(shadow(comments).querySelector('#comment-1 .author'));
    expect(name.length).to.be.at.most(245);
    expect(shadow(comments).querySelector('#comment-1 a[href*="uuuu"]'), 'an over-long website is not linked').to.equal(null);
    const limits = ['author', 'email', 'url'].map((name) => shadow(comments).querySelector<HTMLInputElement>(`[name="${name}"]`)!.maxLength);
    expect(limits, "the form's fields stop where WordPress would refuse").to.deep.equal([245, 100, 200]);
  });
});
