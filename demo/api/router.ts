/**
 * The demo API as one pure function: request in, `{status, headers, body}` out, or null for a
 * path that is not ours (Vite then serves the file). No I/O here, so a browser test can call it.
 *
 * Routes: the WordPress REST API under `/wp-json/…` and `/?rest_route=…`, the classic
 * `/wp-comments-post.php`, the feeds, the photos, article permalinks, `/?p=ID`, and `/` → `/demo/`.
 * Prefix any of them with `/stock` for a stock WordPress that refuses anonymous REST comments.
 * Add `simulate=500`, `simulate=slow` (answers after 25 s) or `simulate=empty` to any of them.
 */
import { POSTS } from './data.js';
import { classicCommentPost, classicMethodNotAllowed, criticalErrorPage } from './classic-form.js';
import { atomFeed, jsonFeed, rssFeed } from './feeds.js';
import { jsonResponse, wpError, type ApiRequest, type ApiResponse, type Context } from './http.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH, isScene, sceneSvg } from './images.js';
import { articlePage } from './pages.js';
import { CommentStore } from './store.js';
import { createComment, getComment, listComments } from './wp-comments.js';
import { getMedia, getPost, getUser, listCategories, listPosts } from './wp-posts.js';
import { postLink } from './wp-shapes.js';
import { loginSwitch, restAuth, usersMe } from './session.js';
import { addLiveComment, liveFeed } from './live-thread.js';

/** How long `simulate=slow` keeps the client waiting: longer than any widget's timeout. */
export const SLOW_MS = 25_000;

const STOCK_PREFIX = '/stock';

export interface DemoApiOptions {
  store?: CommentStore;
  /** The clock (tests pin it to check flood protection). */
  now?: () => Date;
  /** Milliseconds between invented comments arriving in the featured thread; off when absent. */
  liveEveryMs?: number;
}

export interface DemoApi {
  store: CommentStore;
  handle(request: ApiRequest): ApiResponse | null;
}

/** CORS as WordPress sends it: the caller's origin echoed, our pagination headers exposed. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    Vary: 'Origin',
  };
  if (origin) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Max-Age': '600',
    });
  }
  return headers;
}

/** Whether a request is for the comments collection, in either permalink form. */
function isCommentsRoute(path: string, params: URLSearchParams): boolean {
  return (restRoute(path, params) ?? '').replace(/\/+$/, '') === '/wp/v2/comments';
}

/** The REST route of a request (`/wp/v2/posts`), or null when it is not a REST request. */
function restRoute(path: string, params: URLSearchParams): string | null {
  if (path === '/' && params.has('rest_route')) return params.get('rest_route') || '/';
  if (path === '/wp-json' || path === '/wp-json/') return '/';
  return path.startsWith('/wp-json/') ? path.slice('/wp-json'.length) : null;
}

function dispatchRest(ctx: Context, store: CommentStore, request: ApiRequest, route: string): ApiResponse {
  const method = request.method.toUpperCase();
  const clean = route.replace(/\/+$/, '') || '/';
  let match: RegExpExecArray | null;
  // As WordPress: a bad nonce is refused on every route; no nonce is anonymous, cookie or not.
  const { user, refusal } = restAuth(ctx);
  if (refusal) return refusal;
  if (clean === '/') return restIndex(ctx);
  if (clean === '/wp/v2/users/me' && method === 'GET') return usersMe(ctx, user);
  if (clean === '/wp/v2/posts' && method === 'GET') return listPosts(ctx);
  if ((match = /^\/wp\/v2\/posts\/(\d+)$/.exec(clean)) && method === 'GET') return getPost(ctx, store, Number(match[1]));
  if (clean === '/wp/v2/comments' && method === 'GET') return listComments(ctx, store);
  if (clean === '/wp/v2/comments' && method === 'POST') return createComment(ctx, store, { body: request.body, contentType: request.headers['content-type'] ?? '' }, user);
  if ((match = /^\/wp\/v2\/comments\/(\d+)$/.exec(clean)) && method === 'GET') return getComment(ctx, store, Number(match[1]));
  if ((match = /^\/wp\/v2\/media\/(\d+)$/.exec(clean)) && method === 'GET') return getMedia(ctx, Number(match[1]));
  if ((match = /^\/wp\/v2\/users\/(\d+)$/.exec(clean)) && method === 'GET') return getUser(ctx, Number(match[1]));
  if (clean === '/wp/v2/categories' && method === 'GET') return listCategories(ctx);
  return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
}

function restIndex(ctx: Context): ApiResponse {
  return jsonResponse(200, {
    name: 'Saarpfalz-Kurier',
    description: 'Demo-API der press-widgets',
    url: ctx.site,
    home: ctx.site,
    gmt_offset: 2,
    timezone_string: 'Europe/Berlin',
    namespaces: ['wp/v2'],
    authentication: [],
    routes: Object.fromEntries(['/wp/v2/posts', '/wp/v2/posts/(?P<id>[\\d]+)', '/wp/v2/comments', '/wp/v2/media/(?P<id>[\\d]+)', '/wp/v2/categories'].map((r) => [r, { namespace: 'wp/v2' }])),
  });
}

