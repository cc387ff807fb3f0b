import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import type { PressErrorEvent, PressLoadEvent } from '../../src/internal/events.js';
import type { Article } from '../../src/sources/models.js';
import { FakeServer, fixtureText, hang, json, type Handler } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

const WP = 'http://127.0.0.1:8881';
const PHOTO = new URL('../fixtures/feeds/media/photo.svg', import.meta.url).href;

/**
 * A fixture served as the real site would, except that its image URLs point at a local picture,
 * so images load instead of failing (a card hides an image that fails).
 */
async function served(path: string, contentType: string): Promise<Response> {
  const body = (await fixtureText(path))
    .replace(/(https:\/\/news\.example\/)?media\/[\w-]+\.jpg/g, PHOTO)
    .replace(/http:\\\/\\\/127\.0\.0\.1:8881\\\/wp-content\\\/uploads\\\/[^"]+?\.jpg/g, PHOTO);
  return new Response(body, { headers: { 'content-type': contentType } });
}


const mounted: HTMLElement[] = [];
/**
 * Renders `template` inside a plain wrapper. Unlike fixture() on a <div>, it does not wait for an
 * animation frame, which a page running in the background of a concurrent test run may not get.
 */
async function mount(template: ReturnType<typeof html>, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(template, wrapper);
  await Promise.all(Array.from(wrapper.querySelectorAll('press-card-list'), (el) => el.updateComplete));
  return wrapper;
}
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.remove()));

const cardsOf = (el: PressCardList) => Array.from(shadow(el).querySelectorAll('press-card'));
const headlines = (el: PressCardList) => cardsOf(el).map((card) => text(shadow(card).querySelector('[part="headline"]')));

/** Renders a list and waits for its `press-load` (or `press-error` when `expectError`). */
async function loaded(template: ReturnType<typeof html>, event: 'press-load' | 'press-error' = 'press-load', wrapperAttributes: Record<string, string> = {}): Promise<PressCardList> {
  // Listen before rendering: a fast response can settle before fixture() returns.
  const settled = oneEvent(document, event);
  const wrapper = await mount(template, wrapperAttributes);
  const el = wrapper.querySelector('press-card-list')!;
  await settled;
  await Promise.all(cardsOf(el).map((card) => card.updateComplete));
  return el;
}

