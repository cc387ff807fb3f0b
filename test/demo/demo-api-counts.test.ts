import { expect } from '@open-wc/testing';
import { createDemoApi, type DemoApi } from '../../demo/api/router.js';
import '../../src/press-widgets.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import type { PressCommentCount } from '../../src/elements/press-comment-count/press-comment-count.js';
import { clearCommentCounts } from '../../src/sources/comment-counts.js';
import { POST_EMBEDS, POST_FIELDS } from '../../src/sources/wordpress.js';
import { FakeServer } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

const ORIGIN = 'http://demo.test';
const get = (api: DemoApi, path: string) => api.handle({ method: 'GET', url: `${ORIGIN}${path}`, headers: {} })!;

describe('demo API answers what the widgets ask', () => {
  let api: DemoApi;
  beforeEach(() => (api = createDemoApi({ now: () => new Date('2026-03-01T12:00:00Z') })));

  it('posts with the trimmed _fields and the _embed list: only those fields, and the three embeds', () => {
    const response = get(api, `/wp-json/wp/v2/posts?_embed=${encodeURIComponent(POST_EMBEDS)}&_fields=${encodeURIComponent(POST_FIELDS)}&per_page=2`);
    const posts = JSON.parse(response.body) as Array<Record<string, any>>;
    expect(posts).to.have.length(2);
    expect(Object.keys(posts[0]).sort()).to.deep.equal(POST_FIELDS.split(',').sort());
    expect(Object.keys(posts[0]._embedded).sort()).to.deep.equal(['author', 'wp:featuredmedia', 'wp:term']);
  });

  it('comments: per_page=1 says the count in X-WP-Total; a batch by post[] or a comma list, ordered by post, with _fields', () => {
    const one = get(api, '/wp-json/wp/v2/comments?_fields=id&per_page=1&post=23');
    const total = Number(one.headers['X-WP-Total']);
    expect(total).to.be.greaterThan(1);
    expect(JSON.parse(one.body).map((c: object) => Object.keys(c))).to.deep.equal([['id']]);
    for (const query of ['post=17,23', 'post[]=23&post[]=17']) {
      const batch = get(api, `/wp-json/wp/v2/comments?_fields=post&order=asc&orderby=post&per_page=100&${query}`);
      const posts = JSON.parse(batch.body).map((c: { post: number }) => c.post);
      expect(posts).to.deep.equal([...posts].sort((a: number, b: number) => a - b), query);
      expect(posts.filter((p: number) => p === 23)).to.have.length(total);
      expect(Number(batch.headers['X-WP-Total'])).to.equal(posts.length);
    }
  });

  describe('with the real widgets', () => {
    let server: FakeServer;
    afterEach(() => {
      server.uninstall();
      clearCommentCounts();
    });

    it('the article page: counts on the "Mehr aus der Region" cards and under the headline', async () => {
      server = new FakeServer()
        .on('GET', (url) => url.origin === ORIGIN, (request) => {
          const answer = api.handle({ method: request.method, url: request.url, headers: {} })!;
          return new Response(answer.body, { status: answer.status, headers: answer.headers });
        })
        .install();
      const page = document.createElement('main');
      page.lang = 'de';
      page.innerHTML = `<press-comment-count source="${ORIGIN}/wp-json/wp/v2/comments" post="23" href="${ORIGIN}/demo/"></press-comment-count>
        <press-card-list source="${ORIGIN}/wp-json/wp/v2/posts?exclude=23" limit="6" comments></press-card-list>`;
      document.body.append(page);
      try {
        const headline = page.querySelector<PressCommentCount>('press-comment-count')!;
        const list = page.querySelector<PressCardList>('press-card-list')!;
        await until(() => shadow(list).querySelectorAll('[part="comment-count"]').length === 6, 4000, 'six counts');
        const inCards = [...shadow(list).querySelectorAll<PressCommentCount>('[part="comment-count"]')];
        // Counts load as they come near the viewport: scroll past each card as a reader would.
        for (const el of inCards) {
          el.scrollIntoView({ block: 'center' });
          await new Promise((r) => setTimeout(r, 50));
        }
        await until(() => [headline, ...inCards].every((el) => text(shadow(el).querySelector('a[part="base"]'))), 4000, 'every count');
        const total = get(api, '/wp-json/wp/v2/comments?per_page=1&post=23').headers['X-WP-Total'];
        expect(text(shadow(headline).querySelector('a'))).to.equal(`${total} Kommentare`);
        expect(shadow(headline).querySelector('a')!.getAttribute('href')).to.equal(`${ORIGIN}/demo/#comments`);
        for (const el of inCards) expect(text(shadow(el).querySelector('a'))).to.match(/^(Keine Kommentare|1 Kommentar|\d+ Kommentare)$/);
        // Seven posts: batches as they come into view, never more requests than posts.
        const asked = server.requested('/comments').flatMap((url) => url.searchParams.get('post')!.split(','));
        expect(server.requested('/comments').length).to.be.at.most(new Set(asked).size);
        expect(new Set(asked).size).to.equal(7);
      } finally {
        page.remove();
        window.scrollTo(0, 0);
      }
    });
  });
});
