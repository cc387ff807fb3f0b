import { expect } from '@open-wc/testing';
import { findNeighbours, neighboursIn, sameArticleUrl } from '../../src/sources/neighbours.js';
import { SourceError } from '../../src/sources/errors.js';
import type { Article } from '../../src/sources/models.js';
import { FakeServer, json, recorded } from '../support/fake-server.js';

const SITE = 'http://127.0.0.1:8881';
const POSTS = `${SITE}/wp-json/wp/v2/posts`;

/** The recorded single post (`posts/6`) as the one-item collection `posts?include=6` answers. */
async function currentAsCollection(): Promise<Response> {
  return json([await (await recorded('post-bexbach')).json()]);
}

/** A WordPress whose post 6 sits between the recorded posts 5 and 7. */
function wordPress(): FakeServer {
  return new FakeServer()
    .on('GET', (url) => url.searchParams.has('include') || url.searchParams.has('slug'), currentAsCollection)
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .install();
}

const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('findNeighbours: WordPress', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('asks for the current post, then one post before and one after its raw local date', async () => {
    server = wordPress();
    const { prev, next } = await findNeighbours(POSTS, '6');
    expect(prev?.id).to.equal('5');
    expect(prev?.headline).to.equal('Aktion „Faire Schultüte“ auch im Homburger Eine-Welt-Laden');
    expect(prev?.url).to.equal(`${SITE}/2024/08/27/aktion-faire-schultute-auch-im-homburger-eine-welt-laden/`);
    expect(next?.id).to.equal('7');
    expect(next?.headline).to.equal('Künstliche Intelligenz: Projekt unter Beteiligung saarländischer Hochschulen erhält Millionenförderung');

    const urls = server.requested();
    expect(urls).to.have.length(3);
    expect(params(urls[0])).to.include({ include: '6', per_page: '1' });
    const before = urls.find((u) => u.searchParams.has('before'))!;
    const after = urls.find((u) => u.searchParams.has('after'))!;
    // WordPress compares before/after with the site-local `date`: 10:15 local, not 08:15 GMT.
    expect(params(before)).to.include({ before: '2024-08-28T10:15:00', order: 'desc', per_page: '1', exclude: '6' });
    expect(params(after)).to.include({ after: '2024-08-28T10:15:00', order: 'asc', per_page: '1', exclude: '6' });
    expect(before.searchParams.has('after')).to.equal(false);
    expect(after.searchParams.has('before')).to.equal(false);
    for (const url of urls) {
      expect(url.searchParams.get('per_page'), url.href).to.be.oneOf(['1']);
      expect(url.pathname).to.equal('/wp-json/wp/v2/posts');
      expect(url.searchParams.has('_embed'), 'no embed without thumbnails').to.equal(false);
    }
  });

  it('finds the current post of an article URL by its slug and checks the link', async () => {
    server = wordPress();
    const { prev, next } = await findNeighbours(POSTS, `https://127.0.0.1:8881/2024/08/28/sicherheitspartnerschaft-mit-bexbach?utm_source=x#comments`);
    expect([prev?.id, next?.id]).to.deep.equal(['5', '7']);
    const [lookup] = server.requested();
    expect(lookup.searchParams.get('slug')).to.equal('sicherheitspartnerschaft-mit-bexbach');
    expect(lookup.searchParams.get('per_page')).to.equal('10');
    expect(lookup.searchParams.has('include')).to.equal(false);
  });

  it('keeps the plain-permalink ?rest_route= form on every request', async () => {
    server = wordPress();
    const { prev, next } = await findNeighbours(`${SITE}/?rest_route=/wp/v2/posts`, '6');
    expect([prev?.id, next?.id]).to.deep.equal(['5', '7']);
    const urls = server.requested();
    expect(urls).to.have.length(3);
    for (const url of urls) {
      expect(url.pathname).to.equal('/');
      expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
      expect(url.searchParams.get('per_page')).to.match(/^\d+$/);
    }
    expect(urls.some((u) => u.searchParams.get('before') === '2024-08-28T10:15:00' && u.searchParams.get('order') === 'desc')).to.equal(true);
    expect(urls.some((u) => u.searchParams.get('after') === '2024-08-28T10:15:00' && u.searchParams.get('order') === 'asc')).to.equal(true);
  });

  it('gives no previous article for the oldest post', async () => {
    server = wordPress().on('GET', (url) => url.searchParams.has('before'), () => json([], 200, { 'X-WP-Total': '0' }));
    const { prev, next } = await findNeighbours(POSTS, '6');
    expect(prev).to.equal(null);
    expect(next?.id).to.equal('7');
  });

  it('filters by the current post’s categories with sameCategory', async () => {
    server = wordPress();
    await findNeighbours(POSTS, '6', { sameCategory: true });
    const [, ...neighbourRequests] = server.requested();
    for (const url of neighbourRequests) expect(url.searchParams.get('categories')).to.equal('3,2');
  });

  it('embeds only the featured image when thumbnails are wanted, and still trims the fields', async () => {
    server = wordPress();
    const found = await findNeighbours(POSTS, '6', { thumbnails: true });
    const [, ...neighbourRequests] = server.requested();
    expect(neighbourRequests).to.have.length(2);
    for (const url of neighbourRequests) {
      expect(url.searchParams.get('_embed')).to.equal('wp:featuredmedia');
      expect(url.searchParams.get('_fields')!.split(',').sort()).to.deep.equal(['_embedded', '_links', 'date', 'date_gmt', 'id', 'link', 'title']);
    }
    expect(found.prev?.headline).to.be.a('string').and.not.equal('');
  });

  it('keeps the source’s own filters and turns a single-post source into its collection', async () => {
    server = wordPress();
    await findNeighbours(`${POSTS}/6?lang=de`, '6');
    for (const url of server.requested()) {
      expect(url.pathname).to.equal('/wp-json/wp/v2/posts');
      expect(url.searchParams.get('lang')).to.equal('de');
    }
  });

  it('fails with not-found when the current post is not there', async () => {
    server = new FakeServer().on('GET', 'include=999', () => json([])).install();
    const error = await findNeighbours(POSTS, '999').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SourceError);
    expect((error as SourceError).code).to.equal('not-found');
    expect(server.requests).to.have.length(1);
  });

  it('fails with the server’s code, message and status', async () => {
    server = wordPress().on('GET', (url) => url.searchParams.has('after'), () => json({ code: 'rest_invalid_param', message: 'Ungültiger Parameter: after', data: { status: 400 } }, 400));
    const error = (await findNeighbours(POSTS, '6').catch((e: unknown) => e)) as SourceError;
    expect(error.toDetail()).to.deep.equal({ code: 'rest_invalid_param', message: 'Ungültiger Parameter: after', status: 400 });
  });

  it('passes the abort signal on', async () => {
    server = wordPress();
    const controller = new AbortController();
    controller.abort();
    const error = (await findNeighbours(POSTS, '6', { signal: controller.signal }).catch((e: unknown) => e)) as SourceError;
    expect(error.code).to.equal('aborted');
  });
});

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Saar-Nachrichten',
  items: [
    // Newest first, as feeds list them; one item deliberately out of date order.
    { id: 'a9', url: 'https://news.example/2024/08/31/polizei/', title: 'Tag der offenen Tür', date_published: '2024-08-31T10:15:00+02:00', tags: ['Polizei'] },
    { id: 'a7', url: 'https://news.example/2024/08/29/ki/', title: 'KI-Projekt', date_published: '2024-08-29T10:15:00+02:00', tags: ['Wissenschaft'] },
    { id: 'a8', url: 'https://news.example/2024/08/30/sport/', title: 'Sport &amp; Verein', date_published: '2024-08-30T10:15:00+02:00', tags: ['Sport'] },
    { id: 'a6', url: 'https://news.example/2024/08/28/bexbach/', title: 'Bexbach', date_published: '2024-08-28T10:15:00+02:00', tags: ['Polizei'] },
    { id: 'a5', url: 'https://news.example/?p=5', title: 'Schultüte', date_published: '2024-08-27T10:15:00+02:00', tags: ['Polizei'] },
  ],
};

