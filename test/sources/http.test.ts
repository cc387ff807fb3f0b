import { expect } from '@open-wc/testing';
import { errorFromResponse, fetchText } from '../../src/sources/http.js';
import { SourceError } from '../../src/sources/errors.js';
import { FakeServer, hang, json, recorded } from '../support/fake-server.js';

const URL_ = 'https://site.example/wp-json/wp/v2/posts';

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(result, 'expected the request to fail').to.be.instanceOf(SourceError);
  return result as SourceError;
}

describe('fetchText', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  it('returns the body and content type of a good response', async () => {
    server = new FakeServer().on('GET', URL_, () => json([{ id: 1 }])).install();
    const { text, contentType, response } = await fetchText(URL_);
    expect(JSON.parse(text)).to.deep.equal([{ id: 1 }]);
    expect(contentType).to.equal('application/json; charset=UTF-8');
    expect(response.status).to.equal(200);
  });

  it('a 500 HTML page gives the decoded <title> as message, never the raw page', async () => {
    const page = '<!DOCTYPE html><html><head><title>Datenbank &amp; Server &ndash; Fehler</title></head><body><h1>Error</h1><script>alert(1)</script></body></html>';
    server = new FakeServer().on('GET', URL_, () => new Response(page, { status: 500, headers: { 'content-type': 'text/html; charset=UTF-8' } })).install();
    const error = await failure(fetchText(URL_));
    expect(error.toDetail()).to.deep.equal({ code: 'http', message: 'Datenbank & Server – Fehler', status: 500 });
  });

  it('a WordPress JSON error keeps its code, decoded message and status', async () => {
    server = new FakeServer().on('GET', URL_, () => json({ code: 'rest_forbidden', message: 'Sie d&uuml;rfen das <b>nicht</b>.', data: { status: 403 } }, 403)).install();
    const error = await failure(fetchText(URL_));
    expect(error.toDetail()).to.deep.equal({ code: 'rest_forbidden', message: 'Sie dürfen das nicht.', status: 403 });
  });

  it('a recorded WordPress error (409 comment_duplicate) keeps its code and message', async () => {
    server = new FakeServer().on('POST', '/comments', () => recorded('post-comment-error-duplicate')).install();
    const error = await failure(fetchText('https://site.example/wp-json/wp/v2/comments', { init: { method: 'POST', body: '{}' } }));
    expect(error.code).to.equal('comment_duplicate');
    expect(error.status).to.equal(409);
    expect(error.message).to.match(/^Duplicate comment detected/);
  });

  it('a plain-text error body becomes the message; an empty one says the status', async () => {
    server = new FakeServer()
      .on('GET', '/text', () => new Response('Service unavailable', { status: 503, headers: { 'content-type': 'text/plain' } }))
      .on('GET', '/empty', () => new Response('', { status: 502 }))
      .install();
    expect((await failure(fetchText('https://site.example/text'))).toDetail()).to.deep.equal({ code: 'http', message: 'Service unavailable', status: 503 });
    expect((await failure(fetchText('https://site.example/empty'))).toDetail()).to.deep.equal({ code: 'http', message: 'HTTP 502', status: 502 });
  });

  it('a network failure is code network without a status', async () => {
    server = new FakeServer().on('GET', URL_, () => Promise.reject(new TypeError('Failed to fetch'))).install();
    const error = await failure(fetchText(URL_));
    expect(error.toDetail()).to.deep.equal({ code: 'network', message: 'Failed to fetch', status: null });
  });

  it('a response that does not come within `timeout` ms is code timeout, and the request is aborted', async () => {
    server = new FakeServer().on('GET', URL_, hang).install();
    const error = await failure(fetchText(URL_, { timeout: 50 }));
    expect(error.code).to.equal('timeout');
    expect(server.requests[0].signal.aborted).to.equal(true);
  });

  it('aborting through the signal is code aborted (not timeout, not network)', async () => {
    server = new FakeServer().on('GET', URL_, hang).install();
    const controller = new AbortController();
    const pending = fetchText(URL_, { signal: controller.signal, timeout: 5000 });
    controller.abort();
    const error = await failure(pending);
    expect(error.code).to.equal('aborted');
    expect(server.requests[0].signal.aborted).to.equal(true);
  });

  it('an already aborted signal never produces a result', async () => {
    server = new FakeServer().on('GET', URL_, () => json([])).install();
    const error = await failure(fetchText(URL_, { signal: AbortSignal.abort() }));
    expect(error.code).to.equal('aborted');
  });
});

describe('errorFromResponse', () => {
  it('caps a long message and never returns markup', () => {
    const error = errorFromResponse(500, `<p>${'x'.repeat(1000)}</p>`);
    expect(error.message.length).to.be.at.most(300);
    expect(error.message).not.to.contain('<');
  });

  it('reads the text of an HTML page without a title', () => {
    expect(errorFromResponse(500, '<html><body><p>Kaputt &amp; weg</p></body></html>').message).to.equal('Kaputt & weg');
  });

  it('a JSON body without message is not mistaken for a WordPress error', () => {
    const error = errorFromResponse(500, '{"error":true}');
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
  });
});

describe('SourceError.from', () => {
  it('maps thrown things to codes', () => {
    expect(SourceError.from(new DOMException('x', 'AbortError')).code).to.equal('aborted');
    // A timeout and a network failure are typed by `request` itself (the tests above, through it).
    // Anything else thrown came from reading the answer: not the network's fault.
    expect(SourceError.from(new TypeError("Cannot read properties of null (reading 'querySelectorAll')")).code).to.equal('parse');
    const same = new SourceError('parse', 'p');
    expect(SourceError.from(same)).to.equal(same);
  });
});

describe('the contract: a hung request fails visibly within 20 s', () => {
  it('every fetching element and the source layer time out within 20 s by default', async () => {
    await import('../../src/press-widgets.js');
    const { DEFAULT_TIMEOUT_MS } = await import('../../src/sources/http.js');
    expect(DEFAULT_TIMEOUT_MS).to.be.at.most(20_000);
    for (const tag of ['press-card-list', 'press-nav', 'press-comments'] as const) expect(document.createElement(tag).timeout, tag).to.be.at.most(20_000);
  });
});
