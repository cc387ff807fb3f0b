import { expect } from '@open-wc/testing';
import { ALLOW_LISTS, sanitizeHtml, type HtmlPlace } from '../../src/sanitize/html.js';
import { htmlToText, MAX_TEXT_LENGTH } from '../../src/sanitize/text.js';
import { parseArticles } from '../../src/sources/articles.js';
import { findNeighbours, neighboursIn } from '../../src/sources/neighbours.js';
import { loadComments, parseComment } from '../../src/sources/wordpress-comments.js';
import { parseWordPressPosts } from '../../src/sources/wordpress.js';
import { FakeServer, json } from '../support/fake-server.js';
import { HOSTILE_BODIES, HOSTILE_NAMES, HOSTILE_URLS } from './comment-corpus.js';
import { XSS_CORPUS } from './xss-corpus.js';

/** Markup that makes the HTML parser build a document without a body, and other parser oddities. */
const BODYLESS = ['<frameset>', '<frameset><frame src="x">', '<html><frameset></frameset></html>', '<body><frameset>', '<!--', '<![CDATA[', '<plaintext>', '<xmp>', '\u0000<frameset>', '<svg><frameset>'];
const CORPUS = [...BODYLESS, ...XSS_CORPUS, ...HOSTILE_BODIES, ...HOSTILE_NAMES, ...HOSTILE_URLS, 'x'.repeat(50_000)];
const BASE = 'https://example.org/feed';
// Control characters cannot appear in XML at all (the whole document would be malformed): dropped here.
const xml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('one hostile item never blanks the rest: text extraction and every parser are total', () => {
  it('htmlToText returns a bounded string for every input and never throws', () => {
    for (const payload of CORPUS) {
      const text = htmlToText(payload);
      expect(text, payload).to.be.a('string');
      expect(text.length, payload).to.be.at.most(MAX_TEXT_LENGTH);
    }
    expect(htmlToText('<frameset>Name')).to.equal('Name');
    expect(htmlToText('Anna <frameset>')).to.equal('Anna');
  });

  it('sanitizeHtml returns a string for every input in every place, and keeps what follows a <frameset>', () => {
    for (const place of Object.keys(ALLOW_LISTS) as HtmlPlace[]) {
      for (const payload of CORPUS) expect(sanitizeHtml(payload, place), `${place} ${payload}`).to.be.a('string');
      expect(sanitizeHtml('<frameset><p>Danach</p>', place), place).to.equal('<p>Danach</p>');
    }
  });

  it('parseArticles (WordPress JSON): the posts around a hostile one stay', () => {
    for (const payload of CORPUS) {
      const hostile = { id: 2, link: payload, title: { rendered: payload }, excerpt: { rendered: payload }, _embedded: { author: [{ name: payload }], 'wp:featuredmedia': [{ source_url: payload, caption: { rendered: payload }, alt_text: payload }], 'wp:term': [[{ taxonomy: 'category', name: payload }]] } };
      const posts = [{ id: 1, link: '/a', title: { rendered: 'Eins' } }, hostile, { id: 3, link: '/c', title: { rendered: 'Drei' } }];
      const articles = parseArticles(JSON.stringify(posts), 'application/json', BASE);
      expect(articles.map((a) => a.headline).filter((h) => h === 'Eins' || h === 'Drei'), payload).to.deep.equal(['Eins', 'Drei']);
      expect(parseWordPressPosts([posts[0], null, 'x', 7, [], hostile], BASE).length, payload).to.be.oneOf([1, 2]);
    }
  });

  it('parseArticles (JSON Feed): the items around a hostile one stay', () => {
    for (const payload of CORPUS) {
      const items = [{ id: '1', url: '/a', title: 'Eins' }, { id: payload, url: payload, title: payload, summary: payload, authors: [{ name: payload }], tags: [payload], image: payload }, { id: '3', url: '/c', title: 'Drei' }];
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: payload, items };
      const headlines = parseArticles(JSON.stringify(feed), 'application/feed+json', BASE).map((a) => a.headline);
      expect(headlines.filter((h) => h === 'Eins' || h === 'Drei'), payload).to.deep.equal(['Eins', 'Drei']);
    }
  });

  it('parseArticles (RSS and Atom): the items around a hostile one stay', () => {
    for (const payload of CORPUS) {
      const p = xml(payload);
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${p}</title>
        <item><title>Eins</title><link>https://example.org/a</link></item>
        <item><title>${p}</title><link>${p}</link><description>${p}</description><dc:creator>${p}</dc:creator><category>${p}</category><media:content url="${p.replace(/"/g, '&quot;')}"><media:credit>${p}</media:credit></media:content></item>
        <item><title>Drei</title><link>https://example.org/c</link></item></channel></rss>`;
      const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${p}</title>
        <entry><title>Eins</title><link href="https://example.org/a"/></entry>
        <entry><title type="html">${p}</title><link href="${p.replace(/"/g, '&quot;')}"/><summary type="html">${p}</summary><author><name>${p}</name></author><category term="${p.replace(/"/g, '&quot;')}"/></entry>
        <entry><title>Drei</title><link href="https://example.org/c"/></entry></feed>`;
      for (const [body, type] of [[rss, 'application/rss+xml'], [atom, 'application/atom+xml']]) {
        const headlines = parseArticles(body, type, BASE).map((a) => a.headline);
        expect(headlines.filter((h) => h === 'Eins' || h === 'Drei'), `${type} ${payload}`).to.deep.equal(['Eins', 'Drei']);
      }
    }
  });

  it('parseComment never throws and keeps a hostile name as text', () => {
    for (const payload of CORPUS) {
      const comment = parseComment({ id: 5, post: 1, parent: 0, author_name: payload, author_url: payload, author_avatar_urls: { 96: payload }, content: { rendered: payload }, link: payload, date: payload, status: payload }, BASE);
      expect(comment, payload).to.not.equal(null);
      expect(comment!.authorName, payload).to.be.a('string');
    }
    for (const junk of [null, undefined, 7, 'x', [], { id: 'x' }, { id: -1 }, { id: 1.5 }]) expect(parseComment(junk, BASE)).to.equal(null);
  });

  describe('through the loaders', () => {
    let server: FakeServer;
    afterEach(() => server?.uninstall());

    it('loadComments: a <frameset> author and junk items skip only themselves, counted in one warning', async () => {
      const thread = [
        { id: 1, post: 6, parent: 0, author_name: 'Anna', content: { rendered: '<p>a</p>' } },
        { id: 2, post: 6, parent: 0, author_name: '<frameset>', content: { rendered: '<p>b</p>' } },
        null,
        'not a comment',
        { id: 'three', post: 6 },
        { id: 4, post: 6, parent: 2, author_name: 'Ben', content: { rendered: '<p>d</p>' } },
      ];
      server = new FakeServer().on('GET', '/wp/v2/comments', () => json(thread)).install();
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      const page = await loadComments('http://127.0.0.1:8881/wp-json/wp/v2/comments', { post: 6 }).finally(() => (console.warn = warn));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/skipped 3 .*comment/);
      expect(page.comments.map((c) => [c.id, c.authorName])).to.deep.equal([[1, 'Anna'], [2, ''], [4, 'Ben']]);
    });

    it('findNeighbours (WordPress): a neighbour titled <frameset> leaves the other side intact', async () => {
      server = new FakeServer()
        .on('GET', (url) => url.searchParams.has('include'), () => json([{ id: 6, date: '2024-05-01T10:00:00', link: 'https://example.org/six' }]))
        .on('GET', (url) => url.searchParams.has('before'), () => json([{ id: 5, date: '2024-04-01T10:00:00', link: 'https://example.org/five', title: { rendered: '<frameset><frame src="javascript:alert(1)">' } }]))
        .on('GET', (url) => url.searchParams.has('after'), () => json([{ id: 7, date: '2024-06-01T10:00:00', link: 'https://example.org/seven', title: { rendered: 'Sieben' } }]))
        .install();
      const { prev, next } = await findNeighbours('http://127.0.0.1:8881/wp-json/wp/v2/posts', '6');
      expect(prev?.url).to.equal('https://example.org/five');
      expect(next?.headline).to.equal('Sieben');
    });

    it('neighboursIn (feeds): hostile titles around the current article change nothing', () => {
      for (const payload of CORPUS) {
        const articles = parseArticles(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [
          { id: 'n', url: '/n', title: payload, date_published: '2024-06-01T00:00:00Z' },
          { id: 'c', url: '/c', title: 'Current', date_published: '2024-05-01T00:00:00Z' },
          { id: 'p', url: '/p', title: 'Prev', date_published: '2024-04-01T00:00:00Z' },
        ] }), 'application/feed+json', BASE);
        const { prev, next } = neighboursIn(articles, 'c');
        expect(prev?.headline, payload).to.equal('Prev');
        expect(next?.id, payload).to.equal('n');
      }
    });
  });
});