describe('findNeighbours: feeds', () => {
  let server: FakeServer;
  beforeEach(() => {
    server = new FakeServer().on('GET', 'feed.json', () => json(feed, 200, { 'content-type': 'application/feed+json' })).install();
  });
  afterEach(() => server.uninstall());

  it('orders a JSON Feed by date and finds the current item by URL, whatever its spelling', async () => {
    for (const current of [
      'https://news.example/2024/08/29/ki/',
      'https://news.example/2024/08/29/ki',
      'http://news.example/2024/08/29/ki/',
      'https://news.example/2024/08/29/ki/?utm_source=newsletter&utm_medium=mail',
      'https://news.example/2024/08/29/ki/#kommentare',
    ]) {
      const { prev, next } = await findNeighbours('https://news.example/feed.json', current);
      expect(prev?.headline, current).to.equal('Bexbach');
      expect(next?.headline, current).to.equal('Sport & Verein');
    }
    expect(server.requests).to.have.length(5);
  });

  it('finds the current item by id, and the ends have one neighbour only', async () => {
    expect(await findNeighbours('https://news.example/feed.json', 'a9').then(({ prev, next }) => [prev?.id, next])).to.deep.equal(['a8', null]);
    expect(await findNeighbours('https://news.example/feed.json', 'a5').then(({ prev, next }) => [prev, next?.id])).to.deep.equal([null, 'a6']);
  });

  it('keeps a query that identifies the article (?p=5)', async () => {
    const { next } = await findNeighbours('https://news.example/feed.json', 'https://news.example/?p=5');
    expect(next?.id).to.equal('a6');
    const missing = (await findNeighbours('https://news.example/feed.json', 'https://news.example/?p=4').catch((e: unknown) => e)) as SourceError;
    expect(missing.code).to.equal('not-found');
  });

  it('stays in the current category with sameCategory', async () => {
    const { prev, next } = await findNeighbours('https://news.example/feed.json', 'a6', { sameCategory: true });
    expect([prev?.id, next?.id]).to.deep.equal(['a5', 'a9']);
  });

  it('reads RSS the same way', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
      <item><title>Neu</title><link>https://news.example/neu</link><pubDate>Sat, 31 Aug 2024 08:15:00 GMT</pubDate></item>
      <item><title>Mitte</title><link>https://news.example/mitte</link><pubDate>Fri, 30 Aug 2024 08:15:00 GMT</pubDate></item>
      <item><title>Alt</title><link>https://news.example/alt</link><pubDate>Thu, 29 Aug 2024 08:15:00 GMT</pubDate></item>
    </channel></rss>`;
    server.on('GET', 'rss.xml', () => new Response(rss, { headers: { 'content-type': 'application/rss+xml' } }));
    const { prev, next } = await findNeighbours('https://news.example/rss.xml', 'http://news.example/mitte/');
    expect([prev?.headline, next?.headline]).to.deep.equal(['Alt', 'Neu']);
  });
});

describe('neighboursIn', () => {
  const article = (id: string, date?: string): Article => ({ id, url: `https://x.example/${id}`, headline: id, excerptHtml: '', date });

  it('breaks ties of equal dates by feed order (newest first)', () => {
    const list = [article('c', '2024-01-02T00:00:00Z'), article('b', '2024-01-02T00:00:00Z'), article('a', '2024-01-01T00:00:00Z')];
    const { prev, next } = neighboursIn(list, 'b');
    expect([prev?.id, next?.id]).to.deep.equal(['a', 'c']);
  });

  it('falls back to feed order when the current item has no date', () => {
    const { prev, next } = neighboursIn([article('c'), article('b'), article('a')], 'b');
    expect([prev?.id, next?.id]).to.deep.equal(['a', 'c']);
  });
});

describe('sameArticleUrl', () => {
  it('ignores scheme, trailing slash, fragment and tracking, not other queries', () => {
    expect(sameArticleUrl('https://a.example/x/', 'http://a.example/x#top')).to.equal(true);
    expect(sameArticleUrl('https://a.example/x?fbclid=1', 'https://a.example/x')).to.equal(true);
    expect(sameArticleUrl('https://a.example/?p=1', 'https://a.example/?p=2')).to.equal(false);
    expect(sameArticleUrl('https://a.example/x', 'https://b.example/x')).to.equal(false);
    expect(sameArticleUrl('javascript:alert(1)', 'javascript:alert(1)')).to.equal(false);
  });
});
