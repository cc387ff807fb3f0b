import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import type { PressErrorEvent } from '../../src/internal/events.js';
import { loadArticles } from '../../src/sources/articles.js';
import { decodeBody } from '../../src/sources/body.js';
import { SourceError } from '../../src/sources/errors.js';
import { DEFAULT_MAX_BYTES, fetchText, isWebPage, request } from '../../src/sources/http.js';
import { inFlightCount } from '../../src/sources/in-flight.js';
import { loadComments } from '../../src/sources/wordpress-comments.js';
import { shadow, text, until } from '../support/dom.js';
import { FakeServer, hang, json } from '../support/fake-server.js';

const API = 'https://site.example/wp-json/wp/v2/posts';
const CORPUS = new URL('../fixtures/feeds/corpus/', import.meta.url);

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(result, 'expected the request to fail').to.be.instanceOf(SourceError);
  return result as SourceError;
}

/** A body that sends `chunk` again and again, forever unless cancelled; says whether it was cancelled. */
function endless(chunk = new Uint8Array(64 * 1024).fill(0x20)) {
  const state = { sent: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe('byte cap', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('is 5 MB by default', () => {
    expect(DEFAULT_MAX_BYTES).to.equal(5 * 1024 * 1024);
  });

  it('an endless body is cancelled at the cap and ends in a too-large error (not network, not parse)', async () => {
    const { body, state } = endless();
    server = new FakeServer().on('GET', API, () => new Response(body, { headers: { 'content-type': 'application/json' } })).install();
    const error = await failure(fetchText(API, { maxBytes: 1024 * 1024 }));
    expect(error.toDetail()).to.deep.equal({ code: 'too-large', message: 'Over 1 MB', status: 200 });
    expect(state.cancelled, 'the stream was cancelled').to.equal(true);
    // The stream may pull a chunk or two ahead of the reader; it must not go on past the cap.
    expect(state.sent, 'about the cap was read, no more').to.be.at.most(1024 * 1024 + 3 * 64 * 1024);
  });

  it('a declared Content-Length over the cap fails before the body is read', async () => {
    const { body, state } = endless();
    server = new FakeServer().on('GET', API, () => new Response(body, { headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) } })).install();
    const error = await failure(fetchText(API));
    expect(error.code).to.equal('too-large');
    expect(state.sent, 'at most what the stream offered before it was cancelled').to.be.at.most(3 * 64 * 1024);
    expect(state.cancelled).to.equal(true);
  });

  it('a 10 MB comment page fails with too-large too (comments share the cap)', async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    server = new FakeServer().on('GET', '/comments', () => new Response(big, { headers: { 'content-type': 'application/json' } })).install();
    const error = await failure(loadComments('https://site.example/wp-json/wp/v2/comments', { post: 1 }));
    expect(error.code).to.equal('too-large');
  });

  it('a body just under the cap is read whole', async () => {
    const items = JSON.stringify([{ id: 1 }]).padEnd(4096, ' ');
    server = new FakeServer().on('GET', API, () => new Response(items, { headers: { 'content-type': 'application/json' } })).install();
    const { text: body } = await fetchText(API, { maxBytes: 4096 });
    expect(JSON.parse(body)).to.deep.equal([{ id: 1 }]);
  });

  it('a 10 MB feed shows a localized "too large" message with a retry', async () => {
    server = new FakeServer()
      .on('GET', '/huge.json', () => new Response(new Uint8Array(10 * 1024 * 1024).fill(0x20), { headers: { 'content-type': 'application/feed+json' } }))
      .install();
    const settled = oneEvent(document, 'press-error');
    const el = await fixture<PressCardList>(html`<press-card-list eager lang="de" source="https://site.example/huge.json"></press-card-list>`);
    const event = (await settled) as PressErrorEvent;
    await el.updateComplete;
    expect(event.detail.code).to.equal('too-large');
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('Die Antwort des Servers ist zu groß (mehr als 5 MB).');
    expect(shadow(el).querySelector('[part="retry"]')).to.exist;
  });
});

