import { expect } from '@open-wc/testing';
import { currentUserUrl, findNonce, isExpiredNonce, loadCurrentUser } from '../../src/sources/wordpress-session.js';
import { postComment } from '../../src/sources/wordpress-comment-posting.js';
import { FakeServer, json } from '../support/fake-server.js';

const SAME = `${location.origin}/wp-json/wp/v2/comments`;
const OTHER = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';
const expired = () => json({ code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed', data: { status: 403 } }, 403);
const input = { post: 6, parent: 0, authorName: '', authorEmail: '', authorUrl: '', content: 'Als Redakteurin: danke!' };

describe('wordpress-session', () => {
  let server: FakeServer;
  afterEach(() => {
    server?.uninstall();
    delete window.wpApiSettings;
  });

  describe('findNonce', () => {
    it('takes the nonce WordPress printed, or the attribute first, for same-origin sources only', () => {
      expect(findNonce(SAME)).to.equal(null);
      window.wpApiSettings = { root: `${location.origin}/wp-json/`, nonce: 'a1b2c3d4e5' };
      expect(findNonce(SAME)).to.equal('a1b2c3d4e5');
      expect(findNonce('/wp-json/wp/v2/comments')).to.equal('a1b2c3d4e5');
      expect(findNonce(SAME, 'ffff0000')).to.equal('ffff0000');
      // Another host must never see this site's nonce, whoever gave it.
      expect(findNonce(OTHER)).to.equal(null);
      expect(findNonce(OTHER, 'ffff0000')).to.equal(null);
    });

    it('skips the printed nonce on a WordPress page that shows nobody is signed in', () => {
      // wp-api prints a nonce for anonymous visitors too: asking users/me on each view would only cost PHP a 401.
      window.wpApiSettings = { nonce: 'a1b2c3d4e5' };
      const before = document.body.className;
      try {
        document.body.className = 'single single-post postid-6';
        expect(findNonce(SAME)).to.equal(null);
        expect(findNonce(SAME, 'ffff0000'), 'the attribute is the site builder speaking').to.equal('ffff0000');
        document.body.classList.add('logged-in');
        expect(findNonce(SAME)).to.equal('a1b2c3d4e5');
      } finally {
        document.body.className = before;
      }
    });

    it('ignores what is not a nonce', () => {
      window.wpApiSettings = { nonce: '<img src=x onerror=alert(1)>' };
      expect(findNonce(SAME)).to.equal(null);
      window.wpApiSettings = { nonce: { toString: () => 'x' } };
      expect(findNonce(SAME)).to.equal(null);
      expect(findNonce('http://[bad')).to.equal(null);
    });
  });

  describe('loadCurrentUser', () => {
    it('asks /wp/v2/users/me with X-WP-Nonce and the site cookies, in both permalink forms', async () => {
      server = new FakeServer().on('GET', '/users/me', json({ id: 7, name: 'Jana Redakteurin &amp; Co' })).install();
      const user = await loadCurrentUser(SAME, 'a1b2c3d4e5');
      expect(user).to.deep.equal({ id: 7, name: 'Jana Redakteurin & Co' });
      const [request] = server.requests;
      expect(new URL(request.url).pathname).to.equal('/wp-json/wp/v2/users/me');
      expect(request.headers.get('X-WP-Nonce')).to.equal('a1b2c3d4e5');
      expect(request.credentials).to.equal('same-origin');
      expect(currentUserUrl(`${location.origin}/?rest_route=/wp/v2/comments`).searchParams.get('rest_route')).to.equal('/wp/v2/users/me');
    });

    it('is null when nobody is signed in, and a stale nonce is an error of its own', async () => {
      server = new FakeServer().on('GET', '/users/me', json({ code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } }, 401)).install();
      expect(await loadCurrentUser(SAME, 'a1b2c3d4e5')).to.equal(null);
      server.on('GET', '/users/me', expired);
      const error = await loadCurrentUser(SAME, 'a1b2c3d4e5').catch((e: unknown) => e);
      expect(isExpiredNonce(error)).to.equal(true);
    });
  });

  describe('postComment as the signed-in reader', () => {
    it('sends X-WP-Nonce and the user as author, without guest fields', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', json({ id: 40, post: 6, parent: 0, author: 7, author_name: 'Jana Redakteurin', date_gmt: '2025-09-04T10:00:00', content: { rendered: '<p>Als Redakteurin: danke!</p>' }, status: 'approved' }, 201))
        .install();
      const result = await postComment(SAME, input, { signedIn: { nonce: 'a1b2c3d4e5', userId: 7 } });
      expect(result.via).to.equal('rest');
      expect(result.comment?.authorName).to.equal('Jana Redakteurin');
      const [request] = server.requests;
      expect(request.headers.get('X-WP-Nonce')).to.equal('a1b2c3d4e5');
      expect(request.credentials).to.equal('same-origin');
      expect(await request.json()).to.deep.equal({ post: 6, parent: 0, author: 7, content: 'Als Redakteurin: danke!' });
    });

    it('never falls back to the classic form as a guest, and reports a stale nonce', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', json({ code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } }, 401))
        .on('POST', 'wp-comments-post.php', () => new Response('', { status: 302, headers: { location: '/?p=6#comment-9' } }))
        .install();
      const refused = await postComment(SAME, input, { signedIn: { nonce: 'a1b2c3d4e5', userId: 7 } }).catch((e: unknown) => e);
      expect((refused as { code: string }).code).to.equal('rest_comment_login_required');
      expect(server.requested('wp-comments-post.php')).to.have.length(0);
      server.on('POST', '/wp/v2/comments', expired);
      expect(isExpiredNonce(await postComment(SAME, input, { signedIn: { nonce: 'old', userId: 7 } }).catch((e: unknown) => e))).to.equal(true);
    });

    it('a guest post sends no nonce', async () => {
      window.wpApiSettings = { nonce: 'a1b2c3d4e5' };
      server = new FakeServer().on('POST', '/wp/v2/comments', json({ id: 41, post: 6, author_name: 'Gast', content: { rendered: 'x' }, status: 'hold' }, 201)).install();
      await postComment(SAME, { ...input, authorName: 'Gast', authorEmail: 'g@example.org' });
      expect(server.requests[0].headers.has('X-WP-Nonce')).to.equal(false);
    });
  });
});
