import { expect } from '@open-wc/testing';
import { commentsUrl, loadComments, parseComment, stillHeld, threadComments } from '../../src/sources/wordpress-comments.js';
import { CommentPostError, classicError, commentErrorTerm, postComment } from '../../src/sources/wordpress-comment-posting.js';
import { SourceError } from '../../src/sources/errors.js';
import type { Comment } from '../../src/sources/models.js';
import { FakeServer, fixtureText, json, recorded } from '../support/fake-server.js';

const SOURCE = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';
const input = { post: 6, parent: 0, authorName: 'Erika Muster', authorEmail: 'erika@example.org', authorUrl: 'https://example.org/erika', content: 'Gute Sache!' };

const comment = (id: number, parent: number, date: string): Comment => ({
  id,
  post: 6,
  parent,
  authorName: `Author ${id}`,
  authorUrl: '',
  avatar: '',
  date,
  contentHtml: '',
  link: '',
  status: 'approved',
});

describe('wordpress-comments', () => {
  let server: FakeServer;
  afterEach(() => server?.uninstall());

  describe('commentsUrl / loadComments', () => {
    it('asks for the post, oldest first, 100 a page, in both permalink forms', () => {
      const pretty = commentsUrl(SOURCE, { post: 6 });
      expect(pretty.pathname).to.equal('/wp-json/wp/v2/comments');
      expect(Object.fromEntries(pretty.searchParams)).to.deep.equal({ post: '6', order: 'asc', per_page: '100' });
      const plain = commentsUrl('http://127.0.0.1:8881/?rest_route=/wp/v2/comments', { post: 6, page: 2 });
      expect(plain.searchParams.get('rest_route')).to.equal('/wp/v2/comments');
      expect(plain.searchParams.get('page')).to.equal('2');
      expect(plain.searchParams.get('post')).to.equal('6');
    });

    it('normalizes the recorded thread and reads the totals', async () => {
      server = new FakeServer().on('GET', '/wp/v2/comments', () => recorded('comments-asc')).install();
      const page = await loadComments(SOURCE, { post: 6 });
      expect(page.comments.map((c) => c.id)).to.deep.equal([2, 3, 4]);
      expect(page.total).to.equal(3);
      expect(page.totalPages).to.equal(1);
      expect(page.next).to.equal(null);
      const thomas = page.comments[1];
      expect(thomas).to.include({ parent: 2, authorName: 'Thomas Becker', authorUrl: 'https://example.org/thomas', date: '2024-08-28T13:40:00Z' });
      expect(thomas.avatar).to.match(/^http:\/\/2\.gravatar\.com\/avatar\/.+s=96/);
    });

    it('offers the next page from X-WP-TotalPages / Link rel=next, built on the configured source', async () => {
      server = new FakeServer()
        .on('GET', '/wp/v2/comments', () => json([], 200, { 'X-WP-Total': '150', 'X-WP-TotalPages': '2', Link: '<https://evil.example/steal>; rel="next"' }))
        .install();
      const page = await loadComments(SOURCE, { post: 6 });
      expect(page.total).to.equal(150);
      expect(page.next).to.equal(`${SOURCE}?order=asc&page=2&per_page=100&post=6`);
    });

    it('fails with a parse error on something that is not a list', async () => {
      server = new FakeServer().on('GET', '/wp/v2/comments', () => json({ hello: 1 })).install();
      const error = await loadComments(SOURCE, { post: 6 }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(SourceError);
      expect((error as SourceError).code).to.equal('parse');
    });
  });

  describe('parseComment', () => {
    it('keeps names as text and drops unsafe website and avatar URLs', () => {
      const c = parseComment(
        { id: 9, post: 6, parent: 0, author_name: '<img src=x onerror=alert(1)>&amp; Co', author_url: 'javascript:alert(1)', author_avatar_urls: { 96: 'data:image/svg+xml,<svg onload=alert(1)>' }, content: { rendered: '<p>x</p>' }, date_gmt: '2024-01-01T10:00:00' },
        SOURCE,
      )!;
      expect(c.authorName).to.equal('& Co');
      expect(c.authorUrl).to.equal('');
      expect(c.avatar).to.equal('');
      expect(c.date).to.equal('2024-01-01T10:00:00Z');
    });

    it('rejects items that are not comments', () => {
      expect(parseComment({ code: 'x' }, SOURCE)).to.equal(null);
      expect(parseComment(null, SOURCE)).to.equal(null);
    });
  });

  describe('threadComments', () => {
    it('builds the tree from the newest-first recorded list, oldest first at every level', async () => {
      const raw = JSON.parse(await fixtureText('wordpress/comments.json')) as unknown[];
      const tree = threadComments(raw.map((r) => parseComment(r, SOURCE)!));
      expect(tree.map((n) => n.comment.id)).to.deep.equal([2, 4]);
      expect(tree[0].replies.map((n) => n.comment.id)).to.deep.equal([3]);
      expect(tree[1].replies).to.deep.equal([]);
    });

    it('shows orphans and cycles at the top level instead of dropping them', () => {
      const tree = threadComments([comment(1, 0, '2024-01-01T10:00:00Z'), comment(2, 999, '2024-01-01T11:00:00Z'), comment(3, 4, '2024-01-01T12:00:00Z'), comment(4, 3, '2024-01-01T13:00:00Z')]);
      const all = (nodes: typeof tree): number[] => nodes.flatMap((n) => [n.comment.id, ...all(n.replies)]);
      expect(all(tree).sort()).to.deep.equal([1, 2, 3, 4]);
      expect(tree.map((n) => n.comment.id)).to.include.members([1, 2]);
    });
  });

  describe('stillHeld', () => {
    const own = (id: number, contentHtml: string, authorName = 'Erika Muster', parent = 0): Comment => ({ ...comment(id, parent, '2024-01-01T10:00:00Z'), authorName, contentHtml, status: 'hold' });
    const listed = (id: number, contentHtml: string, authorName = 'Erika Muster', parent = 0): Comment => ({ ...comment(id, parent, '2024-01-01T10:00:05Z'), authorName, contentHtml });

    it('drops a held comment once its id is listed', () => {
      expect(stillHeld([own(7, '<p>a</p>'), own(8, '<p>b</p>')], [listed(7, '<p>a</p>')]).map((c) => c.id)).to.deep.equal([8]);
    });

    it('drops a held comment without a known id (an opaque cross-origin post) once its approved twin is listed, despite WordPress typography', () => {
      const mine = own(-1732540000000, '<p>"Gute" Sache -- endlich... https://example.org</p>');
      const approved = listed(9, '<p>&#8220;Gute&#8221; Sache &#8211; endlich&#8230; <a href="https://example.org" rel="nofollow ugc">https://example.org</a></p>\n');
      expect(stillHeld([mine], [approved])).to.deep.equal([]);
    });

    it('matches what the reader typed as markup with what WordPress kept or stripped of it', () => {
      const typed = own(-1, '<p>Gut &amp; &lt;b&gt;richtig&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>');
      expect(stillHeld([typed], [listed(9, '<p>Gut &amp; <b>richtig</b> alert(1)</p>\n')])).to.deep.equal([]);
    });

    it('keeps it while no listed comment has the same author, parent and words, and matches each listed comment once', () => {
      const mine = own(-1, '<p>Gute Sache</p>');
      expect(stillHeld([mine], [listed(9, '<p>Gute Sache</p>', 'Max')])).to.have.length(1);
      expect(stillHeld([mine], [listed(9, '<p>Gute Sache</p>', 'Erika Muster', 4)])).to.have.length(1);
      expect(stillHeld([mine], [listed(9, '<p>Gute Sache!!</p> <p>Und mehr</p>')])).to.have.length(1);
      expect(stillHeld([mine, own(-2, '<p>Gute Sache</p>')], [listed(9, '<p>Gute Sache!</p>')]).map((c) => c.id)).to.deep.equal([-2]);
      // A held comment with a known id waits for that id, not for a look-alike.
      expect(stillHeld([own(7, '<p>Gute Sache</p>')], [listed(9, '<p>Gute Sache</p>')])).to.have.length(1);
    });
  });

  describe('postComment', () => {
    it('POSTs exactly the six fields as JSON to the source', async () => {
      server = new FakeServer().on('POST', '/wp/v2/comments', () => recorded('post-comment-response')).install();
      const result = await postComment(SOURCE, input);
      const [request] = server.requests;
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal(SOURCE);
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(await request.json()).to.deep.equal({ post: 6, parent: 0, author_name: 'Erika Muster', author_email: 'erika@example.org', author_url: 'https://example.org/erika', content: 'Gute Sache!' });
      expect(result).to.include({ via: 'rest', status: 'approved', id: 5 });
      expect(result.comment!.authorName).to.equal('Widget Tester');
    });

    it('reports a comment held for moderation', async () => {
      server = new FakeServer().on('POST', '/wp/v2/comments', () => recorded('post-comment-reply-form')).install();
      const result = await postComment(SOURCE, { ...input, parent: 2 });
      expect(result.status).to.equal('hold');
      expect(result.comment!.parent).to.equal(2);
    });

    it('falls back to wp-comments-post.php with the classic urlencoded fields after 401 rest_comment_login_required', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', () => json({ code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } }, 401))
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form'))
        .install();
      const result = await postComment(SOURCE, { ...input, parent: 3 });
      expect(server.requests).to.have.length(2);
      const classic = server.requests[1];
      expect(classic.url).to.equal('http://127.0.0.1:8881/wp-comments-post.php');
      expect(classic.headers.get('content-type')).to.equal('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(await classic.text()))).to.deep.equal({
        comment_post_ID: '6',
        author: 'Erika Muster',
        email: 'erika@example.org',
        url: 'https://example.org/erika',
        comment: 'Gute Sache!',
        comment_parent: '3',
      });
      expect(result).to.include({ via: 'classic', id: 8 });
    });

    it('finds the classic form at the site root of a ?rest_route= source', async () => {
      server = new FakeServer()
        .on('POST', 'rest_route', () => json({ code: 'rest_comment_login_required', message: 'x', data: { status: 401 } }, 401))
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form'))
        .install();
      await postComment('http://127.0.0.1:8881/blog/?rest_route=/wp/v2/comments', input);
      expect(server.requests[1].url).to.equal('http://127.0.0.1:8881/blog/wp-comments-post.php');
    });

    it('posts the classic form where the caller says WordPress lives (a subfolder install), never to an unsafe URL', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', () => json({ code: 'rest_comment_login_required', message: 'x', data: { status: 401 } }, 401))
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form'))
        .install();
      await postComment(SOURCE, input, { classicUrl: 'http://127.0.0.1:8881/wp/wp-comments-post.php' });
      expect(server.requests[1].url).to.equal('http://127.0.0.1:8881/wp/wp-comments-post.php');
      await postComment(SOURCE, input, { classicUrl: 'javascript:alert(1)' });
      expect(server.requests[3].url).to.equal('http://127.0.0.1:8881/wp-comments-post.php');
    });

    it('reads a held classic comment from ?unapproved= in the redirect', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', () => json({ code: 'rest_comment_login_required', message: 'x', data: { status: 401 } }, 401))
        .on('POST', '/wp-comments-post.php', () => new Response(null, { status: 302, headers: { Location: 'http://127.0.0.1:8881/post/?unapproved=12&moderation-hash=abc#comment-12' } }))
        .install();
      expect(await postComment(SOURCE, input)).to.include({ status: 'hold', id: 12 });
    });

    it('turns classic wp_die pages into text messages with a mapped code', async () => {
      server = new FakeServer()
        .on('POST', '/wp/v2/comments', () => json({ code: 'rest_comment_login_required', message: 'x', data: { status: 401 } }, 401))
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form-error-duplicate'))
        .install();
      const duplicate = (await postComment(SOURCE, input).catch((e: unknown) => e)) as CommentPostError;
      expect(duplicate.code).to.equal('comment_duplicate');
      expect(duplicate.status).to.equal(409);
      expect(duplicate.message).to.equal('Duplicate comment detected; it looks as though you’ve already said that!');

      const missing = classicError(200, await fixtureText('wordpress/classic-form-error-missing-author.body.html'));
      expect(missing.code).to.equal('comment_rejected');
      expect(missing.message).to.equal('Please fill the required fields.');
      expect(missing.message).not.to.match(/[<>]/);
    });

    for (const [fixture, code, term, field] of [
      ['post-comment-error-missing-author', 'rest_comment_author_data_required', 'errorAuthorDataRequired', 'author'],
      ['post-comment-error-empty-content', 'rest_comment_content_invalid', 'enterComment', 'comment'],
      ['post-comment-error-bad-email', 'rest_invalid_param', 'invalidEmail', 'email'],
      ['post-comment-error-no-post', 'rest_comment_invalid_post_id', 'errorInvalidPost', null],
      ['post-comment-error-duplicate', 'comment_duplicate', 'errorDuplicate', null],
      ['post-comment-error-flood', 'comment_flood', 'errorFlood', null],
    ] as const) {
      it(`maps ${code} (${fixture}) to ${term}`, async () => {
        server = new FakeServer().on('POST', '/wp/v2/comments', () => recorded(fixture)).install();
        const error = (await postComment(SOURCE, input).catch((e: unknown) => e)) as CommentPostError;
        expect(error).to.be.instanceOf(CommentPostError);
        expect(error.code).to.equal(code);
        expect(error.field).to.equal(field);
        expect(commentErrorTerm(error)).to.equal(term);
        expect(server.requests).to.have.length(1, 'no classic fallback for a real refusal');
      });
    }

    it('maps closed comments and invalid parents; unknown codes get the generic message', () => {
      expect(commentErrorTerm(new SourceError('rest_comment_closed', 'x', 403))).to.equal('errorClosed');
      expect(commentErrorTerm(new SourceError('comment_closed', 'x', 403))).to.equal('errorClosed');
      expect(commentErrorTerm(new SourceError('rest_comment_invalid_parent', 'x', 400))).to.equal('errorInvalidParent');
      expect(commentErrorTerm(new SourceError('rest_comment_login_required', 'x', 401))).to.equal('errorLoginRequired');
      expect(commentErrorTerm(new SourceError('something_new', 'x', 500))).to.equal(null);
    });
  });
});
