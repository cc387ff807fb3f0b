/**
 * The demo API's request and response shapes: plain data, so the same handlers run inside
 * Vite's Node middleware and inside a browser test without a server.
 */

export interface ApiRequest {
  method: string;
  /** Absolute URL as the client asked for it (origin included). */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds the server waits before answering (the `simulate=slow` switch). */
  delayMs?: number;
}

/** What every handler knows about the request it answers. */
export interface Context {
  url: URL;
  /** The site's front URL without a trailing slash (`http://host` or `http://host/stock`). */
  site: string;
  /** True under `/stock/`: a stock WordPress that refuses anonymous REST comments. */
  stock: boolean;
  /** `?simulate=empty`: every collection is empty. */
  empty: boolean;
  now: Date;
  /** The request's `Cookie` header (the demo login lives there). */
  cookie?: string;
  /** The request's `X-WP-Nonce` header. */
  nonce?: string;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', 'X-Content-Type-Options': 'nosniff', 'X-Robots-Tag': 'noindex', ...headers },
    body: JSON.stringify(body),
  };
}

/** A WordPress REST error body: `{code, message, data: {status, ...}}`. */
export function wpError(status: number, code: string, message: string, data: Record<string, unknown> = {}): ApiResponse {
  return jsonResponse(status, { code, message, data: { status, ...data } });
}

/** WordPress's answer to a parameter that fails its schema (400 `rest_invalid_param`). */
export function invalidParam(name: string, code: string, message: string): ApiResponse {
  return wpError(400, 'rest_invalid_param', `Invalid parameter(s): ${name}`, {
    params: { [name]: message },
    details: { [name]: { code, message, data: null } },
  });
}

/** Values of a list parameter in either WordPress spelling: `a=1,2` or `a[]=1&a[]=2`. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return [...params.getAll(name), ...params.getAll(`${name}[]`)]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** `text` with the characters that are special in HTML and XML escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');
}
