import { expect } from '@open-wc/testing';
import { loadArticles, parseArticles } from '../../src/sources/articles.js';
import type { Article } from '../../src/sources/models.js';
import { isWordPressPostsUrl, postsQuery, restRouteOf, restUrl, siblingRoute, siteRoot, withQuery } from '../../src/sources/wordpress.js';
import { FakeServer, fixtureText, json, recorded } from '../support/fake-server.js';

const SITE = 'http://127.0.0.1:8881';
const parseRecorded = async (name: string): Promise<Article[]> =>
  parseArticles(await fixtureText(`wordpress/${name}.json`), 'application/json; charset=UTF-8', `${SITE}/wp-json/wp/v2/posts`);

describe('WordPress REST URLs', () => {
  it('restRouteOf reads the route from both permalink forms', () => {
    expect(restRouteOf(new URL(`${SITE}/wp-json/wp/v2/posts?per_page=5`))).to.equal('/wp/v2/posts');
    expect(restRouteOf(new URL(`${SITE}/blog/wp-json/wp/v2/comments`))).to.equal('/wp/v2/comments');
    expect(restRouteOf(new URL(`${SITE}/?rest_route=/wp/v2/posts&per_page=2`))).to.equal('/wp/v2/posts');
    expect(restRouteOf(new URL(`${SITE}/index.php?rest_route=%2Fwp%2Fv2%2Fposts`))).to.equal('/wp/v2/posts');
    expect(restRouteOf(new URL(`${SITE}/feed/`))).to.equal('');
  });

  it('tells posts collections from other URLs', () => {
    expect(isWordPressPostsUrl(new URL(`${SITE}/wp-json/wp/v2/comments`))).to.equal(false);
    expect(isWordPressPostsUrl(new URL(`${SITE}/wp-json/wp/v2/posts`))).to.equal(true);
    expect(isWordPressPostsUrl(new URL(`${SITE}/wp-json/wp/v2/posts/6`))).to.equal(true);
    expect(isWordPressPostsUrl(new URL(`${SITE}/?rest_route=/wp/v2/posts`))).to.equal(true);
    expect(isWordPressPostsUrl(new URL(`${SITE}/wp-json/wp/v2/postsomething`))).to.equal(false);
    expect(isWordPressPostsUrl(new URL(`${SITE}/feed.json`))).to.equal(false);
  });

  it('restUrl builds a route under either kind of REST root', () => {
    expect(restUrl(`${SITE}/wp-json/`, 'wp/v2/posts').href).to.equal(`${SITE}/wp-json/wp/v2/posts`);
    expect(restUrl(`${SITE}/wp-json`, '/wp/v2/posts').href).to.equal(`${SITE}/wp-json/wp/v2/posts`);
    expect(restUrl(`${SITE}/blog/wp-json/`, 'wp/v2/comments').href).to.equal(`${SITE}/blog/wp-json/wp/v2/comments`);
    const plain = restUrl(`${SITE}/?rest_route=/`, 'wp/v2/posts');
    expect(plain.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
    expect(plain.pathname).to.equal('/');
    expect(restUrl(`${SITE}/index.php?rest_route=/`, 'wp/v2/posts').pathname).to.equal('/index.php');
  });

  it('siblingRoute switches the route and drops the query, in both forms', () => {
    expect(siblingRoute(new URL(`${SITE}/wp-json/wp/v2/posts?per_page=5`), 'wp/v2/comments').href).to.equal(`${SITE}/wp-json/wp/v2/comments`);
    expect(siblingRoute(new URL(`${SITE}/blog/wp-json/wp/v2/posts`), '/wp/v2/comments').href).to.equal(`${SITE}/blog/wp-json/wp/v2/comments`);
    const plain = siblingRoute(new URL(`${SITE}/?rest_route=/wp/v2/posts&per_page=5`), 'wp/v2/comments');
    expect(plain.searchParams.get('rest_route')).to.equal('/wp/v2/comments');
    expect(plain.searchParams.has('per_page')).to.equal(false);
  });

  it('siteRoot finds the front URL (where wp-comments-post.php lives)', () => {
    expect(siteRoot(new URL(`${SITE}/wp-json/wp/v2/comments?post=6`)).href).to.equal(`${SITE}/`);
    expect(siteRoot(new URL(`${SITE}/blog/wp-json/wp/v2/comments`)).href).to.equal(`${SITE}/blog/`);
    expect(siteRoot(new URL(`${SITE}/?rest_route=/wp/v2/comments&post=6`)).href).to.equal(`${SITE}/`);
    expect(siteRoot(new URL(`${SITE}/blog/index.php?rest_route=/wp/v2/comments#x`)).href).to.equal(`${SITE}/blog/`);
  });

  it('postsQuery asks only what a card shows, through the URL API, keeping rest_route', () => {
    const pretty = postsQuery(new URL(`${SITE}/wp-json/wp/v2/posts?categories=3&per_page=50`), { per_page: 5, page: undefined });
    expect(pretty.pathname).to.equal('/wp-json/wp/v2/posts');
    expect(Object.fromEntries(pretty.searchParams)).to.deep.equal({
      categories: '3',
      per_page: '5',
      _embed: 'author,wp:featuredmedia,wp:term',
      _fields: '_embedded,_links,date,date_gmt,excerpt,id,link,title',
    });
    const plain = postsQuery(new URL(`${SITE}/?rest_route=/wp/v2/posts`), { per_page: 5 });
    expect(plain.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
    expect(plain.searchParams.get('per_page')).to.equal('5');
    expect(plain.searchParams.has('_embed')).to.equal(true);
  });

  it('puts query parameters in one sorted order, whatever order they were given in', () => {
    const a = withQuery(new URL(`${SITE}/wp-json/wp/v2/posts?per_page=3&categories=2`), { order: 'asc', after: '2024-01-01T00:00:00', exclude: '6' });
    const b = withQuery(new URL(`${SITE}/wp-json/wp/v2/posts?categories=2`), { exclude: '6', per_page: 3, after: '2024-01-01T00:00:00', order: 'asc' });
    expect(a.href).to.equal(b.href);
    expect([...a.searchParams.keys()]).to.deep.equal(['after', 'categories', 'exclude', 'order', 'per_page']);
    const plain = withQuery(new URL(`${SITE}/?rest_route=/wp/v2/posts`), { per_page: 2, _fields: 'id' });
    expect([...plain.searchParams.keys()]).to.deep.equal(['_fields', 'per_page', 'rest_route']);
    expect(plain.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
  });
});

describe('WordPress posts', () => {
  it('normalizes the recorded collection with _embed: image, alt, credit, srcset, author, category, date', async () => {
    const articles = await parseRecorded('posts');
    expect(articles.map((a) => a.id)).to.deep.equal(['9', '8', '7', '6', '5', '4']);
    const bexbach = articles[3];
    expect(bexbach).to.deep.include({
      url: `${SITE}/2024/08/28/sicherheitspartnerschaft-mit-bexbach/`,
      headline: 'Sicherheitspartnerschaft mit Bexbach',
      credit: 'Foto: MIBS/C. Stoll',
      author: 'Redaktion MIBS',
      date: '2024-08-28T08:15:00Z',
      category: 'Innere Sicherheit',
    });
    expect(bexbach.excerptHtml).to.contain('<p>Das Ministerium für Inneres');
    expect(bexbach.image).to.deep.include({
      src: `${SITE}/wp-content/uploads/2024/08/sicherheitspartnerschaft-bexbach.jpg`,
      alt: 'Vertreter von Innenministerium und Stadt Bexbach bei der Unterzeichnung im Rathaus',
      width: 1200,
      height: 675,
    });
    expect(articles[0].image, 'a post without a featured image has none').to.equal(undefined);
    expect(articles[0].credit).to.equal(undefined);
  });

  it('builds srcset from the sizes that keep the image’s aspect ratio, narrowest first', async () => {
    const [bexbach] = (await parseRecorded('posts')).filter((a) => a.id === '6');
    const uploads = `${SITE}/wp-content/uploads/2024/08/sicherheitspartnerschaft-bexbach`;
    expect(bexbach.image?.srcset).to.equal(`${uploads}-300x169.jpg 300w, ${uploads}-768x432.jpg 768w, ${uploads}-1024x576.jpg 1024w, ${uploads}.jpg 1200w`);
  });

  it('reads a single post (an object, not an array)', async () => {
    const [post] = await parseRecorded('post-bexbach');
    expect(post.headline).to.equal('Sicherheitspartnerschaft mit Bexbach');
    expect(post.credit).to.equal('Foto: MIBS/C. Stoll');
  });

  it('reads the collections recorded without _embed', async () => {
    expect((await parseRecorded('posts-per_page5-page1')).map((a) => a.headline)).to.have.length(5);
    const plain = await parseRecorded('posts-rest_route');
    expect(plain.map((a) => a.headline)).to.deep.equal(['Tag der offenen Tür bei der saarländischen Polizei', 'Sportstättenförderung: Land unterstützt Sanierung von Vereinsheimen']);
    expect(plain[0].author).to.equal(undefined);
  });

  it('decodes entity-encoded titles, captions, author and category names to text', () => {
    const [article] = parseArticles(
      JSON.stringify([
        {
          id: 5,
          date_gmt: '2024-08-27T08:15:00',
          link: `${SITE}/?p=5`,
          title: { rendered: 'Aktion &#8222;Faire Schult&uuml;te&#8220; &amp; mehr' },
          excerpt: { rendered: '<p>Text</p>' },
          _embedded: {
            author: [{ name: 'Anna &amp; Jonas' }],
            'wp:featuredmedia': [{ source_url: `${SITE}/a.jpg`, alt_text: 'Schult&uuml;te', caption: { rendered: '<p>Foto: &copy; MIBS</p>' } }],
            'wp:term': [[{ taxonomy: 'category', name: 'Handel &amp; Wandel' }]],
          },
        },
      ]),
      'application/json',
      SITE,
    );
    expect(article.headline).to.equal('Aktion „Faire Schultüte“ & mehr');
    expect(article.author).to.equal('Anna & Jonas');
    expect(article.category).to.equal('Handel & Wandel');
    expect(article.credit).to.equal('Foto: © MIBS');
    expect(article.image?.alt).to.equal('Schultüte');
  });

  it('skips items that are not posts and tolerates an unresolvable featured image', () => {
    const articles = parseArticles(
      JSON.stringify([
        null,
        'x',
        { title: { rendered: 'no id' } },
        { id: 1, title: { rendered: 'A' }, link: 'javascript:alert(1)', _embedded: { 'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry' }] } },
        { id: 2, title: { rendered: 'B' }, link: `${SITE}/b/` },
      ]),
      'application/json',
      SITE,
    );
    expect(articles.map((a) => a.headline)).to.deep.equal(['A', 'B']);
    expect(articles[0].url, 'an unsafe link is not kept').to.equal('');
    expect(articles[0].image).to.equal(undefined);
  });
});

describe('loadArticles from WordPress', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('asks /wp-json/wp/v2/posts for _embed and per_page=limit', async () => {
    server = new FakeServer().on('GET', '/wp-json/wp/v2/posts', () => recorded('posts-per_page5-page1')).install();
    const articles = await loadArticles(`${SITE}/wp-json/wp/v2/posts?categories=3`, { limit: 5 });
    expect(articles).to.have.length(5);
    const [url] = server.requested();
    expect(url.pathname).to.equal('/wp-json/wp/v2/posts');
    expect(url.searchParams.get('per_page')).to.equal('5');
    expect(url.searchParams.has('_embed')).to.equal(true);
    expect(url.searchParams.get('categories')).to.equal('3');
  });

  it('keeps rest_route on /?rest_route=/wp/v2/posts', async () => {
    server = new FakeServer().on('GET', 'rest_route=', () => recorded('posts-rest_route')).install();
    const articles = await loadArticles(`${SITE}/?rest_route=/wp/v2/posts`, { limit: 2 });
    expect(articles).to.have.length(2);
    const [url] = server.requested();
    expect(url.pathname).to.equal('/');
    expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
    expect(url.searchParams.get('per_page')).to.equal('2');
    expect(url.searchParams.has('_embed')).to.equal(true);
  });

  it('caps per_page at WordPress’s maximum of 100', async () => {
    server = new FakeServer().on('GET', '/wp-json/wp/v2/posts', () => json([])).install();
    await loadArticles(`${SITE}/wp-json/wp/v2/posts`, { limit: 500 });
    expect(server.requested()[0].searchParams.get('per_page')).to.equal('100');
  });

  it('past 100 without X-WP-TotalPages (a proxy dropped it): the pages the limit needs, those past the end empty', async () => {
    const post = (id: number) => ({ id, date_gmt: '2024-08-27T08:15:00', link: `${SITE}/?p=${id}`, title: { rendered: `Artikel ${id}` } });
    server = new FakeServer()
      .on('GET', '/wp-json/wp/v2/posts', (_request, url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        if (page > 2) return json({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }, 400);
        return json(Array.from({ length: page === 1 ? 100 : 30 }, (_, i) => post((page - 1) * 100 + i + 1)));
      })
      .install();
    const articles = await loadArticles(`${SITE}/wp-json/wp/v2/posts`, { limit: 400 });
    expect(articles.map((a) => a.headline)).to.deep.equal(Array.from({ length: 130 }, (_, i) => `Artikel ${i + 1}`));
    expect(server.requested().map((u) => u.searchParams.get('page') ?? '1').sort()).to.deep.equal(['1', '2', '3', '4']);
  });

  it('loads a single post URL', async () => {
    server = new FakeServer().on('GET', '/wp-json/wp/v2/posts/6', () => recorded('post-bexbach')).install();
    const articles = await loadArticles(`${SITE}/wp-json/wp/v2/posts/6`);
    expect(articles.map((a) => a.id)).to.deep.equal(['6']);
    expect(server.requested()[0].searchParams.has('per_page'), 'a single post takes no per_page').to.equal(false);
  });

  it('turns the recorded 404 into a typed error with WordPress’s code', async () => {
    server = new FakeServer().on('GET', '/wp-json/wp/v2/posts/99', () => recorded('post-404')).install();
    const error = await loadArticles(`${SITE}/wp-json/wp/v2/posts/99`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.deep.include({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', status: 404 });
  });
});
