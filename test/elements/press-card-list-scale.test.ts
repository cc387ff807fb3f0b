import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/press-widgets.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { FakeServer, fixtureText, json } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';
import { recordShifts } from '../support/layout-shift.js';

const SITE = 'http://127.0.0.1:8881';
const POSTS = `${SITE}/wp-json/wp/v2/posts`;
const PHOTO = new URL('../fixtures/feeds/media/photo.svg', import.meta.url).href;

/** The recorded posts with their images pointing at a local picture (so they load). */
async function recordedPosts(): Promise<Array<Record<string, unknown>>> {
  const body = (await fixtureText('wordpress/posts.json')).replace(/http:\\\/\\\/127\.0\.0\.1:8881\\\/wp-content\\\/uploads\\\/[^"]+?\.jpg/g, PHOTO);
  return JSON.parse(body);
}

/** A site of `total` posts that pages as WordPress does (per_page ≤ 100, page, X-WP-Total, X-WP-TotalPages). */
async function manyPosts(total: number): Promise<FakeServer> {
  const [model] = await recordedPosts();
  const posts = Array.from({ length: total }, (_, i) => ({ ...model, id: total - i, title: { rendered: `Artikel ${i + 1}` }, link: `${SITE}/artikel-${i + 1}/` }));
  return new FakeServer()
    .on('GET', '/wp/v2/posts', (_request, url) => {
      const perPage = Number(url.searchParams.get('per_page') ?? 10);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (perPage > 100) return json({ code: 'rest_invalid_param', message: 'Invalid parameter(s): per_page', data: { status: 400 } }, 400);
      const pages = Math.ceil(total / perPage);
      if (page > pages) return json({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.' }, 400);
      return json(posts.slice((page - 1) * perPage, page * perPage), 200, { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages) });
    })
    .install();
}

let page: HTMLElement | undefined;
function place(markup: string): HTMLElement {
  page = document.createElement('main');
  page.innerHTML = markup;
  document.body.append(page);
  return page;
}
const headlines = (list: PressCardList) => [...shadow(list).querySelectorAll('press-card')].map((card) => text(shadow(card).querySelector('[part="headline"]')));

describe('press-card-list: limit past one WordPress page', () => {
  let server: FakeServer;
  afterEach(() => {
    server?.uninstall();
    page?.remove();
  });

  it('limit="250" on WordPress shows 250 cards, in order, from 3 requests of 100', async () => {
    server = await manyPosts(400);
    const list = place(`<press-card-list eager source="${POSTS}" limit="250"></press-card-list>`).querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('press-card').length === 250, 8000, '250 cards');
    const shown = headlines(list);
    expect(shown[0]).to.equal('Artikel 1');
    expect(shown[249]).to.equal('Artikel 250');
    expect(new Set(shown).size).to.equal(250);
    const requests = server.requested('/wp/v2/posts');
    expect(requests).to.have.length(3);
    expect(requests.map((u) => [u.searchParams.get('per_page'), u.searchParams.get('page') ?? '1']).sort()).to.deep.equal([['100', '1'], ['100', '2'], ['100', '3']]);
  });

  it('asks no page the site does not have: 130 posts, limit 250 → 130 cards, 2 requests', async () => {
    server = await manyPosts(130);
    const list = place(`<press-card-list eager source="${POSTS}" limit="250"></press-card-list>`).querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('press-card').length === 130, 8000, '130 cards');
    expect(server.requested('/wp/v2/posts')).to.have.length(2);
  });

  it('limit 100 or less is one request', async () => {
    server = await manyPosts(400);
    const list = place(`<press-card-list eager source="${POSTS}" limit="100"></press-card-list>`).querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('press-card').length === 100, 8000, '100 cards');
    expect(server.requested('/wp/v2/posts')).to.have.length(1);
  });

  /** Renders a list of 100 and returns the cards each render slice added (one mutation batch per task) and the cards there at press-load. */
  async function slicesOf100() {
    server = await manyPosts(400);
    const list = place(`<press-card-list eager source="${POSTS}" limit="100"></press-card-list>`).querySelector<PressCardList>('press-card-list')!;
    await list.updateComplete;
    const added: number[] = [];
    let cardsAtLoad = -1;
    list.addEventListener('press-load', () => (cardsAtLoad = shadow(list).querySelectorAll('press-card').length));
    // Mutation records are delivered once per task that made them: one batch per render slice.
    const observer = new MutationObserver((records) => {
      const cards = records.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof HTMLLIElement && n.querySelector('press-card')).length;
      if (cards) added.push(cards);
    });
    observer.observe(shadow(list), { childList: true, subtree: true });
    await until(() => cardsAtLoad >= 0, 8000, 'press-load');
    observer.disconnect();
    expect(headlines(list)[99]).to.equal('Artikel 100');
    return { added, cardsAtLoad };
  }

  it('renders 100 cards in slices of a task each, six first, and says press-load once all are shown', async () => {
    const { added, cardsAtLoad } = await slicesOf100();
    expect(cardsAtLoad).to.equal(100);
    expect(added.reduce((a, b) => a + b, 0)).to.equal(100);
    expect(added[0], JSON.stringify(added)).to.equal(6);
    expect(added.length, JSON.stringify(added)).to.be.greaterThan(4);
    expect(Math.max(...added), JSON.stringify(added)).to.be.at.most(24);
  });

  it('paints the list whole: the first frame that shows any card shows all 100', async () => {
    server = await manyPosts(400);
    const list = place(`<press-card-list eager source="${POSTS}" limit="100"></press-card-list>`).querySelector<PressCardList>('press-card-list')!;
    await list.updateComplete;
    // What the first frame after the first card appeared showed (a check polling on frames reads this).
    const painted = await new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shadow(list).querySelector('press-card')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(shadow(list).querySelectorAll('press-card').length));
      });
      observer.observe(shadow(list), { childList: true, subtree: true });
    });
    expect(painted).to.equal(100);
  });

  it('sizes each slice by what the last one cost: slow cards come two per task', async () => {
    const realNow = performance.now.bind(performance);
    let skew = 0;
    // Every reading of the clock is 40 ms later than the last: a slice of six "took" 40 ms or more.
    performance.now = () => realNow() + (skew += 40);
    try {
      const { added } = await slicesOf100();
      expect(added[0], JSON.stringify(added)).to.equal(6);
      expect(Math.max(...added.slice(1)), JSON.stringify(added)).to.equal(2);
    } finally {
      performance.now = realNow;
    }
  });

  it('a feed shows what it holds, from one request', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: String(i), url: `https://news.example/${i}`, title: `Item ${i}` }));
    server = new FakeServer().on('GET', 'feed.json', () => json({ version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items }, 200, { 'content-type': 'application/feed+json' })).install();
    const list = place('<press-card-list eager source="https://news.example/feed.json" limit="250"></press-card-list>').querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('press-card').length === 30, 4000, '30 cards');
    expect(server.requests).to.have.length(1);
  });
});

