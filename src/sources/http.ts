import { htmlToText } from '../sanitize/text.js';
import { SourceError } from './errors.js';

/** How long a request may take before it ends in a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface RequestOptions {
  /** Aborts the request (the element disconnected or its inputs changed). */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with code `timeout`. */
  timeout?: number;
  init?: RequestInit;
}

/** A fetched response whose body has already been read as text. */
export interface FetchedText {
  response: Response;
  text: string;
  contentType: string;
}

/**
 * Fetches `url` and reads the body within one timeout, whatever the status; a request that never
 * got an answer becomes a typed SourceError: `aborted`, `timeout` or `network`.
 */
export async function request(url: string | URL, { signal, timeout = DEFAULT_TIMEOUT_MS, init }: RequestOptions = {}): Promise<FetchedText> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  try {
    // A null prototype: fetch reads every RequestInit member through the prototype chain, so a page
    // that polluted Object.prototype.method or .mode would otherwise rewrite our requests.
    const options: RequestInit = Object.assign(Object.create(null), { credentials: 'same-origin', ...init, signal: combined });
    const response = await fetch(url, options);
    const text = await response.text();
    return { response, text, contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (signal?.aborted) throw new SourceError('aborted', 'Aborted');
    if (timer.aborted) throw new SourceError('timeout', `No answer within ${Math.round(timeout / 1000)} s`);
    throw new SourceError('network', error instanceof Error ? error.message : 'Network error');
  }
}

/**
 * Like `request`, and a response that is not OK is an error too: the server's own code and decoded
 * message with its status.
 */
export async function fetchText(url: string | URL, options: RequestOptions = {}): Promise<FetchedText> {
  const fetched = await request(url, options);
  if (!fetched.response.ok) throw errorFromResponse(fetched.response.status, fetched.text, fetched.contentType);
  return fetched;
}

/**
 * Builds the error for a failed response from what the server said: a WordPress-style
 * `{code, message}` body keeps its code; an HTML error page gives its title or first text.
 * The message is always plain, decoded text, never the raw response.
 */
export function errorFromResponse(status: number, body: string, contentType: string): SourceError {
  const json = tryJson(body);
  if (json && typeof json === 'object' && 'message' in json) {
    const { code, message } = json as { code?: unknown; message?: unknown };
    return new SourceError(typeof code === 'string' && code ? code : 'http', limit(htmlToText(String(message))), status);
  }
  let message = '';
  if (/html/i.test(contentType) || /^\s*</.test(body)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    message = htmlToText(title ?? body);
  } else {
    message = htmlToText(body);
  }
  return new SourceError('http', limit(message) || `HTTP ${status}`, status);
}

export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const limit = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
