import { htmlToText } from '../sanitize/text.js';
import { DEFAULT_MAX_BYTES, decodeBody, readBody } from './body.js';
import { SourceError, WebPageError } from './errors.js';
import { shareInFlight } from './in-flight.js';
import { obj, str } from './json.js';

export { DEFAULT_MAX_BYTES } from './body.js';

/** How long a request may take before it ends in a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface RequestOptions {
  /** Aborts the request (the element disconnected or its inputs changed). */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with code `timeout`. */
  timeout?: number;
  /** Bytes a body may have before the request fails with code `too-large` (default 5 MB). */
  maxBytes?: number;
  /**
   * Passed to `fetch`. Unless set here: cross-origin requests go without credentials
   * (`credentials: 'omit'`), and only GET and HEAD follow redirects (`redirect: 'manual'` otherwise).
   */
  init?: RequestInit;
}

/** A fetched response whose body has already been read (within the byte cap) and decoded. */
export interface FetchedText {
  response: Response;
  text: string;
  contentType: string;
}

/**
 * Fetches `url` and reads the body within one timeout, whatever the status; a request that never
 * got an answer becomes a typed SourceError: `aborted`, `timeout`, `offline` or `network`, and a
 * body over `maxBytes` one with code `too-large`. Identical GETs in flight are fetched once.
 */
export async function request(url: string | URL, { signal, timeout = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, init = {} }: RequestOptions = {}): Promise<FetchedText> {
  const target = new URL(url, document.baseURI);
  // Only what the caller set, in an object without a prototype: fetch reads every RequestInit
  // member through the prototype chain, so a page that polluted Object.prototype.method,
  // .credentials or .integrity would otherwise rewrite our requests.
  const settled: RequestInit = Object.assign(Object.create(null), init);
  const redirectAsked = settled.redirect;
  const method = (settled.method ?? 'GET').toUpperCase();
  // Cookies only go where they belong; a CDN caches a cross-origin GET alike for every reader.
  settled.credentials ??= target.origin === location.origin ? 'same-origin' : 'omit';
  // A POST is never carried to wherever a redirect points (another origin least of all).
  settled.redirect ??= method === 'GET' || method === 'HEAD' ? 'follow' : 'manual';
  const timer = AbortSignal.timeout(timeout);
  // A signal passed in `init` counts as the caller's too.
  const callerSignals = [signal, settled.signal].filter((s): s is AbortSignal => !!s);
  const combined = AbortSignal.any([...callerSignals, timer]);
  // Called once, after the sharing key was taken: the fetch's own signal goes into `settled`.
  const load = (loadSignal: AbortSignal) => fetchBody(target, Object.assign(settled, { signal: loadSignal }), maxBytes);
  try {
    const fetched = method === 'GET' ? await shareInFlight(requestKey(target, settled, maxBytes), load, combined) : await load(combined);
    if (fetched.response.type === 'opaqueredirect' && !redirectAsked) {
      throw new SourceError('redirect', 'Redirected, not sent on');
    }
    return fetched;
  } catch (error) {
    if (callerSignals.some((s) => s.aborted)) throw new SourceError('aborted', 'Aborted');
    if (timer.aborted) throw new SourceError('timeout', 'Timed out');
    if (error instanceof SourceError) throw error;
    if (navigator.onLine === false) throw new SourceError('offline', 'Offline');
    throw new SourceError('network', String((error as Error)?.message ?? error));
  }
}

async function fetchBody(url: URL, init: RequestInit, maxBytes: number): Promise<FetchedText> {
  const response = await fetch(url, init);
  const contentType = response.headers.get('content-type') ?? '';
  const text = decodeBody(await readBody(response, maxBytes), contentType);
  return { response, text, contentType };
}

/**
 * What makes two GETs one request: the URL, the byte cap, the headers (they iterate sorted by
 * name, so equal headers in any order give one key) and every other init member as set (the
 * signal aside: each caller has its own). Any difference makes a request its own.
 */
const requestKey = (url: URL, init: RequestInit, maxBytes: number): string =>
  JSON.stringify([url.href, maxBytes, [...new Headers(init.headers)], Object.entries(init).filter(([key]) => key !== 'headers' && key !== 'signal')]);

/**
 * Like `request`, for data (JSON, feeds): a response that is not OK is an error with the server's
 * own code and decoded message, and a web page where data was expected (a login page, a CDN's
 * error page) is an error with code `web-page` and the page's title, not a parse failure.
 */
export async function fetchText(url: string | URL, options: RequestOptions = {}): Promise<FetchedText> {
  const fetched = await request(url, options);
  const { response, text, contentType } = fetched;
  if (!response.ok) throw errorFromResponse(response.status, text);
  if (isWebPage(text, contentType)) throw new WebPageError(pageTitle(text), response.status);
  return fetched;
}

/**
 * True for an HTML document: one that starts like a page, or one sent as `text/html` that does not
 * start like a feed or JSON (servers do send real feeds as text/html).
 */
export function isWebPage(text: string, contentType: string): boolean {
  const start = text
    .slice(0, 4096)
    // `\s` takes a byte order mark too.
    .replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  // Where `re` first matches (1-based), else Infinity.
  const at = (re: RegExp) => start.search(re) + 1 || Infinity;
  const page = at(/^<(head|body)[\s>]|<(!doctype\s+html|html)[\s>]/i);
  if (page === 1) return true;
  // A feed after some noise (PHP warnings printed before it) is still a feed.
  if (at(/<([\w.-]+:)?(rss|rdf|feed)[\s>]/i) < page) return false;
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType) && !/^([[{]|<([\w.-]+:)?(rss|rdf|feed|entry)[\s>/])/i.test(start);
}

/** The decoded `<title>` of an HTML page, else its first text; never markup. */
function pageTitle(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return htmlToText(title ?? html, 300);
}

/**
 * Builds the error for a failed response from what the server said: a WordPress-style
 * `{code, message}` body keeps its code; an HTML error page gives its title or first text.
 * The message is always plain, decoded text, never the raw response.
 */
export function errorFromResponse(status: number, body: string): SourceError {
  const json = obj(tryJson(body));
  // htmlToText takes whatever `message` is (a hostile one too) and returns text.
  if (json && 'message' in json) return new SourceError(str(json.code) || 'http', htmlToText(json.message as string, 300), status);
  // A page's title, else its text (what a plain-text body is as well).
  return new SourceError('http', pageTitle(body) || `HTTP ${status}`, status);
}

export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A count WordPress sends in a header (`X-WP-Total`, `X-WP-TotalPages`), or null when it sent none that is one. */
export function countHeader(response: Response, name = 'x-wp-total'): number | null {
  const count = Number(response.headers.get(name) ?? NaN);
  return Number.isInteger(count) && count >= 0 ? count : null;
}

/** `fetchText` of a JSON list (a WordPress collection); anything else is a `parse` error. */
export async function fetchList(url: URL, options?: RequestOptions): Promise<{ response: Response; items: unknown[] }> {
  const { response, text } = await fetchText(url, options);
  const items = tryJson(text);
  if (!Array.isArray(items)) throw new SourceError('parse', 'Not a JSON list');
  return { response, items };
}
