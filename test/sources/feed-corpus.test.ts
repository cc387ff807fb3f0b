import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { loadArticles } from '../../src/sources/articles.js';
import { SourceError } from '../../src/sources/errors.js';
import { shadow, text } from '../support/dom.js';

/**
 * Every feed of test/fixtures/feeds/corpus/ (see its build.py) through the real fetch path: served
 * over HTTP by the test server with the Content-Type and Content-Location the manifest gives it,
 * read as a stream, decoded from its bytes, parsed, and compared with the expected first items.
 */

interface CorpusFeed {
  file: string;
  contentType: string | null;
  location: string;
  note?: string;
  count?: number;
  first?: Array<{ title: string; link: string }>;
  error?: string;
  title?: string;
}

const CORPUS = new URL('../fixtures/feeds/corpus/', import.meta.url);
const { feeds } = (await (await fetch(new URL('manifest.json', CORPUS))).json()) as { feeds: CorpusFeed[] };

describe('the feed corpus', () => {
  it('has 40 feeds or more, and non-feeds besides', () => {
    expect(feeds.filter((f) => !f.error).length).to.be.at.least(40);
    expect(feeds.filter((f) => f.error).length).to.be.at.least(5);
  });

  it('is served with the manifest\'s headers (the bytes as written, legacy encodings included)', async () => {
    const response = await fetch(new URL('rss20-windows1251-header.xml', CORPUS));
    expect(response.headers.get('content-type')).to.equal('application/rss+xml; charset=windows-1251');
    expect(response.headers.get('content-location')).to.equal('https://gorod-news.example/rss/');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // "Городские" in windows-1251: one byte per letter, no UTF-8 pairs.
    expect(Array.from(bytes).some((b) => b === 0xc3)).to.equal(true);
    expect(new TextDecoder().decode(bytes)).to.contain('\uFFFD');
  });

  for (const feed of feeds.filter((f) => !f.error)) {
    it(`${feed.file}${feed.note ? ` (${feed.note})` : ''}`, async () => {
      const articles = await loadArticles(new URL(feed.file, CORPUS).href, { limit: 10_000 });
      expect(articles.length, 'items shown').to.equal(feed.count);
      const first = articles.slice(0, feed.first!.length).map((a) => ({ title: a.headline, link: a.url }));
      expect(first).to.deep.equal(feed.first);
    });
  }

  for (const feed of feeds.filter((f) => f.error)) {
    it(`${feed.file} (${feed.note}) fails with code ${feed.error}`, async () => {
      const error = await loadArticles(new URL(feed.file, CORPUS).href).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(SourceError);
      expect((error as SourceError).code).to.equal(feed.error);
      if (feed.title) expect((error as SourceError & { title: string }).title).to.equal(feed.title);
    });
  }
});

describe('the feed corpus in <press-card-list>', () => {
  async function list(file: string, event: 'press-load' | 'press-error'): Promise<PressCardList> {
    const settled = oneEvent(document, event);
    const el = await fixture<PressCardList>(html`<press-card-list eager limit="3" source=${new URL(file, CORPUS).href}></press-card-list>`);
    await settled;
    await el.updateComplete;
    return el;
  }

  it('shows the headlines and links of a windows-1251 feed, decoded', async () => {
    const el = await list('rss20-windows1251-declaration.xml', 'press-load');
    const cards = Array.from(shadow(el).querySelectorAll('press-card'));
    await Promise.all(cards.map((card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const links = cards.map((card) => shadow(card).querySelector<HTMLAnchorElement>('[part="link"]'));
    expect(links.map((a) => text(a))).to.deep.equal(['В центре города откроют новый парк', 'Ремонт моста завершён досрочно', 'Ёлка на главной площади появится в декабре']);
    expect(links[0]?.href).to.equal('https://gorod-news.example/news/2024/09/03/park.html');
  });

  it('shows a login page as a visible, localized error naming the page, with a retry', async () => {
    const el = await list('not-a-feed-login-page.html', 'press-error');
    const error = shadow(el).querySelector('[part="error"]');
    expect(text(error)).to.contain('The server sent a web page instead of data: “Anmelden ‹ Stadtteilblog — WordPress”.');
    expect(text(error)).not.to.contain('document.cookie');
    expect(shadow(el).querySelector('[part="retry"]')).to.exist;
  });

  /** Every element and attribute under `root`, through nested shadow roots. */
  function* deep(root: ParentNode): Generator<Element> {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      yield el;
      if (el.shadowRoot) yield* deep(el.shadowRoot);
    }
  }

  for (const feed of feeds.filter((f) => !f.error)) {
    it(`renders ${feed.file} with nothing that could run`, async () => {
      (window as { __xss?: unknown }).__xss = undefined;
      const el = await list(feed.file, 'press-load');
      await Promise.all(Array.from(shadow(el).querySelectorAll('press-card'), (card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      for (const node of deep(shadow(el))) {
        expect(['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta'], `<${node.localName}>`).not.to.include(node.localName);
        for (const { name, value } of Array.from(node.attributes)) {
          expect(name.startsWith('on'), `${name} on <${node.localName}>`).to.equal(false);
          if (name === 'href' || name === 'src') expect(value, name).to.match(/^https?:/);
        }
      }
      // Give an img onerror or a late handler its chance to run before checking.
      await new Promise((r) => setTimeout(r, 20));
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  }
});
