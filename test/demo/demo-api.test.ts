import { expect, fixture, html } from '@open-wc/testing';
import { createDemoApi, SLOW_MS, type DemoApi } from '../../demo/api/router.js';
import type { ApiResponse } from '../../demo/api/http.js';
import { POSTS } from '../../demo/api/data.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH, sceneSvg } from '../../demo/api/images.js';
import { parseArticles } from '../../src/sources/articles.js';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { FakeServer, fixtureText } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

const ORIGIN = 'http://demo.test';
type Json = Record<string, any>;

/** Calls the API as the Vite middleware would, and asserts it answered. */
function call(api: DemoApi, method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): ApiResponse {
  const response = api.handle({ method, url: `${ORIGIN}${path}`, headers: init.headers ?? {}, body: init.body });
  if (!response) throw new Error(`No answer for ${method} ${path}`);
  return response;
}
const get = (api: DemoApi, path: string) => call(api, 'GET', path);
const body = (response: ApiResponse) => JSON.parse(response.body);
const postJson = (api: DemoApi, path: string, data: unknown) => call(api, 'POST', path, { body: JSON.stringify(data), headers: { 'content-type': 'application/json' } });
const fixtureJson = async (name: string) => JSON.parse(await fixtureText(`wordpress/${name}.json`));
const comment = (extra: Json = {}) => ({ post: 23, parent: 0, author_name: 'Erika Muster', author_email: 'erika@example.org', author_url: '', content: 'Gute Sache für Bexbach!', ...extra });

