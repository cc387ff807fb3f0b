import { expect } from '@open-wc/testing';
import { createDemoApi, type DemoApi } from '../../demo/api/router.js';
import type { ApiResponse } from '../../demo/api/http.js';
import { DEMO_READER, SESSION_COOKIE, nonceFor } from '../../demo/api/session.js';
import { LIVE_AUTHORS } from '../../demo/api/live-thread.js';

const ORIGIN = 'http://demo.test';

function call(api: DemoApi, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): ApiResponse {
  const response = api.handle({ method, url: `${ORIGIN}${path}`, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response) throw new Error(`No answer for ${method} ${path}`);
  return response;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (response: ApiResponse): any => JSON.parse(response.body);

describe('demo API: signed-in reader and live thread', () => {
  let clock: Date;
  let api: DemoApi;
  const token = 'abcdef0123456789';
  const signedIn = { cookie: `other=1; ${SESSION_COOKIE}=${token}`, 'x-wp-nonce': nonceFor(token) };
  beforeEach(() => {
    clock = new Date('2026-03-01T12:00:00Z');
    api = createDemoApi({ now: () => clock });
  });

  it('the login switch sets an HttpOnly cookie and goes back to a path on this site only', () => {
    const login = call(api, 'GET', '/wp-login.php?action=demo-login&redirect_to=/2025/09/04/x/');
    expect(login.status).to.equal(302);
    expect(login.headers.Location).to.equal('/2025/09/04/x/');
    expect(login.headers['Set-Cookie']).to.match(new RegExp(`^${SESSION_COOKIE}=[0-9a-f]{32}; Path=/; HttpOnly`));
    expect(call(api, 'GET', '/wp-login.php?action=demo-login&redirect_to=//evil.example/').headers.Location).to.equal('/');
  });

  it('users/me answers the user for cookie + nonce, 401 without, 403 rest_cookie_invalid_nonce for a stale nonce', () => {
    const me = call(api, 'GET', '/wp-json/wp/v2/users/me?_fields=id,name', signedIn);
    expect(me.status).to.equal(200);
    expect(json(me)).to.deep.equal({ id: DEMO_READER.id, name: DEMO_READER.name });
    expect(call(api, 'GET', '/wp-json/wp/v2/users/me', { cookie: signedIn.cookie }).status).to.equal(401);
    const stale = call(api, 'GET', '/?rest_route=/wp/v2/users/me', { ...signedIn, 'x-wp-nonce': 'deadbeef00' });
    expect(stale.status).to.equal(403);
    expect(json(stale).code).to.equal('rest_cookie_invalid_nonce');
  });

  it('a site that refuses anonymous REST comments accepts the signed-in user, approved, as that user', () => {
    const content = { post: 23, parent: 0, author: DEMO_READER.id, content: 'Als Redaktion: danke für die Hinweise!' };
    const anonymous = call(api, 'POST', '/stock/wp-json/wp/v2/comments', { 'content-type': 'application/json' }, content);
    expect(anonymous.status).to.equal(401);
    const posted = call(api, 'POST', '/stock/wp-json/wp/v2/comments', { 'content-type': 'application/json', ...signedIn }, content);
    expect(posted.status).to.equal(201);
    expect(json(posted)).to.include({ author: DEMO_READER.id, author_name: DEMO_READER.name, status: 'approved' });
    const other = call(api, 'POST', '/wp-json/wp/v2/comments', { 'content-type': 'application/json', ...signedIn }, { ...content, author: 2, content: 'Im Namen von jemand anderem' });
    expect(json(other).code).to.equal('rest_comment_invalid_author');
  });

  it('lists comments after a date (RFC 3339 in UTC, compared in site time) with _fields', () => {
    // Seed comments on post 23: 12:12, 13:40, 16:05 UTC on Sept 4 and 06:20 UTC on Sept 5.
    const after = json(call(api, 'GET', '/wp-json/wp/v2/comments?post=23&after=2025-09-04T13:40:00Z&order=asc&_fields=id,date'));
    expect(after).to.deep.equal([
      { id: 4, date: '2025-09-04T18:05:00' },
      { id: 5, date: '2025-09-05T08:20:00' },
    ]);
    const response = call(api, 'GET', '/wp-json/wp/v2/comments?post=23&after=2025-09-05T06:20:00Z');
    expect(json(response)).to.deep.equal([]);
    expect(response.headers['X-WP-Total']).to.equal('0');
    expect(call(api, 'GET', '/wp-json/wp/v2/comments?after=yesterday').status).to.equal(400);
  });

  it('the live thread gains one invented comment per interval, only when read', () => {
    const live = createDemoApi({ now: () => clock, liveEveryMs: 45_000 });
    const count = () => json(call(live, 'GET', '/wp-json/wp/v2/comments?post=23&per_page=100')).length as number;
    const start = count();
    clock = new Date(clock.getTime() + 30_000);
    expect(count()).to.equal(start);
    clock = new Date(clock.getTime() + 20_000);
    expect(count()).to.equal(start + 1);
    clock = new Date(clock.getTime() + 10 * 60_000); // nobody read for ten minutes: still one at a time
    expect(count()).to.equal(start + 2);
    expect(LIVE_AUTHORS.has(live.store.comments[live.store.comments.length - 1].author_name)).to.equal(true);
    expect(call(live, 'POST', '/demo-api/live-comment').status).to.equal(204);
    expect(count()).to.equal(start + 3);
  });
});
