import { createDemoApi, type DemoApi } from '../../demo/api/router.js';
import { FakeServer } from './fake-server.js';

/**
 * The demo's WordPress-compatible API behind the fetch double: real WordPress behaviour (paging,
 * `after`, nonces, refusals) with every request recorded. `cookie` plays the browser's cookie
 * jar: it goes along with same-origin requests that send credentials, as a browser would.
 */
export function demoServer(options: { api?: DemoApi; cookie?: () => string } = {}): { server: FakeServer; api: DemoApi } {
  const api = options.api ?? createDemoApi();
  const server = new FakeServer()
    .on('GET', () => true, handle)
    .on('POST', () => true, handle)
    .install();
  async function handle(request: Request, url: URL): Promise<Response> {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    if (request.credentials !== 'omit' && url.origin === location.origin && options.cookie) headers.cookie = options.cookie();
    const body = request.method === 'GET' ? undefined : await request.text();
    const answer = api.handle({ method: request.method, url: url.href, headers, body });
    if (!answer) return new Response('Not found', { status: 404 });
    const empty = answer.status === 204 || answer.status === 304 || (answer.status >= 300 && answer.status < 400);
    return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
  }
  return { server, api };
}
