import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/press-nav/define.js';
import type { PressNav } from '../../src/elements/press-nav/press-nav.js';
import type { PressErrorEvent, PressLoadEvent } from '../../src/internal/events.js';
import type { Neighbours } from '../../src/sources/neighbours.js';
import { FakeServer, hang, json, recorded } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';

/** Renders `template` inside a div with `attributes`; awaits the element's update, not an animation frame (none come in a background tab). */
function fixtureIn<T extends Element>(attributes: Record<string, string>, template: ReturnType<typeof html>): Promise<T> {
  const parentNode = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) parentNode.setAttribute(name, value);
  return fixture<T>(template, { parentNode });
}

const SITE = 'http://127.0.0.1:8881';
const POSTS = `${SITE}/wp-json/wp/v2/posts`;
const PREV_HEADLINE = 'Aktion „Faire Schultüte“ auch im Homburger Eine-Welt-Laden';
const NEXT_HEADLINE = 'Künstliche Intelligenz: Projekt unter Beteiligung saarländischer Hochschulen erhält Millionenförderung';

/** A WordPress whose post 6 sits between the recorded posts 5 and 7. */
function wordPress(): FakeServer {
  return new FakeServer()
    .on('GET', (url) => url.searchParams.has('include') || url.searchParams.has('slug'), async () => json([await (await recorded('post-bexbach')).json()]))
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .install();
}

const link = (el: PressNav, side: 'prev' | 'next') => shadow(el).querySelector<HTMLAnchorElement>(`a[part="${side}"]`);
const loaded = (el: PressNav) => until(() => link(el, 'prev') || link(el, 'next'), 3000, 'neighbour links');

/** The link's accessible name (set explicitly, so the arrow and the layout cannot change it). */
const nameOf = (a: HTMLAnchorElement) => a.getAttribute('aria-label');

/** Keeps the keyboard shortcut from leaving the test page: records what it would open instead. */
function stubNavigation(el: PressNav): string[] {
  const opened: string[] = [];
  (el as unknown as { navigate: (href: string) => void }).navigate = (href) => opened.push(href);
  return opened;
}

