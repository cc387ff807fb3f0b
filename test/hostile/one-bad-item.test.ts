import { expect, fixture, html } from '@open-wc/testing';
import '../../src/press-widgets.js';
import { FakeServer, json } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

const SITE = 'https://news.example';
const HOSTILE = ['<frameset>', '<frameset><frame src="javascript:window.__xss=1">', '<html><frameset></frameset>', `<img src=x onerror="window.__xss='name'">`];

describe('one hostile item never blanks the rest (elements)', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  for (const name of HOSTILE) {
    it(`press-comments: an author named ${JSON.stringify(name)} leaves the rest of the thread`, async () => {
      server = new FakeServer()
        .on('GET', '/wp/v2/comments', () =>
          json([
            { id: 1, post: 6, parent: 0, author_name: 'Anna', date_gmt: '2024-08-28T08:00:00', content: { rendered: '<p>Eins</p>' } },
            { id: 2, post: 6, parent: 0, author_name: name, date_gmt: '2024-08-28T09:00:00', content: { rendered: name } },
            { id: 3, post: 6, parent: 2, author_name: 'Ben', date_gmt: '2024-08-28T10:00:00', content: { rendered: '<p>Drei</p>' } },
          ]),
        )
        .install();
      const el = await fixture(html`<press-comments eager source=${`${SITE}/wp-json/wp/v2/comments`} post="6"></press-comments>`);
      await until(() => shadow(el).querySelectorAll('[part~="comment"]').length === 3 || shadow(el).querySelector('[part~="error"]'), 3000, 'the thread');
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(el).querySelectorAll('[part~="comment"]').length).to.equal(3);
      expect(text(shadow(el).querySelector('#comment-3'))).to.contain('Drei');
      expect(shadow(el).querySelector('form[part~="form"]')).to.not.equal(null);
      expect(window.__xss).to.equal(undefined);
    });

    it(`press-nav: a neighbour titled ${JSON.stringify(name)} leaves the other link`, async () => {
      server = new FakeServer()
        .on('GET', (url) => url.searchParams.has('include'), () => json([{ id: 6, date: '2024-05-01T10:00:00', link: `${SITE}/six` }]))
        .on('GET', (url) => url.searchParams.has('before'), () => json([{ id: 5, date: '2024-04-01T10:00:00', link: `${SITE}/five`, title: { rendered: name } }]))
        .on('GET', (url) => url.searchParams.has('after'), () => json([{ id: 7, date: '2024-06-01T10:00:00', link: `${SITE}/seven`, title: { rendered: 'Sieben' } }]))
        .install();
      const el = await fixture(html`<press-nav eager source=${`${SITE}/wp-json/wp/v2/posts`} current="6"></press-nav>`);
      await until(() => shadow(el).querySelector('[part~="next"], [part~="error"]'), 3000, 'the nav');
      const next = shadow(el).querySelector<HTMLAnchorElement>('[part~="next"]');
      expect(next?.href).to.equal(`${SITE}/seven`);
      expect(text(next)).to.contain('Sieben');
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(window.__xss).to.equal(undefined);
    });
  }
});

describe('one hostile field never blanks a card', () => {
  for (const markup of HOSTILE) {
    it(`press-card with headline, excerpt, credit and author ${JSON.stringify(markup)} still renders its link`, async () => {
      const el = await fixture(html`<press-card href="https://news.example/a" headline=${`${markup}Titel`} excerpt=${markup} credit=${markup} author=${markup} category=${markup}></press-card>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="headline"] a, a[part~="link"]');
      expect(link?.href).to.equal('https://news.example/a');
      expect(text(link)).to.contain('Titel');
      expect(window.__xss).to.equal(undefined);
    });
  }
});