describe('decoding bytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

  it('takes the charset of the Content-Type first', () => {
    // "Ёж" in windows-1251 and in KOI8-R
    expect(decodeBody(bytes(0xa8, 0xe6), 'text/xml; charset=windows-1251')).to.equal('Ёж');
    expect(decodeBody(bytes(0xb3, 0xd6), 'application/rss+xml; charset="KOI8-R"')).to.equal('Ёж');
  });

  it('reads ISO-8859-1 as windows-1252, as browsers do (€ and „“ from the C1 range)', () => {
    expect(decodeBody(bytes(0x80, 0x84, 0x93, 0xfc), 'text/xml; charset=iso-8859-1')).to.equal('€„“ü');
  });

  it('else the XML declaration\'s encoding', () => {
    const decl = ascii('<?xml version="1.0" encoding="windows-1251"?><t>');
    expect(decodeBody(bytes(...decl, 0xcf, 0xf0, 0xe8), 'application/xml')).to.equal('<?xml version="1.0" encoding="windows-1251"?><t>При');
    const sjis = ascii("<?xml version='1.0' encoding='Shift_JIS'?>");
    expect(decodeBody(bytes(...sjis, 0x93, 0xfa, 0x96, 0x7b), '')).to.match(/日本$/);
  });

  it('finds the declaration behind PHP warnings printed before the feed', () => {
    const warning = ascii('<br />\n<b>Warning</b>: x in <b>feed.php</b><br />\n<?xml version="1.0" encoding="windows-1251"?><t>');
    expect(decodeBody(bytes(...warning, 0xcf, 0xf0, 0xe8), 'text/html')).to.match(/<t>При$/);
  });

  it('else UTF-8', () => {
    expect(decodeBody(new TextEncoder().encode('{"title":"Grüße"}'), 'application/json')).to.equal('{"title":"Grüße"}');
  });

  it('a byte order mark wins over everything and is dropped', () => {
    expect(decodeBody(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xbc), 'text/xml; charset=iso-8859-1')).to.equal('ü');
    expect(decodeBody(bytes(0xff, 0xfe, 0x3c, 0, 0xfc, 0), 'text/xml')).to.equal('<ü');
    expect(decodeBody(bytes(0xfe, 0xff, 0, 0x3c, 0, 0xfc), 'text/xml; charset=utf-8')).to.equal('<ü');
  });

  it('a false "UTF-8" that holds windows-1252 bytes is read as windows-1252', () => {
    expect(decodeBody(bytes(...ascii('Caf'), 0xe9, 0x20, 0x96, 0x20, 0x93, 0x4f, 0x94), 'text/html; charset=utf-8')).to.equal('Café – “O”');
  });

  it('an unknown charset falls through to the next candidate', () => {
    expect(decodeBody(new TextEncoder().encode('Grüße'), 'text/plain; charset=x-unknown-42')).to.equal('Grüße');
  });

  it('"us-ascii" with bytes beyond ASCII gives way to the XML declaration', () => {
    const body = new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?><t>Ä</t>');
    expect(decodeBody(body, 'text/xml; charset=us-ascii')).to.contain('<t>Ä</t>');
  });
});