describe('press-nav', () => {
  let server: FakeServer | undefined;
  afterEach(() => {
    server?.uninstall();
    server = undefined;
  });

  describe('static mode', () => {
    it('renders both links from attributes without any request', async () => {
      server = new FakeServer().install();
      const el = await fixture<PressNav>(html`<press-nav
        prev-href="https://news.example/alt"
        prev-headline="Älterer Artikel"
        next-href="https://news.example/neu"
        next-headline="Neuerer Artikel"
      ></press-nav>`);
      const prev = link(el, 'prev')!;
      const next = link(el, 'next')!;
      expect(prev.getAttribute('rel')).to.equal('prev');
      expect(prev.getAttribute('href')).to.equal('https://news.example/alt');
      expect(text(prev.querySelector('[part="headline"]'))).to.equal('Älterer Artikel');
      expect(next.getAttribute('rel')).to.equal('next');
      expect(next.getAttribute('href')).to.equal('https://news.example/neu');
      expect(text(next.querySelector('[part="headline"]'))).to.equal('Neuerer Artikel');
      const nav = shadow(el).querySelector('nav[part="base"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('More articles');
      expect(nameOf(prev)).to.equal('Previous article: Älterer Artikel');
      expect(nameOf(next)).to.equal('Next article: Neuerer Artikel');
      await new Promise((r) => setTimeout(r, 50));
      expect(server.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('leaves out a side without a neighbour and links nothing unsafe', async () => {
      const el = await fixture<PressNav>(html`<press-nav prev-href="javascript:alert(1)" prev-headline="Böse" next-href="/neu" next-headline="<b>Neu</b>"></press-nav>`);
      expect(link(el, 'prev')).to.equal(null);
      expect(shadow(el).querySelectorAll('a')).to.have.length(1);
      expect(link(el, 'next')!.href).to.equal(new URL('/neu', document.baseURI).href);
      expect(text(link(el, 'next')!.querySelector('[part="headline"]'))).to.equal('<b>Neu</b>');
      expect(shadow(el).querySelector('b')).to.equal(null);
    });

    it('speaks German under an ancestor with lang="de", English by default', async () => {
      const de = await fixtureIn<PressNav>({ lang: 'de' }, html`<press-nav prev-href="/a" prev-headline="A" next-href="/b" next-headline="B"></press-nav>`);
      expect(text(link(de, 'prev')!.querySelector('[part="label"]'))).to.equal('← Vorheriger Artikel');
      expect(text(link(de, 'next')!.querySelector('[part="label"]'))).to.equal('Nächster Artikel →');
      expect(nameOf(link(de, 'prev')!)).to.equal('Vorheriger Artikel: A');
      expect(shadow(de).querySelector('nav')!.getAttribute('aria-label')).to.equal('Weitere Artikel');

      const en = await fixture<PressNav>(html`<press-nav prev-href="/a" prev-headline="A" next-href="/b" next-headline="B"></press-nav>`);
      expect(nameOf(link(en, 'prev')!)).to.equal('Previous article: A');
      expect(nameOf(link(en, 'next')!)).to.equal('Next article: B');
    });

    it('points the arrows the other way under dir="rtl"', async () => {
      const arrow = (el: PressNav, side: 'prev' | 'next') => text(link(el, side)!.querySelector('.arrow'));
      const ltr = await fixture<PressNav>(html`<press-nav prev-href="/a" prev-headline="A" next-href="/b" next-headline="B"></press-nav>`);
      expect([arrow(ltr, 'prev'), arrow(ltr, 'next')]).to.deep.equal(['←', '→']);
      const rtl = await fixtureIn<PressNav>({ dir: 'rtl', lang: 'ar' }, html`<press-nav prev-href="/a" prev-headline="A" next-href="/b" next-headline="B"></press-nav>`);
      expect([arrow(rtl, 'prev'), arrow(rtl, 'next')]).to.deep.equal(['→', '←']);
      // The grid follows the writing direction: the previous article sits on the right.
      expect(link(rtl, 'prev')!.getBoundingClientRect().left).to.be.greaterThan(link(rtl, 'next')!.getBoundingClientRect().left);
      expect(link(ltr, 'prev')!.getBoundingClientRect().left).to.be.lessThan(link(ltr, 'next')!.getBoundingClientRect().left);
    });

    it('stacks the links in a narrow column and sets them side by side in a wide one', async () => {
      const el = await fixtureIn<PressNav>({ style: 'width: 900px' }, html`<press-nav prev-href="/a" prev-headline="A" next-href="/b" next-headline="B"></press-nav>`);
      const wrapper = el.parentElement!;
      const top = (side: 'prev' | 'next') => link(el, side)!.getBoundingClientRect().top;
      expect(top('prev')).to.equal(top('next'));
      wrapper.style.width = '360px';
      await until(() => top('next') > top('prev'), 1000, 'stacked layout');
    });
  });

  describe('WordPress', () => {
    it('finds the neighbours by date with three small requests and announces them', async () => {
      server = wordPress();
      const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6"></press-nav>`);
      const event = (await oneEvent(el, 'press-load')) as PressLoadEvent<Neighbours>;
      expect(event.detail.items.prev?.id).to.equal('5');
      expect(link(el, 'prev')!.href).to.equal(`${SITE}/2024/08/27/aktion-faire-schultute-auch-im-homburger-eine-welt-laden/`);
      expect(text(link(el, 'prev')!.querySelector('[part="headline"]'))).to.equal(PREV_HEADLINE);
      expect(text(link(el, 'next')!.querySelector('[part="headline"]'))).to.equal(NEXT_HEADLINE);
      expect(nameOf(link(el, 'next')!)).to.equal(`Next article: ${NEXT_HEADLINE}`);

      const urls = server.requested();
      expect(urls).to.have.length(3);
      const before = urls.find((u) => u.searchParams.has('before'))!;
      const after = urls.find((u) => u.searchParams.has('after'))!;
      expect([before.searchParams.get('before'), before.searchParams.get('order'), before.searchParams.get('per_page')]).to.deep.equal(['2024-08-28T10:15:00', 'desc', '1']);
      expect([after.searchParams.get('after'), after.searchParams.get('order'), after.searchParams.get('per_page')]).to.deep.equal(['2024-08-28T10:15:00', 'asc', '1']);
      expect(urls.filter((u) => !u.searchParams.has('per_page')), 'every request is limited').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows only "next" on the first (oldest) article', async () => {
      server = wordPress().on('GET', (url) => url.searchParams.has('before'), () => json([]));
      const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6"></press-nav>`);
      await oneEvent(el, 'press-load');
      expect(link(el, 'prev')).to.equal(null);
      expect(link(el, 'next')).to.exist;
      expect(shadow(el).querySelectorAll('a')).to.have.length(1);
    });

    it('works with a ?rest_route= source and an article URL as current', async () => {
      server = wordPress();
      const el = await fixture<PressNav>(html`<press-nav source="${SITE}/?rest_route=/wp/v2/posts" current="${SITE}/2024/08/28/sicherheitspartnerschaft-mit-bexbach/"></press-nav>`);
      await loaded(el);
      for (const url of server.requested()) {
        expect(url.pathname).to.equal('/');
        expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
      }
      expect(server.requested()[0].searchParams.get('slug')).to.equal('sicherheitspartnerschaft-mit-bexbach');
      expect(text(link(el, 'prev')!.querySelector('[part="headline"]'))).to.equal(PREV_HEADLINE);
    });

    it('discovers the REST root and the post id on a WordPress page', async () => {
      server = wordPress();
      const head = [
        Object.assign(document.createElement('link'), { rel: 'https://api.w.org/', href: `${SITE}/wp-json/` }),
        Object.assign(document.createElement('link'), { rel: 'shortlink', href: `${SITE}/?p=6` }),
      ];
      document.head.append(...head);
      try {
        const el = await fixture<PressNav>(html`<press-nav></press-nav>`);
        await loaded(el);
        expect(server.requested()[0].href).to.match(/^http:\/\/127\.0\.0\.1:8881\/wp-json\/wp\/v2\/posts\?/);
        expect(server.requested()[0].searchParams.get('include')).to.equal('6');
        expect(link(el, 'next')).to.exist;
      } finally {
        head.forEach((node) => node.remove());
      }
    });

    it('asks for categories with same-category and shows thumbnails with thumbnails', async () => {
      // Any post with an embedded featured image will do as the neighbour.
      server = wordPress().on('GET', (url) => url.searchParams.has('after'), async () => json([await (await recorded('post-bexbach')).json()]));
      const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6" same-category thumbnails></press-nav>`);
      await oneEvent(el, 'press-load');
      const after = server.requested().find((u) => u.searchParams.has('after'))!;
      expect(after.searchParams.get('categories')).to.equal('3,2');
      expect(after.searchParams.get('_embed')).to.equal('wp:featuredmedia');
      const thumbnail = link(el, 'next')!.querySelector<HTMLImageElement>('img[part="thumbnail"]')!;
      expect(thumbnail.getAttribute('src')).to.match(/^http:\/\/127\.0\.0\.1:8881\/wp-content\/uploads\//);
      expect(thumbnail.getAttribute('alt')).to.equal('');
      expect(nameOf(link(el, 'next')!)).to.equal('Next article: Sicherheitspartnerschaft mit Bexbach');
    });
  });

  describe('feeds', () => {
    it('takes the page’s own URL as the current article when none is given', async () => {
      const here = new URL(window.location.href);
      const page = { id: 'here', url: `${here.origin}${here.pathname}`, title: 'Diese Seite', date_published: '2024-08-29T10:00:00Z' };
      const older = { id: 'older', url: 'https://news.example/older', title: 'Älter', date_published: '2024-08-28T10:00:00Z' };
      server = new FakeServer().on('GET', 'feed.json', () => json({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [page, older] })).install();
      const el = await fixture<PressNav>(html`<press-nav source="https://news.example/feed.json"></press-nav>`);
      await loaded(el);
      expect(link(el, 'prev')!.href).to.equal('https://news.example/older');
      expect(link(el, 'next')).to.equal(null);
    });

    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Saar-Nachrichten',
      items: [
        { id: '3', url: 'https://news.example/2024/08/30/neu/', title: 'Neu &amp; frisch', date_published: '2024-08-30T10:00:00+02:00' },
        { id: '2', url: 'https://news.example/2024/08/29/mitte/', title: 'Mitte', date_published: '2024-08-29T10:00:00+02:00' },
        { id: '1', url: 'https://news.example/2024/08/28/alt/', title: 'Alt', date_published: '2024-08-28T10:00:00+02:00' },
      ],
    };

    for (const current of ['https://news.example/2024/08/29/mitte', 'http://news.example/2024/08/29/mitte/', 'https://news.example/2024/08/29/mitte/?utm_campaign=x#top']) {
      it(`finds the article ${current} in a JSON Feed`, async () => {
        server = new FakeServer().on('GET', 'feed.json', () => json(feed, 200, { 'content-type': 'application/feed+json' })).install();
        const el = await fixture<PressNav>(html`<press-nav source="https://news.example/feed.json" current=${current}></press-nav>`);
        await loaded(el);
        expect(link(el, 'prev')!.href).to.equal('https://news.example/2024/08/28/alt/');
        expect(text(link(el, 'next')!.querySelector('[part="headline"]'))).to.equal('Neu & frisch');
        expect(server.requests).to.have.length(1);
      });
    }
  });

  describe('loading and failing', () => {
    it('shows the server-rendered fallback and reserves the height while loading, then replaces it', async () => {
      let release: (r: Response) => void = () => {};
      server = wordPress().on('GET', (url) => url.searchParams.has('include'), () => new Promise<Response>((r) => (release = r)));
      const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6"><a href="/server-prev">Server prev</a></press-nav>`);
      const nav = shadow(el).querySelector('nav[part="base"]')!;
      expect(nav.getAttribute('aria-busy')).to.equal('true');
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('Loading…');
      const fallback = el.querySelector('a')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0, 'the fallback link is visible');
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
      // On screen, the request starts once the viewport observer has seen the element.
      await until(() => server!.requested('include').length === 1, 3000, 'the current post request');
      release(json([await (await recorded('post-bexbach')).json()]));
      await loaded(el);
      expect(fallback.getBoundingClientRect().height).to.equal(0, 'the fallback is replaced');
      expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('');
    });

    it('nothing below moves when the links arrive, on a phone and on a desktop', async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      try {
        for (const width of [375, 1280]) {
          await setViewport({ width, height: 800 });
          let release: (r: Response) => void = () => {};
          server?.uninstall();
          server = wordPress().on('GET', (url) => url.searchParams.has('include'), () => new Promise<Response>((r) => (release = r)));
          const page = document.createElement('div');
          page.innerHTML = `<press-nav source="${POSTS}" current="6"></press-nav><p>Unter der Navigation</p>`;
          document.body.append(page);
          try {
            const el = page.querySelector<PressNav>('press-nav')!;
            const below = page.querySelector('p')!;
            await until(() => server!.requested('include').length === 1, 3000, 'the current post request');
            await frame();
            const top = below.getBoundingClientRect().top;
            release(json([await (await recorded('post-bexbach')).json()]));
            await loaded(el);
            await frame();
            expect(link(el, 'next')!.getBoundingClientRect().height, 'a headline of two or three lines').to.be.greaterThan(60);
            expect(below.getBoundingClientRect().top, `the text below the navigation at ${width} px`).to.equal(top);
          } finally {
            page.remove();
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('nothing below moves when the load fails: the error keeps the loading box\'s height', async () => {
      let release: (r: Response) => void = () => {};
      server = new FakeServer().on('GET', POSTS, () => new Promise<Response>((r) => (release = r))).install();
      const page = document.createElement('div');
      page.innerHTML = `<press-nav source="${POSTS}" current="6"></press-nav><p>Unter der Navigation</p>`;
      document.body.append(page);
      try {
        const el = page.querySelector<PressNav>('press-nav')!;
        await until(() => server!.requests.length === 1, 3000, 'the request');
        await el.updateComplete;
        const top = page.querySelector('p')!.getBoundingClientRect().top;
        release(json({ code: 'internal_error', message: 'Fehler', data: { status: 500 } }, 500));
        await until(() => shadow(el).querySelector('[part="error"]'), 3000, 'the error');
        await el.updateComplete;
        expect(page.querySelector('p')!.getBoundingClientRect().top).to.equal(top);
      } finally {
        page.remove();
      }
    });

    /** The Bexbach post with neighbours whose headlines take one line. */
    const shortHeadlines = () => {
      const short = async (name: string) => {
        const [post] = await (await recorded(name)).json();
        return json([{ ...post, title: { rendered: 'Kurz' } }]);
      };
      return new FakeServer()
        .on('GET', (url) => url.searchParams.has('include'), async () => json([await (await recorded('post-bexbach')).json()]))
        .on('GET', (url) => url.searchParams.has('before'), () => short('post-bexbach-prev'))
        .on('GET', (url) => url.searchParams.has('after'), () => short('post-bexbach-next'))
        .install();
    };

    it('keeps the reserved height for short headlines until the width changes, not for a height change', async () => {
      server = shortHeadlines();
      await setViewport({ width: 375, height: 800 });
      try {
        const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6"></press-nav>`);
        const base = () => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
        await until(() => base().classList.contains('pending') && base().getBoundingClientRect().height > 0, 3000, 'the loading box');
        const reserved = base().getBoundingClientRect().height;
        await loaded(el);
        await el.updateComplete;
        expect(base().getBoundingClientRect().height, 'one-line headlines keep the reserved height').to.equal(reserved);
        // A phone's address bar hiding while the reader scrolls changes the height only.
        await setViewport({ width: 375, height: 700 });
        await new Promise((r) => setTimeout(r, 100));
        expect(parseFloat(base().style.minHeight), 'kept through a height change').to.be.closeTo(reserved, 0.01);
        await setViewport({ width: 390, height: 700 });
        await until(() => base().style.minHeight === '', 3000, 'let go when the width changes');
        expect(base().getBoundingClientRect().height).to.be.below(reserved);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the reserved height while in view or above it, and lets it go once the nav is out of sight below', async () => {
      server = shortHeadlines();
      await setViewport({ width: 375, height: 800 });
      const page = document.createElement('div');
      page.innerHTML = `<div style="height: 1500px"></div><press-nav source="${POSTS}" current="6"></press-nav><div style="height: 3000px"></div>`;
      document.body.append(page);
      const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
      try {
        const el = page.querySelector<PressNav>('press-nav')!;
        scrollTo(0, 1200);
        const base = () => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
        await until(() => base()?.classList.contains('pending') && base().getBoundingClientRect().height > 0, 3000, 'the loading box');
        const reserved = base().getBoundingClientRect().height;
        await loaded(el);
        await settle();
        expect(base().getBoundingClientRect().height, 'held in view').to.equal(reserved);
        scrollTo(0, 2400);
        await settle();
        expect(base().getBoundingClientRect().height, 'held above the viewport: what is in view sits below it').to.equal(reserved);
        scrollTo(0, 0);
        await until(() => base().style.minHeight === '', 3000, 'let go below the viewport');
        expect(base().getBoundingClientRect().height).to.be.below(reserved);
      } finally {
        page.remove();
        scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('an error out of sight below lets the held height go once, and keeps it through later updates in view', async () => {
      server = new FakeServer().on('GET', POSTS, () => json({ code: 'internal_error', message: 'Fehler', data: { status: 500 } }, 500)).install();
      const page = document.createElement('div');
      page.innerHTML = `<div style="height: 0"></div><press-nav source="${POSTS}" current="6" eager></press-nav><p>Unter der Navigation</p>`;
      document.body.append(page);
      try {
        const el = page.querySelector<PressNav>('press-nav')!;
        const error = () => shadow(el)?.querySelector<HTMLElement>('[part="error"]');
        await until(() => error(), 3000, 'the error');
        await el.updateComplete;
        const held = error()!.style.minHeight;
        expect(parseFloat(held), 'the error holds the loading box\'s height in view').to.be.greaterThan(0);
        el.requestUpdate();
        await el.updateComplete;
        expect(error()!.style.minHeight, 'an update changes nothing').to.equal(held);
        let updates = 0;
        const requestUpdate = el.requestUpdate.bind(el);
        el.requestUpdate = (...args: Parameters<PressNav['requestUpdate']>) => (updates++, requestUpdate(...args));
        (page.firstElementChild as HTMLElement).style.height = `${innerHeight + 100}px`;
        await until(() => error()!.style.minHeight === '', 3000, 'let go below the viewport');
        await new Promise((r) => setTimeout(r, 500));
        expect(updates, 'one update lets it go, and none follow').to.equal(1);
      } finally {
        page.remove();
      }
    });

    it('shows a placeholder of reserved height when there is no fallback', async () => {
      server = new FakeServer().on('GET', POSTS, hang).install();
      const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="6"></press-nav>`);
      expect(shadow(el).querySelector('.skeleton')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('shows a localized error with a retry, fires press-error, and recovers on retry', async () => {
      let fail = true;
      server = wordPress().on('GET', (url) => url.searchParams.has('include'), async () =>
        fail ? json({ code: 'internal_error', message: 'Kritischer Fehler &amp; Ausfall', data: { status: 500 } }, 500) : json([await (await recorded('post-bexbach')).json()]),
      );
      const errors: PressErrorEvent[] = [];
      const el = await fixtureIn<PressNav>({ lang: 'de' }, html`<press-nav source=${POSTS} current="6" @press-error=${(e: PressErrorEvent) => errors.push(e)}></press-nav>`);
      await until(() => shadow(el).querySelector('[part="error"]'), 3000, 'error');
      const error = shadow(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Der vorherige und der nächste Artikel konnten nicht geladen werden.');
      expect(text(error)).to.contain('Kritischer Fehler & Ausfall');
      expect(errors.map((e) => e.detail)).to.deep.equal([{ code: 'internal_error', message: 'Kritischer Fehler & Ausfall', status: 500 }]);
      await expect(el).to.be.accessible();

      fail = false;
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      expect(text(retry)).to.equal('Erneut versuchen');
      retry.click();
      await loaded(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(text(link(el, 'prev')!.querySelector('[part="label"]'))).to.contain('Vorheriger Artikel');
    });

    it('says so when there is no source and the page is not WordPress', async () => {
      server = new FakeServer().install();
      const el = await fixture<PressNav>(html`<press-nav></press-nav>`);
      await until(() => shadow(el).querySelector('[part="error"]'), 3000, 'error');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('No source is configured for this element.');
      expect(server.requests).to.have.length(0);
    });

    it('keeps the fallback and reports, without an error box, when the current article is not in the source', async () => {
      server = new FakeServer().on('GET', POSTS, () => json([])).install();
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      let event: PressErrorEvent;
      try {
        const el = await fixture<PressNav>(html`<press-nav source=${POSTS} current="999"><a href="/server-next">Server next</a></press-nav>`);
        event = (await oneEvent(el, 'press-error')) as PressErrorEvent;
      } finally {
        console.warn = warn;
      }
      expect(event.detail.code).to.equal('not-found');
      expect(warnings.join(' '), 'the site builder learns why in the console').to.contain('<press-nav>').and.contain('999');
      const el = document.querySelector('press-nav')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('keyboard and prefetch', () => {
    const statik = () => html`<press-nav prev-href="https://news.example/alt" prev-headline="Alt" next-href="https://news.example/neu" next-headline="Neu"></press-nav>`;

    it('ignores the arrow keys unless keyboard is set', async () => {
      const el = await fixture<PressNav>(statik());
      const opened = stubNavigation(el);
      document.body.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      expect(opened).to.deep.equal([]);
    });

    it('opens the previous article with ← and the next with →, not with modifiers or while typing', async () => {
      const el = await fixture<PressNav>(statik());
      const wrapper = el.parentElement!;
      const input = Object.assign(document.createElement('input'), { ariaLabel: 'Suche' });
      const note = Object.assign(document.createElement('div'), { contentEditable: 'true', ariaLabel: 'Notiz', textContent: 'x' });
      wrapper.prepend(input, note);
      el.keyboard = true;
      await el.updateComplete;
      const opened = stubNavigation(el);
      document.body.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      expect(opened).to.deep.equal(['https://news.example/alt', 'https://news.example/neu']);
      for (const modifier of ['Shift', 'Alt', 'Control', 'Meta']) {
        await sendKeys({ down: modifier });
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ up: modifier });
      }
      input.focus();
      await sendKeys({ press: 'ArrowLeft' });
      note.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(opened).to.have.length(2);
    });

    it('lets a cancelable press-navigate stop it, and flips the keys in RTL', async () => {
      const el = await fixtureIn<PressNav>({ dir: 'rtl' }, statik());
      el.keyboard = true;
      await el.updateComplete;
      const opened = stubNavigation(el);
      const seen: string[] = [];
      el.addEventListener('press-navigate', (event) => {
        seen.push(event.detail.direction);
        if (event.detail.direction === 'prev') event.preventDefault();
      });
      document.body.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      expect(seen).to.deep.equal(['next', 'prev']);
      expect(opened).to.deep.equal(['https://news.example/neu']);
    });

    it('prefetches a neighbour once when its link is hovered or focused, only with prefetch', async () => {
      const prefetches = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].filter((l) => l.href.startsWith('https://news.example/'));
      const el = await fixture<PressNav>(statik());
      link(el, 'next')!.focus();
      expect(prefetches()).to.have.length(0);
      el.prefetch = true;
      await el.updateComplete;
      link(el, 'prev')!.focus();
      link(el, 'next')!.focus();
      link(el, 'prev')!.focus();
      link(el, 'prev')!.dispatchEvent(new PointerEvent('pointerenter'));
      try {
        expect(prefetches().map((l) => l.href)).to.deep.equal(['https://news.example/alt', 'https://news.example/neu']);
      } finally {
        prefetches().forEach((l) => l.remove());
      }
    });
  });
});