describe('press-card-list: no layout shift when the cards arrive', function () {
  this.timeout(20_000);
  let server: FakeServer;
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    server?.uninstall();
    page?.remove();
  });

  for (const [layout, limit, width] of [['grid', 3, 1280], ['grid', 4, 1280], ['list', 2, 1280], ['grid', 3, 375], ['list', 2, 375]] as const) {
    it(`CLS 0.00 for a ${layout} of ${limit} at the top of an article page, ${width} px wide`, async () => {
      await setViewport({ width, height: width > 800 ? 900 : 800 });
      const posts = await recordedPosts();
      let release: () => void = () => {};
      const answered = new Promise<void>((resolve) => (release = resolve));
      server = new FakeServer().on('GET', '/wp/v2/posts', async () => (await answered, json(posts.slice(0, limit)))).install();
      const root = place(`<section style="max-width: 1200px; margin: 0 auto; font: 16px/1.5 system-ui, sans-serif">
          <press-card-list source="${POSTS}" limit="${limit}" layout="${layout}"></press-card-list>
          <h1>Artikel</h1><p id="below">Der Text des Artikels, der nicht springen darf.</p>
        </section>`);
      const list = root.querySelector<PressCardList>('press-card-list')!;
      await until(() => shadow(list).querySelector('.skeleton') && server.requests.length === 1, 4000, 'the skeleton and the request');
      const shifts: number[] = [];
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
      });
      observer.observe({ type: 'layout-shift' });
      const before = root.querySelector('#below')!.getBoundingClientRect().top;
      release();
      await until(() => shadow(list).querySelectorAll('press-card').length === limit, 4000, 'the cards');
      const images = [...shadow(list).querySelectorAll('press-card')].flatMap((card) => [...shadow(card).querySelectorAll('img')]);
      await until(() => images.every((img) => img.complete), 4000, 'the images');
      // Two frames for the shift entries to be reported.
      await new Promise((r) => setTimeout(r, 300));
      observer.disconnect();
      const cls = shifts.reduce((sum, value) => sum + value, 0);
      expect(cls.toFixed(2)).to.equal('0.00', `layout shifts: ${shifts.join(', ')}; text below moved from ${before} to ${root.querySelector('#below')!.getBoundingClientRect().top}`);
    });
  }

  for (const [what, answer] of [
    ['an error', () => json({ code: 'internal_error', message: 'Fehler', data: { status: 500 } }, 500)],
    ['an empty list', () => json([])],
  ] as const) {
    it(`the article below stays put when ${what} replaces the placeholder`, async () => {
      await setViewport({ width: 1280, height: 900 });
      let release: () => void = () => {};
      const answered = new Promise<void>((resolve) => (release = resolve));
      server = new FakeServer().on('GET', '/wp/v2/posts', async () => (await answered, answer())).install();
      const root = place(`<section style="max-width: 1200px; margin: 0 auto"><press-card-list source="${POSTS}" limit="3"></press-card-list><p id="below">Der Text des Artikels.</p></section>`);
      const list = root.querySelector<PressCardList>('press-card-list')!;
      await until(() => shadow(list).querySelector('.skeleton') && server.requests.length === 1, 4000, 'the skeleton and the request');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const before = root.querySelector('#below')!.getBoundingClientRect().top;
      release();
      await until(() => shadow(list).querySelector('[part="error"], [part="empty"]'), 4000, what);
      await list.updateComplete;
      expect(root.querySelector('#below')!.getBoundingClientRect().top).to.equal(before);
    });
  }
  it('leaves no blank room when its short content arrives below the viewport, and nothing a reader sees moves', async () => {
    await setViewport({ width: 1280, height: 900 });
    const posts = await recordedPosts();
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server = new FakeServer().on('GET', '/wp/v2/posts', async () => (await answered, json(posts.slice(0, 1)))).install();
    // Below the fold, but within the viewport's margin in which a list loads.
    const root = place(`<div style="height: 1000px">Artikel</div><press-card-list source="${POSTS}" limit="10"></press-card-list><p id="below">Darunter.</p>`);
    scrollTo(0, 0);
    const list = root.querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelector('.skeleton') && server.requests.length === 1, 4000, 'the skeleton and the request');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const placeholder = list.getBoundingClientRect().height;
    const shifts = recordShifts();
    release();
    await until(() => shadow(list).querySelectorAll('press-card').length === 1, 4000, 'the card');
    await until(() => list.getBoundingClientRect().height < placeholder / 2, 4000, 'the placeholder\'s height let go');
    await new Promise((r) => setTimeout(r, 300));
    expect(shifts.stop().toFixed(2)).to.equal('0.00');
  });
});