describe('a web page where data was expected', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('a 200 login page is a web-page error with the page\'s decoded title, not a parse error', async () => {
    const page = '<!DOCTYPE html><html><head><title>Log In &lsaquo; My Site &#8212; WordPress</title></head><body><form></form></body></html>';
    server = new FakeServer().on('GET', API, () => new Response(page, { headers: { 'content-type': 'text/html; charset=UTF-8' } })).install();
    const error = await failure(loadArticles(API));
    expect(error.toDetail()).to.deep.equal({ code: 'web-page', message: 'A web page, not data: Log In ‹ My Site — WordPress', status: 200 });
  });

  it('a page is recognised by its start whatever its Content-Type', async () => {
    server = new FakeServer().on('GET', API, () => new Response('\n<!doctype html><title>Error 1020</title>', { headers: { 'content-type': 'application/json' } })).install();
    expect((await failure(fetchText(API))).code).to.equal('web-page');
  });

  it('a feed or JSON sent as text/html is data, not a page', () => {
    expect(isWebPage('<?xml version="1.0"?><rss version="2.0"></rss>', 'text/html')).to.equal(false);
    expect(isWebPage('\uFEFF  <rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'text/html; charset=utf-8')).to.equal(false);
    expect(isWebPage('<feed xmlns="http://www.w3.org/2005/Atom"/>', 'text/html')).to.equal(false);
    expect(isWebPage('[{"id":1}]', 'text/html')).to.equal(false);
    expect(isWebPage('<rss version="2.0">', 'application/rss+xml')).to.equal(false);
  });

  it('HTML without a doctype, an XHTML page, or text sent as text/html is a page', () => {
    expect(isWebPage('<html><body>Forbidden</body></html>', 'text/plain')).to.equal(true);
    expect(isWebPage('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "x" "y"><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'application/xml')).to.equal(true);
    expect(isWebPage('<!-- cache --><head><title>x</title></head>', 'application/octet-stream')).to.equal(true);
    expect(isWebPage('Access denied', 'text/html')).to.equal(true);
  });

  it('an HTML error status stays an http error (the status says what happened)', async () => {
    server = new FakeServer().on('GET', API, () => new Response('<html><head><title>502 Bad Gateway</title></head></html>', { status: 502, headers: { 'content-type': 'text/html' } })).install();
    expect((await failure(fetchText(API))).toDetail()).to.deep.equal({ code: 'http', message: '502 Bad Gateway', status: 502 });
  });

  it('the element says so in the reader\'s language, with the title and a retry', async () => {
    server = new FakeServer()
      .on('GET', API, () => new Response('<!DOCTYPE html><html><head><title>Anmelden</title></head></html>', { headers: { 'content-type': 'text/html' } }))
      .install();
    const settled = oneEvent(document, 'press-error');
    const el = await fixture<PressCardList>(html`<press-card-list eager lang="de" source=${API}></press-card-list>`);
    await settled;
    await el.updateComplete;
    const error = text(shadow(el).querySelector('[part="error"]'));
    expect(error).to.contain('Der Server hat statt Daten eine Webseite geschickt: „Anmelden“.');
    expect(error, 'no "the server said" repeat of our own words').not.to.contain('Meldung des Servers');
  });
});

describe('errors labelled for what they are', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('JSON that does not parse is parse, a failed fetch is network', async () => {
    server = new FakeServer()
      .on('GET', '/broken', () => new Response('[{"id": 1,', { headers: { 'content-type': 'application/json' } }))
      .on('GET', '/down', () => Promise.reject(new TypeError('Failed to fetch')))
      .install();
    expect((await failure(loadArticles('https://site.example/broken'))).code).to.equal('parse');
    expect((await failure(loadArticles('https://site.example/down'))).code).to.equal('network');
  });
});

describe('credentials and redirects', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('a cross-origin GET goes without credentials; a same-origin one with the site\'s cookies', async () => {
    server = new FakeServer().on('GET', () => true, () => json([])).install();
    await request('https://other.example/wp-json/wp/v2/posts');
    await request(new URL('/same-origin.json', location.href));
    expect(server.requests.map((r) => r.credentials)).to.deep.equal(['omit', 'same-origin']);
  });

  it('a caller that asks for credentials gets them', async () => {
    server = new FakeServer().on('GET', () => true, () => json([])).install();
    await request('https://other.example/x', { init: { credentials: 'include' } });
    expect(server.requests[0].credentials).to.equal('include');
  });

  it('GETs follow redirects; a POST is never carried to where a redirect points', async () => {
    server = new FakeServer().on('GET', () => true, () => json([])).on('POST', () => true, () => json({})).install();
    await request('https://other.example/feed');
    await request('https://other.example/wp-json/wp/v2/comments', { init: { method: 'POST', body: '{}' } });
    expect(server.requests.map((r) => r.redirect)).to.deep.equal(['follow', 'manual']);
  });

  it('over real HTTP: a GET follows a redirect to where it points, a redirected POST ends in a redirect error', async () => {
    const target = new URL('rss20-wordpress.xml', CORPUS).href;
    const redirect = `${location.origin}/__redirect?to=${encodeURIComponent(target)}`;
    const followed = await request(redirect);
    expect(followed.response.redirected).to.equal(true);
    expect(followed.text).to.contain('Stadtteilblog Nordend');
    const error = await failure(request(redirect, { init: { method: 'POST', body: 'comment=Hallo' } }));
    expect(error.code).to.equal('redirect');
  });
});

describe('identical requests in flight', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('share one fetch; each caller gets its own result', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server = new FakeServer().on('GET', API, async () => (await gate, json([{ id: 7 }], 200, { 'x-wp-total': '1' }))).install();
    const calls = [fetchText(API), fetchText(API), request(API)];
    await until(() => server.requests.length > 0);
    release();
    const results = await Promise.all(calls);
    expect(server.requests, 'one fetch').to.have.length(1);
    expect(results.map((r) => JSON.parse(r.text))).to.deep.equal([[{ id: 7 }], [{ id: 7 }], [{ id: 7 }]]);
    expect(results[0]).not.to.equal(results[1]);
    expect(results[1].response.headers.get('x-wp-total')).to.equal('1');
    expect(inFlightCount()).to.equal(0);
  });

  it('a later identical request after the first settled fetches again (nothing is cached)', async () => {
    server = new FakeServer().on('GET', API, () => json([])).install();
    await fetchText(API);
    await fetchText(API);
    expect(server.requests).to.have.length(2);
  });

  it('different URLs, headers, methods or any other init member are not shared', async () => {
    server = new FakeServer().on('GET', () => true, () => json([])).install();
    await Promise.all([
      request(API),
      request(`${API}?page=2`),
      request(API, { init: { headers: { 'X-WP-Nonce': 'abc' } } }),
      request(API, { init: { cache: 'no-store' } }),
      request(API, { init: { referrer: '' } }),
      request(API, { init: { integrity: 'sha256-x' } }),
    ]);
    expect(server.requests).to.have.length(6);
  });

  it('equal init members in equal headers share, the signal aside', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server = new FakeServer().on('GET', API, async () => (await gate, json([]))).install();
    const init = () => ({ headers: { 'X-WP-Nonce': 'abc', Accept: 'application/json' }, credentials: 'same-origin' as const, signal: new AbortController().signal });
    const calls = [request(API, { init: init() }), request(API, { init: { ...init(), headers: { accept: 'application/json', 'x-wp-nonce': 'abc' } } })];
    await until(() => server.requests.length > 0);
    release();
    await Promise.all(calls);
    expect(server.requests).to.have.length(1);
  });

  it('one caller aborting does not abort the others; all aborting aborts the fetch', async () => {
    server = new FakeServer().on('GET', API, hang).install();
    const first = new AbortController();
    const second = new AbortController();
    const a = failure(request(API, { signal: first.signal }));
    const b = failure(request(API, { signal: second.signal }));
    await until(() => server.requests.length === 1);
    first.abort();
    expect((await a).code).to.equal('aborted');
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests[0].signal.aborted, 'still fetching for the second caller').to.equal(false);
    second.abort();
    expect((await b).code).to.equal('aborted');
    await until(() => server.requests[0].signal.aborted, 1000, 'the shared fetch to be aborted');
    expect(inFlightCount()).to.equal(0);
  });

  it('a signal given in init aborts like the signal option', async () => {
    server = new FakeServer().on('GET', API, hang).install();
    const controller = new AbortController();
    const pending = failure(request(API, { init: { signal: controller.signal } }));
    await until(() => server.requests.length === 1);
    controller.abort();
    expect((await pending).code).to.equal('aborted');
    await until(() => server.requests[0].signal.aborted, 1000, 'the fetch to be aborted');
  });

  it('one caller timing out leaves the others waiting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server = new FakeServer().on('GET', API, async () => (await gate, json([{ id: 1 }]))).install();
    const quick = failure(request(API, { timeout: 30 }));
    const patient = request(API, { timeout: 5000 });
    expect((await quick).code).to.equal('timeout');
    release();
    expect(JSON.parse((await patient).text)).to.deep.equal([{ id: 1 }]);
    expect(server.requests).to.have.length(1);
  });

  it('a card list and a navigation on one page asking for the same feed make one request', async () => {
    await import('../../src/elements/press-nav/define.js');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const feed = await (await fetch(new URL('rss20-wordpress.xml', CORPUS))).arrayBuffer();
    server = new FakeServer().on('GET', 'https://nordend.example/feed/', async () => (await gate, new Response(feed, { headers: { 'content-type': 'application/rss+xml' } }))).install();
    const loads = [oneEvent(document, 'press-load'), oneEvent(document, 'press-load')];
    await fixture(html`<div>
      <press-card-list eager source="https://nordend.example/feed/"></press-card-list>
      <press-nav eager source="https://nordend.example/feed/" current="https://nordend.example/2024/08/29/radwege-friedberger/"></press-nav>
    </div>`);
    await until(() => server.requests.length > 0);
    await new Promise((r) => setTimeout(r, 20));
    release();
    await Promise.all(loads);
    expect(server.requested('nordend.example/feed/')).to.have.length(1);
  });
});