/** `/wp-content/uploads/2025/09/townhall-300x169.svg`: a photo, cropped to the asked size. */
function photo(path: string): ApiResponse | null {
  const match = /^\/wp-content\/uploads\/\d{4}\/\d{2}\/([a-z]+)(?:-(\d+)x(\d+))?\.svg$/.exec(path);
  if (!match || !isScene(match[1])) return null;
  const post = POSTS.find((p) => p.media.scene === match[1]);
  const size = { width: Number(match[2]) || IMAGE_WIDTH, height: Number(match[3]) || IMAGE_HEIGHT };
  const svg = sceneSvg(match[1], post?.media.alt ?? '', size);
  return { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' }, body: svg };
}

export function createDemoApi({ store = new CommentStore(), now = () => new Date(), liveEveryMs }: DemoApiOptions = {}): DemoApi {
  const feedLive = liveEveryMs ? liveFeed(store, liveEveryMs) : null;
  function handle(request: ApiRequest): ApiResponse | null {
    const url = new URL(request.url);
    let path = url.pathname;
    const stock = path === STOCK_PREFIX || path.startsWith(`${STOCK_PREFIX}/`);
    if (stock) path = path.slice(STOCK_PREFIX.length) || '/';
    const params = url.searchParams;
    const simulate = params.get('simulate') ?? '';
    const ctx: Context = {
      url,
      site: `${url.origin}${stock ? STOCK_PREFIX : ''}`,
      stock,
      empty: simulate === 'empty',
      now: now(),
      cookie: request.headers.cookie ?? '',
      nonce: request.headers['x-wp-nonce'] ?? '',
    };
    const method = request.method.toUpperCase();
    if (feedLive && method === 'GET' && isCommentsRoute(path, params)) feedLive(ctx.now);

    const route = restRoute(path, params);
    if (route !== null) {
      const cors = corsHeaders(request.headers.origin);
      if (method === 'OPTIONS') return withDelay(simulate, { status: 200, headers: { ...cors, Allow: 'GET, POST', 'Content-Type': 'application/json; charset=UTF-8' }, body: '{"namespace":"wp/v2"}' });
      const response =
        simulate === '500'
          ? wpError(500, 'internal_server_error', '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>', { additional_errors: [] })
          : dispatchRest(ctx, store, request, route);
      response.headers = { ...response.headers, ...cors, Link: [response.headers.Link, `<${ctx.site}/wp-json/>; rel="https://api.w.org/"`].filter(Boolean).join(', ') };
      return withDelay(simulate, response);
    }

    const answer = (respond: () => ApiResponse | null): ApiResponse | null => {
      const response = respond();
      if (!response) return null;
      return withDelay(simulate, simulate === '500' ? criticalErrorPage() : response);
    };
    if (path === '/wp-login.php') return loginSwitch(ctx, method);
    // The demo's "another reader comments now" switch for the live thread.
    if (path === '/demo-api/live-comment' && method === 'POST') return { status: addLiveComment(store, ctx.now) ? 204 : 409, headers: {}, body: '' };
    if (path === '/wp-comments-post.php') return answer(() => (method === 'POST' ? classicCommentPost(ctx, store, request.body ?? '') : classicMethodNotAllowed()));
    if (path === '/feed.json') return answer(() => jsonFeed(ctx));
    if (path === '/feed/' || path === '/feed' || path === '/feed.xml') return answer(() => rssFeed(ctx));
    if (path === '/feed/atom/' || path === '/feed/atom') return answer(() => atomFeed(ctx));
    if (path.startsWith('/wp-content/uploads/')) return answer(() => photo(path));
    const permalink = /^\/(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9-]+)\/?$/.exec(path);
    if (permalink) {
      const post = POSTS.find((p) => p.slug === permalink[4] && p.date.startsWith(`${permalink[1]}-${permalink[2]}-${permalink[3]}`));
      return answer(() => (post ? { status: 200, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body: articlePage(ctx, post) } : null));
    }
    if (path === '/') {
      const id = Number(params.get('p'));
      const post = POSTS.find((p) => p.id === id);
      if (post) return answer(() => ({ status: 301, headers: { Location: postLink(ctx, post), 'X-Redirect-By': 'WordPress' }, body: '' }));
      if (!url.search) return { status: 302, headers: { Location: stock ? '/demo/gallery.html' : '/demo/' }, body: '' };
    }
    return null;
  }
  return { store, handle };
}

function withDelay(simulate: string, response: ApiResponse): ApiResponse {
  return simulate === 'slow' ? { ...response, delayMs: SLOW_MS } : response;
}