describe('press-card-list', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());
  const serve = (match: string | RegExp, handler: Handler) => (server = new FakeServer().on('GET', match, handler).install());

  describe('sources', () => {
    it('WordPress /wp-json/wp/v2/posts: exactly `limit` cards with decoded titles, image, alt, srcset and credit', async () => {
      serve('/wp-json/wp/v2/posts', () => served('wordpress/posts.json', 'application/json; charset=UTF-8'));
      const el = await loaded(html`<press-card-list limit="5" source="${WP}/wp-json/wp/v2/posts"></press-card-list>`);
      expect(headlines(el)).to.deep.equal([
        'Tag der offenen Tür bei der saarländischen Polizei',
        'Sportstättenförderung: Land unterstützt Sanierung von Vereinsheimen',
        'Künstliche Intelligenz: Projekt unter Beteiligung saarländischer Hochschulen erhält Millionenförderung',
        'Sicherheitspartnerschaft mit Bexbach',
        'Aktion „Faire Schultüte“ auch im Homburger Eine-Welt-Laden',
      ]);
      const [url] = server.requested();
      expect(url.searchParams.get('per_page')).to.equal('5');
      expect(url.searchParams.has('_embed')).to.equal(true);
      const bexbach = shadow(cardsOf(el)[3]);
      const img = bexbach.querySelector<HTMLImageElement>('img[part="image"]')!;
      expect(img.getAttribute('alt')).to.equal('Vertreter von Innenministerium und Stadt Bexbach bei der Unterzeichnung im Rathaus');
      expect(img.getAttribute('srcset')).to.contain('768w');
      expect(text(bexbach.querySelector('[part="credit"]'))).to.contain('Foto: MIBS/C. Stoll');
      expect(bexbach.querySelector('[part="link"]')!.getAttribute('href')).to.equal(`${WP}/2024/08/28/sicherheitspartnerschaft-mit-bexbach/`);
      await expect(el).to.be.accessible();
    });

    it('WordPress /?rest_route=/wp/v2/posts keeps its route and shows `limit` cards', async () => {
      serve('rest_route=', () => served('wordpress/posts.json', 'application/json; charset=UTF-8'));
      const el = await loaded(html`<press-card-list limit="5" source="${WP}/?rest_route=/wp/v2/posts"></press-card-list>`);
      expect(cardsOf(el)).to.have.length(5);
      const [url] = server.requested();
      expect(url.pathname).to.equal('/');
      expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
      expect(url.searchParams.get('per_page')).to.equal('5');
      expect(url.searchParams.has('_embed')).to.equal(true);
    });

    for (const [name, path, type, first] of [
      ['JSON Feed', 'feeds/feed.json', 'application/feed+json', 'Tag der offenen Tür bei der saarländischen Polizei'],
      ['RSS', 'feeds/rss.xml', 'application/rss+xml; charset=UTF-8', 'Aktion „Faire Schultüte“ auch im Homburger Eine-Welt-Laden'],
      ['Atom', 'feeds/atom.xml', 'application/atom+xml', 'Aktion „Faire Schultüte“ & mehr'],
    ] as const) {
      it(`${name}: exactly 5 cards, decoded title, featured image`, async () => {
        serve('https://news.example/', () => served(path, type));
        const el = await loaded(html`<press-card-list limit="5" source="https://news.example/feed"></press-card-list>`);
        expect(cardsOf(el)).to.have.length(5);
        expect(headlines(el)[0]).to.equal(first);
        const img = shadow(cardsOf(el)[0]).querySelector<HTMLImageElement>('img[part="image"]');
        expect(img?.src).to.equal(PHOTO);
        expect(cardsOf(el).every((card) => card.getAttribute('part') === 'card')).to.equal(true);
      });
    }

    it('renders hostile feed content inert (the excerpt script never runs)', async () => {
      (window as { __xss?: unknown }).__xss = undefined;
      serve('https://news.example/', () => served('feeds/feed.json', 'application/feed+json'));
      const el = await loaded(html`<press-card-list limit="3" source="https://news.example/feed.json"></press-card-list>`);
      const excerpt = shadow(cardsOf(el)[1]).querySelector('[part="excerpt"]')!;
      expect(excerpt.querySelector('script')).to.equal(null);
      expect(text(excerpt)).to.equal('Das Land fördert 33 Vereinsheime mit 2,1 Millionen Euro.');
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });

  describe('parts', () => {
    it('forwards card parts: press-card-list::part(headline) from the page applies', async () => {
      serve('https://news.example/', () => served('feeds/rss.xml', 'application/rss+xml'));
      const settled = oneEvent(document, 'press-load');
      const wrapper = await mount(html`
        <style>
          .themed::part(headline) { color: rgb(1, 2, 3); }
          .themed::part(card) { outline: 3px solid rgb(4, 5, 6); }
          .themed::part(card-base) { background-color: rgb(7, 8, 9); }
        </style>
        <press-card-list class="themed" limit="2" source="https://news.example/feed"></press-card-list>
      `);
      const el = wrapper.querySelector('press-card-list')!;
      await settled;
      const card = cardsOf(el)[0];
      await card.updateComplete;
      expect(getComputedStyle(shadow(card).querySelector('[part="headline"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(card).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(shadow(card).querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    });
  });

  describe('states', () => {
    it('loading: skeletons, aria-busy and a polite status text while the response hangs', async () => {
      serve('https://news.example/', hang);
      const el = await fixture<PressCardList>(html`<press-card-list source="https://news.example/feed"></press-card-list>`);
      const root = shadow(el);
      expect(root.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
      expect(root.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      const status = root.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Loading articles…');
      expect(root.querySelector('press-card')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('empty: an explicit text', async () => {
      serve('/wp-json/', () => json([]));
      const el = await loaded(html`<press-card-list source="${WP}/wp-json/wp/v2/posts"></press-card-list>`);
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('There are no articles yet.');
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('error: a 500 shows the server’s decoded message and a retry; retry re-requests and renders', async () => {
      let fail = true;
      serve('https://news.example/', () =>
        fail
          ? new Response('<html><head><title>Wartung &ndash; bitte sp&auml;ter</title></head><body>x</body></html>', { status: 500, headers: { 'content-type': 'text/html' } })
          : served('feeds/atom.xml', 'application/atom+xml'),
      );
      const el = await loaded(html`<press-card-list limit="3" source="https://news.example/atom"></press-card-list>`, 'press-error');
      const error = shadow(el).querySelector('[part="error"]')!;
      expect(text(error)).to.contain('The articles could not be loaded.');
      expect(text(error)).to.contain('Wartung – bitte später');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.innerHTML).not.to.contain('<title');
      await expect(el).to.be.accessible();

      fail = false;
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      expect(text(retry)).to.equal('Try again');
      const reloaded = oneEvent(el, 'press-load');
      retry.click();
      await reloaded;
      expect(server.requests).to.have.length(2);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(cardsOf(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('a WordPress JSON error shows its decoded message', async () => {
      serve('/wp-json/', () => json({ code: 'rest_forbidden', message: 'Sie d&uuml;rfen das nicht.', data: { status: 401 } }, 401));
      const el = await loaded(html`<press-card-list source="${WP}/wp-json/wp/v2/posts"></press-card-list>`, 'press-error');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('Sie dürfen das nicht.');
    });

    it('an unreadable response shows an error, never a blank list', async () => {
      serve('https://news.example/', () => served('feeds/malformed.xml', 'application/rss+xml'));
      const el = await loaded(html`<press-card-list source="https://news.example/feed"></press-card-list>`, 'press-error');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('not a readable list');
      expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    });
  });

  describe('events', () => {
    it('press-load bubbles, is composed and carries the articles', async () => {
      serve('https://news.example/', () => served('feeds/feed.json', 'application/feed+json'));
      const settled = oneEvent(document, 'press-load');
      await mount(html`<press-card-list limit="4" source="https://news.example/feed.json"></press-card-list>`);
      const event = (await settled) as PressLoadEvent<Article[]>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.items.map((a) => a.id)).to.deep.equal(['https://news.example/2024/08/31/tag-der-offenen-tuer', '8', '7', '6']);
    });

    it('press-error bubbles, is composed and carries {code, message, status}', async () => {
      serve('/wp-json/', () => json({ code: 'rest_no_route', message: 'Keine Route &amp; kein Glück.', data: { status: 404 } }, 404));
      const settled = oneEvent(document, 'press-error');
      await mount(html`<press-card-list source="${WP}/wp-json/wp/v2/posts"></press-card-list>`);
      const event = (await settled) as PressErrorEvent;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ code: 'rest_no_route', message: 'Keine Route & kein Glück.', status: 404 });
    });
  });

  describe('requests', () => {
    it('race: when source changes mid-flight only the last result renders', async () => {
      let releaseFirst: (response: Response) => void = () => {};
      server = new FakeServer()
        .on('GET', 'first.example', () => new Promise<Response>((resolve) => (releaseFirst = resolve)))
        .on('GET', 'second.example', () => served('feeds/atom.xml', 'application/atom+xml'))
        .install();
      const el = await fixture<PressCardList>(html`<press-card-list limit="2" source="https://first.example/feed"></press-card-list>`);
      await until(() => server.requests.length === 1, 2000, 'first request');
      const loadedSecond = oneEvent(el, 'press-load');
      el.source = 'https://second.example/atom';
      await loadedSecond;
      expect(server.requests[0].signal.aborted, 'the superseded request is aborted').to.equal(true);
      releaseFirst(await served('feeds/rss.xml', 'application/rss+xml'));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(['Aktion „Faire Schultüte“ & mehr', 'Sicherheitspartnerschaft mit Bexbach']);
    });

    it('aborts the request when the element is removed', async () => {
      serve('https://news.example/', hang);
      const el = await fixture<PressCardList>(html`<press-card-list source="https://news.example/feed"></press-card-list>`);
      await until(() => server.requests.length === 1, 2000, 'request');
      expect(server.requests[0].signal.aborted).to.equal(false);
      el.remove();
      expect(server.requests[0].signal.aborted).to.equal(true);
    });

    it('the timeout attribute turns a hung request into a timeout error', async () => {
      serve('https://news.example/', hang);
      const wrapper = await mount(html`<press-card-list timeout="80" source="https://news.example/feed"></press-card-list>`);
      const event = (await oneEvent(wrapper, 'press-error')) as PressErrorEvent;
      expect(event.detail.code).to.equal('timeout');
      const el = wrapper.querySelector('press-card-list')!;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('took too long');
    });

    it('zero-config: without source it loads the posts of the REST root linked in <head>', async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'https://api.w.org/', href: `${WP}/?rest_route=/` });
      document.head.append(link);
      try {
        serve('rest_route=', () => served('wordpress/posts.json', 'application/json'));
        const el = await loaded(html`<press-card-list limit="3"></press-card-list>`);
        expect(cardsOf(el)).to.have.length(3);
        const [url] = server.requested();
        expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
        expect(url.searchParams.get('per_page')).to.equal('3');
      } finally {
        link.remove();
      }
    });

    it('without source and without a REST link it shows an error', async () => {
      serve('/', hang);
      const el = await loaded(html`<press-card-list></press-card-list>`, 'press-error');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('No source is configured');
      expect(server.requests).to.have.length(0);
    });
  });

  describe('language and layout', () => {
    it('speaks German inside a lang="de" ancestor: loading and error text', async () => {
      serve('https://news.example/', hang);
      const wrapper = await mount(html`<press-card-list timeout="80" source="https://news.example/feed"></press-card-list>`, { lang: 'de' });
      const el = wrapper.querySelector('press-card-list')!;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('Artikel werden geladen …');
      await oneEvent(wrapper, 'press-error');
      await el.updateComplete;
      const error = text(shadow(el).querySelector('[part="error"]'));
      expect(error).to.contain('Die Artikel konnten nicht geladen werden.');
      expect(text(shadow(el).querySelector('[part="retry"]'))).to.equal('Erneut versuchen');
    });

    it('on a page dark by its own CSS, the cards take the list\'s dark scheme (and its live switch back)', async () => {
      serve('https://news.example/', () => served('feeds/rss.xml', 'application/rss+xml'));
      const el = await loaded(html`<press-card-list limit="2" source="https://news.example/feed"></press-card-list>`, 'press-load', { style: 'background: #181818; color: #e6e6e6' });
      const wrapper = el.parentElement!;
      await until(() => el.matches(':state(dark)'), 3000, 'the list to see the dark page');
      for (const card of cardsOf(el)) expect(getComputedStyle(card).colorScheme).to.equal('dark');
      wrapper.style.cssText = 'background: #fff; color: #222';
      await until(() => !el.matches(':state(dark)'), 3000, 'the list back to light');
      for (const card of cardsOf(el)) expect(getComputedStyle(card).colorScheme).to.not.equal('dark');
    });

    it('layout="grid" makes columns at 900px, layout="list" one column', async () => {
      serve('https://news.example/', () => served('feeds/rss.xml', 'application/rss+xml'));
      const el = await loaded(html`<press-card-list limit="3" source="https://news.example/feed"></press-card-list>`, 'press-load', { style: 'width: 900px; font-size: 16px' });
      const columns = () => getComputedStyle(shadow(el).querySelector('[part="base"]')!).gridTemplateColumns.split(' ').length;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(columns()).to.equal(3);
      el.layout = 'list';
      await el.updateComplete;
      expect(columns()).to.equal(1);
    });
  });
});
