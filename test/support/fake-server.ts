/**
 * A fetch double for tests: routes requests to handlers (usually recorded WordPress responses
 * from test/fixtures), records every request, and can hang or fail on demand. Real rendering,
 * real parsing; only the network is replaced.
 */
export type Handler = (request: Request, url: URL) => Response | Promise<Response>;

interface Route {
  method: string;
  match: (url: URL) => boolean;
  handler: Handler;
}

const realFetch = window.fetch.bind(window);

export class FakeServer {
  readonly requests: Request[] = [];
  private routes: Route[] = [];
  private restore: (() => void) | null = null;

  /** Adds a route; `match` is a substring of the full URL, a RegExp, or a predicate. Later routes win. */
  on(method: string, match: string | RegExp | ((url: URL) => boolean), handler: Handler | Response | (() => Response)): this {
    const test = typeof match === 'string' ? (url: URL) => url.href.includes(match) : match instanceof RegExp ? (url: URL) => match.test(url.href) : match;
    const respond: Handler = handler instanceof Response ? () => handler.clone() : (handler as Handler);
    this.routes.unshift({ method: method.toUpperCase(), match: test, handler: respond });
    return this;
  }

  install(): this {
    const previous = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      this.requests.push(request.clone());
      const url = new URL(request.url);
      const route = this.routes.find((r) => r.method === request.method && r.match(url));
      if (!route) return new Response(JSON.stringify({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.' }), { status: 404, headers: { 'content-type': 'application/json' } });
      if (request.signal.aborted) throw new DOMException('Aborted', 'AbortError');
      return await new Promise<Response>((resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
        Promise.resolve(route.handler(request, url)).then(resolve, reject);
      });
    };
    this.restore = () => (window.fetch = previous);
    return this;
  }

  uninstall(): void {
    this.restore?.();
    this.restore = null;
  }

  /** Requests whose URL contains `part` (or all). */
  requested(part = ''): URL[] {
    return this.requests.map((r) => new URL(r.url)).filter((u) => u.href.includes(part));
  }
}

/** A response that never comes (until the request is aborted). */
export const hang: Handler = () => new Promise<Response>(() => {});

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers } });
}

/** The text of a file under test/fixtures/. */
export async function fixtureText(path: string): Promise<string> {
  const response = await realFetch(new URL(`../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`No fixture ${path}`);
  return response.text();
}

/**
 * A response recorded from a real WordPress: `name.json` (or `name.body.html`) with the status
 * and headers of `name.headers.txt`.
 */
export async function recorded(name: string): Promise<Response> {
  const head = await fixtureText(`wordpress/${name}.headers.txt`);
  const [statusLine, ...lines] = head.trim().split(/\r?\n/);
  const status = Number(statusLine.split(' ')[1]);
  const headers = new Headers();
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  let body = '';
  try {
    body = await fixtureText(`wordpress/${name}.json`);
  } catch {
    body = await fixtureText(`wordpress/${name}.body.html`).catch(() => '');
  }
  return new Response(status === 204 || status === 304 ? null : body, { status, headers });
}