describe('offline', () => {
  let server: FakeServer;
  /** What the browser does when the network drops: navigator.onLine turns false, fetch fails, `offline` fires. */
  function goOffline(): void {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
  }
  function goOnline(): void {
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  }
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
    server?.uninstall();
  });

  it('a request that fails while the browser is offline is code offline (not network)', async () => {
    server = new FakeServer().on('GET', API, () => Promise.reject(new TypeError('Failed to fetch'))).install();
    goOffline();
    expect((await failure(fetchText(API))).code).to.equal('offline');
  });

  it('the element says "offline" in the reader\'s language and loads by itself when the browser is back online', async () => {
    const feed = await (await fetch(new URL('rss20-wordpress.xml', CORPUS))).arrayBuffer();
    let online = false;
    server = new FakeServer()
      .on('GET', 'https://nordend.example/feed/', () => (online ? new Response(feed, { headers: { 'content-type': 'application/rss+xml' } }) : Promise.reject(new TypeError('Failed to fetch'))))
      .install();
    goOffline();
    const failed = oneEvent(document, 'press-error');
    const el = await fixture<PressCardList>(html`<press-card-list eager lang="de" source="https://nordend.example/feed/"></press-card-list>`);
    expect(((await failed) as PressErrorEvent).detail.code).to.equal('offline');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('Sie sind offline.');
    expect(shadow(el).querySelector('[part="retry"]'), 'the reader may still retry by hand').to.exist;

    const loaded = oneEvent(document, 'press-load');
    online = true;
    goOnline();
    await loaded;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('press-card')).to.have.length(3);
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(server.requests).to.have.length(2);
  });

  it('an element that left the page does not load when the browser comes back', async () => {
    server = new FakeServer().on('GET', API, () => Promise.reject(new TypeError('Failed to fetch'))).install();
    goOffline();
    const failed = oneEvent(document, 'press-error');
    const el = await fixture<PressCardList>(html`<press-card-list eager source=${API}></press-card-list>`);
    await failed;
    el.remove();
    goOnline();
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests).to.have.length(1);
  });
});