describe('demo API (WordPress-compatible, called without a server)', () => {
  let clock: Date;
  let api: DemoApi;
  beforeEach(() => {
    clock = new Date('2026-03-01T12:00:00Z');
    api = createDemoApi({ now: () => clock });
  });

  describe('posts', () => {
    it('lists posts newest first with _embed shaped like WordPress, and pagination headers', () => {
      const response = get(api, '/wp-json/wp/v2/posts?_embed=1&per_page=3');
      expect(response.status).to.equal(200);
      expect(response.headers['Content-Type']).to.match(/^application\/json/);
      expect(response.headers['X-WP-Total']).to.equal('8');
      expect(response.headers['X-WP-TotalPages']).to.equal('3');
      expect(response.headers.Link).to.contain(`<${ORIGIN}/wp-json/wp/v2/posts?_embed=1&per_page=3&page=2>; rel="next"`);
      const posts = body(response);
      expect(posts.map((p: Json) => p.id)).to.deep.equal([35, 32, 29]);
      const [post] = posts;
      expect(post.title.rendered).to.equal('Streuobstwiesen: Landkreis startet Pflanzaktion &#8222;1000 Bäume&#8220;');
      expect(post.excerpt.rendered).to.match(/^<p>.+<\/p>\n$/);
      expect(post.link).to.equal(`${ORIGIN}/2025/09/08/streuobstwiesen-landkreis-startet-pflanzaktion-1000-baeume/`);
      expect(post.date_gmt).to.equal('2025-09-08T07:00:00');
      const media = post._embedded['wp:featuredmedia'][0];
      expect(media.alt_text).to.equal('Apfelbäume mit roten Früchten auf einer Wiese vor sanften Hügeln');
      expect(media.caption.rendered).to.equal('<p>Foto: Biosphärenzweckverband/A. Klein</p>\n');
      expect(media.media_details.sizes.medium).to.include({ width: 300, height: 169 });
      expect(media.source_url).to.equal(`${ORIGIN}/wp-content/uploads/2025/09/orchard.svg`);
      expect(post._embedded.author[0].name).to.equal('Miriam Schäfer');
      expect(post._embedded['wp:term'][0].map((t: Json) => t.name)).to.deep.equal(['Umwelt', 'Saarpfalz-Kreis']);
    });

    it('keeps the same keys as a recorded WordPress post', async () => {
      const recorded = (await fixtureJson('posts'))[0];
      const ours = body(get(api, '/wp-json/wp/v2/posts?_embed'))[0];
      for (const key of Object.keys(recorded).filter((k) => k !== '_embedded')) expect(ours, key).to.have.property(key);
      expect(Object.keys(ours._embedded)).to.include.members(Object.keys(recorded._embedded));
    });

    it('finds the neighbours of a post by date with before / after, as press-nav asks', () => {
      const prev = body(get(api, '/wp-json/wp/v2/posts?before=2025-09-04T10:15:00&per_page=1&_fields=id,date,title,link'));
      expect(prev.map((p: Json) => p.id)).to.deep.equal([20]);
      expect(Object.keys(prev[0]).sort()).to.deep.equal(['date', 'id', 'link', 'title']);
      const next = get(api, '/wp-json/wp/v2/posts?after=2025-09-04T10:15:00&order=asc&per_page=1');
      expect(body(next).map((p: Json) => p.id)).to.deep.equal([26]);
      expect(next.headers['X-WP-Total']).to.equal('4');
      // A date with a zone is read as that instant (10:15 in Saarbrücken is 08:15 UTC).
      expect(body(get(api, '/wp-json/wp/v2/posts?before=2025-09-04T08:15:00Z&per_page=1'))[0].id).to.equal(20);
      expect(body(get(api, '/wp-json/wp/v2/posts?before=2025-09-01T09:30:00'))).to.deep.equal([]);
    });

    it('answers the plain-permalink form ?rest_route= like /wp-json/, with links in that form', () => {
      const pretty = get(api, '/wp-json/wp/v2/posts?per_page=2');
      const plain = get(api, '/?rest_route=/wp/v2/posts&per_page=2');
      expect(plain.status).to.equal(200);
      expect(plain.body).to.equal(pretty.body);
      const next = /<([^>]+)>; rel="next"/.exec(plain.headers.Link)![1];
      expect(new URL(next).searchParams.get('rest_route')).to.equal('/wp/v2/posts');
      expect(new URL(next).searchParams.get('page')).to.equal('2');
    });

    it('filters by include, slug, categories and search, and orders asc', () => {
      const ids = (path: string) => body(get(api, path)).map((p: Json) => p.id);
      expect(ids('/wp-json/wp/v2/posts?include=14,23&order=asc')).to.deep.equal([14, 23]);
      expect(ids('/wp-json/wp/v2/posts?include[]=29&include[]=17')).to.deep.equal([29, 17]);
      expect(ids('/wp-json/wp/v2/posts?slug=sicherheitspartnerschaft-mit-bexbach')).to.deep.equal([23]);
      expect(ids('/wp-json/wp/v2/posts?categories=3')).to.deep.equal([29, 23]);
      expect(ids('/wp-json/wp/v2/posts?search=schult%C3%BCte')).to.deep.equal([17]);
      expect(ids('/wp-json/wp/v2/posts?exclude=23&per_page=2')).to.deep.equal([35, 32]);
    });

    it('answers a single post, and 404 rest_post_invalid_id exactly like WordPress', async () => {
      const single = body(get(api, '/wp-json/wp/v2/posts/23?_embed'));
      expect(single.id).to.equal(23);
      expect(single._embedded.replies[0].length).to.equal(4);
      const missing = get(api, '/wp-json/wp/v2/posts/999');
      expect(missing.status).to.equal(404);
      expect(body(missing)).to.deep.equal(await fixtureJson('post-404'));
    });

    it('validates parameters as WordPress does', () => {
      const tooMany = get(api, '/wp-json/wp/v2/posts?per_page=500');
      expect(tooMany.status).to.equal(400);
      expect(body(tooMany)).to.deep.include({ code: 'rest_invalid_param', message: 'Invalid parameter(s): per_page' });
      expect(body(get(api, '/wp-json/wp/v2/posts?before=gestern')).data.params.before).to.equal('Invalid date.');
      expect(body(get(api, '/wp-json/wp/v2/posts?page=9')).code).to.equal('rest_post_invalid_page_number');
      expect(body(get(api, '/wp-json/wp/v2/nope')).code).to.equal('rest_no_route');
    });
  });

  describe('comments', () => {
    it('lists the approved thread of a post oldest first, with parent ids', () => {
      const response = get(api, '/wp-json/wp/v2/comments?post=23&order=asc&per_page=100');
      expect(response.headers['X-WP-Total']).to.equal('4');
      const comments = body(response);
      expect(comments.map((c: Json) => [c.id, c.parent])).to.deep.equal([[2, 0], [3, 2], [4, 0], [5, 2]]);
      expect(comments[0]).to.include({ status: 'approved', type: 'comment', author_name: 'Maria Schneider' });
      expect(comments[0].link).to.equal(`${ORIGIN}/2025/09/04/sicherheitspartnerschaft-mit-bexbach/#comment-2`);
      // The seed keeps one hostile comment, so the demo shows the widget's sanitizer at work.
      expect(comments[2].content.rendered).to.contain('onerror=alert(1)');
    });

    it('holds a long thread on post 14 that pages in both orders, top level and replies apart', () => {
      const first = get(api, '/wp-json/wp/v2/comments?post=14&order=asc&per_page=100');
      expect(first.headers['X-WP-Total']).to.equal('140');
      expect(first.headers['X-WP-TotalPages']).to.equal('2');
      expect(body(get(api, '/wp-json/wp/v2/comments?post=14&order=asc&per_page=100&page=2'))).to.have.length(40);
      const newest = body(get(api, '/wp-json/wp/v2/comments?post=14&parent=0&order=desc&per_page=100'));
      expect(newest.every((c: Json) => c.parent === 0)).to.equal(true);
      expect(Date.parse(newest[0].date_gmt) > Date.parse(newest[1].date_gmt)).to.equal(true);
      const ids = newest.slice(0, 5).map((c: Json) => c.id);
      const replies = body(get(api, `/wp-json/wp/v2/comments?post=14&parent=${ids.join(',')}&order=asc&per_page=100`));
      expect(replies.length).to.be.greaterThan(0);
      expect(replies.every((c: Json) => ids.includes(c.parent))).to.equal(true);
    });

    it('POST answers 201 with the comment like WordPress, and lists it afterwards', async () => {
      const response = postJson(api, '/wp-json/wp/v2/comments', comment());
      expect(response.status).to.equal(201);
      const created = body(response);
      expect(response.headers.Location).to.equal(`${ORIGIN}/wp-json/wp/v2/comments/${created.id}`);
      const recorded = await fixtureJson('post-comment-response');
      expect(Object.keys(created).sort()).to.deep.equal(Object.keys(recorded).sort());
      expect(created).to.include({ post: 23, parent: 0, author_name: 'Erika Muster', status: 'approved' });
      expect(created.content.rendered).to.equal('<p>Gute Sache für Bexbach!</p>\n');
      expect(created.date_gmt).to.equal('2026-03-01T12:00:00');
      expect(created.date).to.equal('2026-03-01T13:00:00');
      const listed = body(get(api, '/wp-json/wp/v2/comments?post=23&order=asc&per_page=100'));
      expect(listed.at(-1).id).to.equal(created.id);
    });

    it('holds a comment with a link or the word "Moderation" and does not list it', () => {
      for (const content of ['Mehr unter https://example.org', 'Bitte in die Moderation']) {
        clock = new Date(clock.getTime() + 60_000);
        const held = postJson(api, '/?rest_route=/wp/v2/comments', comment({ content }));
        expect(held.status, content).to.equal(201);
        expect(body(held).status).to.equal('hold');
        const listed = body(get(api, '/wp-json/wp/v2/comments?post=23&per_page=100')).map((c: Json) => c.id);
        expect(listed).not.to.include(body(held).id);
      }
    });

    it('answers every validation error with the recorded WordPress body', async () => {
      const cases: [Json, number, string][] = [
        [comment({ author_name: '', author_email: '' }), 400, 'post-comment-error-missing-author'],
        [comment({ content: '   ' }), 400, 'post-comment-error-empty-content'],
        [comment({ author_email: 'keine-adresse' }), 400, 'post-comment-error-bad-email'],
        [comment({ post: 4711 }), 403, 'post-comment-error-no-post'],
      ];
      for (const [data, status, name] of cases) {
        const response = postJson(api, '/wp-json/wp/v2/comments', data);
        expect(response.status, name).to.equal(status);
        expect(body(response), name).to.deep.equal(await fixtureJson(name));
      }
    });

    it('refuses a duplicate (409) and a flood from the same email within 5 s (400)', async () => {
      expect(postJson(api, '/wp-json/wp/v2/comments', comment()).status).to.equal(201);
      clock = new Date(clock.getTime() + 60_000);
      const duplicate = postJson(api, '/wp-json/wp/v2/comments', comment());
      expect(duplicate.status).to.equal(409);
      expect(body(duplicate)).to.deep.equal(await fixtureJson('post-comment-error-duplicate'));
      expect(postJson(api, '/wp-json/wp/v2/comments', comment({ content: 'Noch etwas' })).status).to.equal(201);
      clock = new Date(clock.getTime() + 2_000);
      const flood = postJson(api, '/wp-json/wp/v2/comments', comment({ content: 'Und noch etwas' }));
      expect(flood.status).to.equal(400);
      expect(body(flood)).to.deep.equal(await fixtureJson('post-comment-error-flood'));
      clock = new Date(clock.getTime() + 6_000);
      expect(postJson(api, '/wp-json/wp/v2/comments', comment({ content: 'Und noch etwas' })).status).to.equal(201);
    });

    it('keeps an unknown parent as WordPress does (201, parent kept)', () => {
      const response = postJson(api, '/wp-json/wp/v2/comments', comment({ parent: 999999 }));
      expect(response.status).to.equal(201);
      expect(body(response).parent).to.equal(999999);
    });

    it('stock mode refuses anonymous REST comments with 401, the classic form accepts them', () => {
      const refused = postJson(api, '/stock/wp-json/wp/v2/comments', comment());
      expect(refused.status).to.equal(401);
      expect(body(refused)).to.deep.equal({ code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } });
      const form = new URLSearchParams({ comment_post_ID: '23', author: 'Erika Muster', email: 'erika@example.org', url: '', comment: 'Über das klassische Formular', comment_parent: '2' });
      const posted = call(api, 'POST', '/stock/wp-comments-post.php', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(posted.status).to.equal(302);
      const location = new URL(posted.headers.Location);
      expect(location.pathname).to.equal('/stock/2025/09/04/sicherheitspartnerschaft-mit-bexbach/');
      const id = Number(location.hash.replace('#comment-', ''));
      const thread = body(get(api, '/stock/wp-json/wp/v2/comments?post=23&per_page=100'));
      expect(thread.find((c: Json) => c.id === id)).to.include({ parent: 2, author_name: 'Erika Muster' });
      // The permalink it redirects to is a real page.
      expect(get(api, `${location.pathname}`).status).to.equal(200);
    });

    it('answers classic-form errors with the wp_die() page WordPress prints', async () => {
      const missing = call(api, 'POST', '/wp-comments-post.php', { body: 'comment_post_ID=23&comment=Hallo' });
      expect(missing.status).to.equal(200);
      const recorded = await fixtureText('wordpress/classic-form-error-missing-author.body.html');
      const message = (page: string) => /<div class="wp-die-message">([\s\S]*?)<\/div>/.exec(page)![1];
      expect(message(missing.body)).to.equal(message(recorded));
      const form = 'comment_post_ID=23&author=A&email=a%40example.org&comment=Zweimal';
      expect(call(api, 'POST', '/wp-comments-post.php', { body: form }).status).to.equal(302);
      clock = new Date(clock.getTime() + 60_000);
      const duplicate = call(api, 'POST', '/wp-comments-post.php', { body: form });
      expect(duplicate.status).to.equal(409);
      expect(message(duplicate.body)).to.equal(message(await fixtureText('wordpress/classic-form-error-duplicate.body.html')));
    });
  });

  describe('CORS, switches and pages', () => {
    it('sends CORS like WordPress and answers the preflight', () => {
      const headers = { origin: 'https://zeitung.example' };
      const response = call(api, 'GET', '/wp-json/wp/v2/posts', { headers });
      expect(response.headers['Access-Control-Allow-Origin']).to.equal('https://zeitung.example');
      expect(response.headers['Access-Control-Expose-Headers']).to.equal('X-WP-Total, X-WP-TotalPages, Link');
      const preflight = call(api, 'OPTIONS', '/wp-json/wp/v2/comments', { headers });
      expect(preflight.status).to.equal(200);
      expect(preflight.headers['Access-Control-Allow-Methods']).to.contain('POST');
      expect(preflight.headers['Access-Control-Allow-Headers']).to.contain('Content-Type');
    });

    it('simulates a server error, a slow answer and an empty site on any route', () => {
      const failed = get(api, '/wp-json/wp/v2/posts?simulate=500');
      expect(failed.status).to.equal(500);
      expect(body(failed).code).to.equal('internal_server_error');
      expect(get(api, '/feed/?simulate=500').status).to.equal(500);
      expect(get(api, '/wp-json/wp/v2/posts?simulate=slow').delayMs).to.equal(SLOW_MS);
      expect(get(api, '/wp-json/wp/v2/posts').delayMs).to.equal(undefined);
      const empty = get(api, '/?rest_route=/wp/v2/comments&post=23&simulate=empty');
      expect(body(empty)).to.deep.equal([]);
      expect(empty.headers['X-WP-Total']).to.equal('0');
    });

    it('redirects / to the demo and /?p=ID to the permalink, and leaves other paths to Vite', () => {
      expect(get(api, '/').headers.Location).to.equal('/demo/');
      expect(get(api, '/?p=23').headers.Location).to.equal(`${ORIGIN}/2025/09/04/sicherheitspartnerschaft-mit-bexbach/`);
      expect(api.handle({ method: 'GET', url: `${ORIGIN}/demo/index.html`, headers: {} })).to.equal(null);
      const page = get(api, '/2025/09/04/sicherheitspartnerschaft-mit-bexbach/');
      const doc = new DOMParser().parseFromString(page.body, 'text/html');
      expect(doc.documentElement.lang).to.equal('de');
      expect(doc.querySelector('press-nav')!.getAttribute('current')).to.equal('23');
      expect(doc.querySelector('press-comments')!.getAttribute('post')).to.equal('23');
      expect(doc.querySelector('link[rel="shortlink"]')!.getAttribute('href')).to.equal(`${ORIGIN}/?p=23`);
    });
  });

  describe('feeds and photos', () => {
    for (const [path, type] of [
      ['/feed.json', 'application/feed+json'],
      ['/feed/', 'application/rss+xml'],
      ['/feed.xml', 'application/rss+xml'],
      ['/feed/atom/', 'application/atom+xml'],
    ]) {
      it(`${path} parses with parseArticles() into the 8 articles`, () => {
        const response = get(api, path);
        expect(response.headers['Content-Type']).to.contain(type);
        const articles = parseArticles(response.body, response.headers['Content-Type'], `${ORIGIN}${path}`);
        expect(articles.length).to.equal(8);
        expect(articles[0].headline).to.equal('Streuobstwiesen: Landkreis startet Pflanzaktion „1000 Bäume“');
        expect(articles[0].url).to.equal(`${ORIGIN}/2025/09/08/streuobstwiesen-landkreis-startet-pflanzaktion-1000-baeume/`);
        expect(articles[0].image?.src).to.equal(`${ORIGIN}/wp-content/uploads/2025/09/orchard.svg`);
        expect(new Date(articles[0].date!).toISOString()).to.equal('2025-09-08T07:00:00.000Z');
        expect(articles.every((a) => a.author && a.excerptHtml)).to.equal(true);
      });
    }

    for (const path of ['/feed/', '/feed/atom/']) {
      it(`${path} carries the photo's credit and alternative text (Media RSS)`, () => {
        const response = get(api, path);
        const articles = parseArticles(response.body, response.headers['Content-Type'], ORIGIN);
        expect(articles[0].credit).to.equal('Foto: Biosphärenzweckverband/A. Klein');
        expect(articles[0].image?.alt).to.equal('Apfelbäume mit roten Früchten auf einer Wiese vor sanften Hügeln');
      });
    }

    it('every article photo is a well-formed 16:9 SVG, and a thumbnail is a centre crop', () => {
      for (const post of POSTS) {
        const doc = new DOMParser().parseFromString(sceneSvg(post.media.scene, post.media.alt), 'image/svg+xml');
        expect(doc.querySelector('parsererror'), post.media.scene).to.equal(null);
        expect(doc.documentElement.getAttribute('viewBox')).to.equal(`0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}`);
        expect(doc.documentElement.querySelectorAll('*').length, post.media.scene).to.be.greaterThan(20);
      }
      const thumb = get(api, '/wp-content/uploads/2025/09/townhall-150x150.svg');
      expect(thumb.headers['Content-Type']).to.equal('image/svg+xml');
      expect(thumb.body).to.contain('viewBox="262.5 0 675 675"');
      expect(api.handle({ method: 'GET', url: `${ORIGIN}/wp-content/uploads/2025/09/nothing.svg`, headers: {} })).to.equal(null);
    });
  });

  describe('with the real widgets', () => {
    let server: FakeServer;
    afterEach(() => server.uninstall());

    it('press-card-list renders the demo posts from the API (the fetch double delegates to it)', async () => {
      server = new FakeServer()
        .on('GET', (url) => url.origin === ORIGIN, (request) => {
          const answer = api.handle({ method: request.method, url: request.url, headers: {} })!;
          return new Response(answer.body, { status: answer.status, headers: answer.headers });
        })
        .install();
      const el = await fixture<PressCardList>(html`<press-card-list source="${ORIGIN}/?rest_route=/wp/v2/posts" limit="8"></press-card-list>`);
      await until(() => shadow(el).querySelectorAll('press-card').length === 8, 3000, 'eight cards');
      const first = shadow(el).querySelector('press-card')!;
      await first.updateComplete;
      expect(text(shadow(first).querySelector('[part="headline"]'))).to.equal('Streuobstwiesen: Landkreis startet Pflanzaktion „1000 Bäume“');
      expect(text(shadow(first).querySelector('[part="credit"]'))).to.contain('Foto: Biosphärenzweckverband/A. Klein');
      expect(server.requested('rest_route')[0].searchParams.get('_embed')).to.not.equal(null);
    });
  });
});
