/**
 * A signed-in reader for the demo, the way WordPress does it: a login cookie plus a REST nonce
 * printed into the page (`wpApiSettings.nonce`). A REST request with `X-WP-Nonce` counts as the
 * user when the nonce matches the cookie; a wrong or stale one is refused (403
 * `rest_cookie_invalid_nonce`) on every route; without the header the request is anonymous,
 * cookie or not. `/wp-login.php?action=demo-login|logout|demo-expire` are the demo's switches.
 */
import { escapeHtml, jsonResponse, wpError, type ApiResponse, type Context } from './http.js';
import { pickFields } from './wp-shapes.js';

export const SESSION_COOKIE = 'wordpress_logged_in_demo';

/** The demo's registered reader (an editor: her comments need no moderation). */
export const DEMO_READER = { id: 5, name: 'Jana Redakteurin', slug: 'jredakteurin', email: 'jana.redakteurin@saarpfalz-kurier.example' } as const;

export type DemoReader = typeof DEMO_READER;

/** The login token from a `Cookie` header, or ''. */
export function sessionToken(cookie: string): string {
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return /^[a-z0-9]{8,64}$/i.test(value.join('=')) ? value.join('=') : '';
  }
  return '';
}

/** The nonce WordPress would print for this login (here: a hash of the token; a new login makes old nonces stale). */
export function nonceFor(token: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${token}|wp_rest`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').slice(0, 10);
}

/** Who a REST request acts as: the reader, nobody, or a refusal for a bad nonce. */
export function restAuth(ctx: Context): { user: DemoReader | null; refusal: ApiResponse | null } {
  const nonce = ctx.nonce ?? '';
  if (!nonce) return { user: null, refusal: null };
  const token = sessionToken(ctx.cookie ?? '');
  if (token && nonce === nonceFor(token)) return { user: DEMO_READER, refusal: null };
  return { user: null, refusal: wpError(403, 'rest_cookie_invalid_nonce', 'Cookie check failed') };
}

/** `GET /wp/v2/users/me`. */
export function usersMe(ctx: Context, user: DemoReader | null): ApiResponse {
  if (!user) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
  const json = {
    id: user.id,
    name: user.name,
    url: '',
    description: 'Chefin vom Dienst',
    link: `${ctx.site}/author/${user.slug}/`,
    slug: user.slug,
    avatar_urls: {},
    _links: { self: [{ href: `${ctx.site}/wp-json/wp/v2/users/${user.id}` }] },
  };
  return jsonResponse(200, pickFields(json, (ctx.url.searchParams.get('_fields') ?? '').split(',').filter(Boolean)), { Allow: 'GET' });
}

/** Where a switch sends the browser back to: a path on this site only. */
function backTo(ctx: Context): string {
  const target = ctx.url.searchParams.get('redirect_to') ?? '/';
  return /^\/(?!\/)[^\s\\]*$/.test(target) ? target : '/';
}

const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * `/wp-login.php`: `action=demo-login` signs in as the demo reader, `logout` signs out,
 * `demo-expire` (POST) replaces the login so the nonce already printed in open pages goes stale.
 */
export function loginSwitch(ctx: Context, method: string): ApiResponse {
  const action = ctx.url.searchParams.get('action') ?? '';
  const cookie = (value: string, maxAge: number) => `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;
  if (action === 'demo-login') return { status: 302, headers: { Location: backTo(ctx), 'Set-Cookie': cookie(randomToken(), 86400) }, body: '' };
  if (action === 'logout') return { status: 302, headers: { Location: backTo(ctx), 'Set-Cookie': cookie('', 0) }, body: '' };
  if (action === 'demo-expire' && method === 'POST') return { status: 204, headers: { 'Set-Cookie': cookie(randomToken(), 86400) }, body: '' };
  return { status: 400, headers: { 'Content-Type': 'text/plain; charset=UTF-8' }, body: 'Demo: action=demo-login, logout or demo-expire (POST).' };
}

/**
 * The page's side of a login, printed into an article page as WordPress does: `wpApiSettings`
 * with the nonce and the body class `logged-in` when signed in, and the demo's switch in either case.
 */
export function sessionMarkup(ctx: Context, pagePath: string): { head: string; bar: string; bodyClass: string } {
  const token = sessionToken(ctx.cookie ?? '');
  const back = encodeURIComponent(pagePath);
  if (!token) {
    return { head: '', bodyClass: '', bar: `<p class="demo-session">Demo: <a href="/wp-login.php?action=demo-login&amp;redirect_to=${back}">als ${escapeHtml(DEMO_READER.name)} anmelden</a></p>` };
  }
  const settings = JSON.stringify({ root: `${ctx.site}/wp-json/`, nonce: nonceFor(token), versionString: 'wp/v2/' }).replace(/</g, '\\u003c');
  return {
    head: `<script>var wpApiSettings = ${settings};</script>`,
    // WordPress's body_class() marks a signed-in reader so; the widgets look for it.
    bodyClass: ' logged-in',
    bar: `<p class="demo-session">Demo: angemeldet als ${escapeHtml(DEMO_READER.name)} · <a href="/wp-login.php?action=logout&amp;redirect_to=${back}">Abmelden</a> · <button type="button" data-expire-login>Anmeldung verfallen lassen</button> <span role="status"></span></p>`,
  };
}
