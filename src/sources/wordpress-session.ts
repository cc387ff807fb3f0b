import { htmlToText } from '../sanitize/text.js';
import { parseUrl } from '../sanitize/url.js';
import { SourceError } from './errors.js';
import { fetchText, tryJson, type RequestOptions } from './http.js';
import { obj, str } from './json.js';
import { siblingRoute } from './wordpress.js';

/**
 * A signed-in WordPress reader: the REST nonce the site printed for them and who they are
 * (`/wp/v2/users/me`). Cookie authentication in WordPress needs both the login cookie and the
 * nonce in `X-WP-Nonce`; without the nonce the REST API treats the request as anonymous.
 */

/** The reader WordPress says is signed in. */
export interface SignedInUser {
  id: number;
  /** Display name, plain text. */
  name: string;
}

/** What the page gives us to act as the signed-in reader. */
export interface WordPressSession {
  nonce: string;
  user: SignedInUser;
}

declare global {
  interface Window {
    /** Printed by WordPress's `wp-api-request` script: `{root, nonce, versionString}`. */
    wpApiSettings?: { root?: unknown; nonce?: unknown };
  }
}

/** The code WordPress answers a stale nonce with (403): the reader's sign-in must be treated as gone. */
export const EXPIRED_NONCE = 'rest_cookie_invalid_nonce';

export const isExpiredNonce = (error: unknown): boolean => error instanceof SourceError && error.code === EXPIRED_NONCE;

/**
 * The REST nonce for requests to `source`: the element's own `nonce` attribute, else the one
 * WordPress printed as `wpApiSettings.nonce`. Only for a source on the page's own origin: the
 * nonce belongs to this site's login cookie, and handing it to another host would leak it.
 */
export function findNonce(source: string | URL, attribute = ''): string | null {
  if (parseUrl(source, document.baseURI)?.origin !== location.origin) return null;
  const printed = window.wpApiSettings?.nonce;
  const nonce = attribute.trim() || (typeof printed === 'string' && !visiblyAnonymous() ? printed.trim() : '');
  // WordPress nonces are short hex strings; anything else (markup, a whole object) is not one.
  return /^[\w-]{1,64}$/.test(nonce) ? nonce : null;
}

/**
 * WordPress prints `wpApiSettings.nonce` for every visitor once a plugin enqueues `wp-api`, so a
 * nonce alone would cost each anonymous page view an uncached `users/me` request. A theme's
 * `body_class()` says better: its classes (`postid-6`, `home`, …) without `logged-in` mean nobody
 * is signed in. A page without WordPress's body classes tells nothing, and is asked.
 */
function visiblyAnonymous(): boolean {
  const classes = document.body?.classList;
  if (!classes || classes.contains('logged-in') || document.getElementById('wpadminbar')) return false;
  return [...classes].some((name) => /^(postid-\d+|page-id-\d+|home|blog|archive|search|error404|attachment)$/.test(name));
}

/** `/wp/v2/users/me` on the same site as a comments (or any REST) URL, in its permalink form. */
export function currentUserUrl(source: string | URL): URL {
  return siblingRoute(new URL(source, document.baseURI), 'wp/v2/users/me');
}

/**
 * Asks WordPress who is signed in. Null when nobody is (401 `rest_not_logged_in`: the cookie is
 * gone); a stale nonce throws `rest_cookie_invalid_nonce`, so the form can say so.
 */
export async function loadCurrentUser(source: string | URL, nonce: string, options: Omit<RequestOptions, 'init'> = {}): Promise<SignedInUser | null> {
  const url = currentUserUrl(source);
  url.searchParams.set('_fields', 'id,name');
  try {
    const { text } = await fetchText(url, { ...options, init: { headers: { 'X-WP-Nonce': nonce }, credentials: 'same-origin' } });
    const user = obj(tryJson(text));
    const id = Number(user?.id);
    return Number.isInteger(id) && id > 0 ? { id, name: htmlToText(str(user!.name)) } : null;
  } catch (error) {
    if (error instanceof SourceError && (error.status === 401 || error.code === 'rest_not_logged_in')) return null;
    throw error;
  }
}
