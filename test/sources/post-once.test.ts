import { expect } from '@open-wc/testing';
import { PostOnce, findPostedComment, mayHaveLanded } from '../../src/sources/post-once.js';
import { SourceError } from '../../src/sources/errors.js';
import { CommentPostError, type PostedComment } from '../../src/sources/wordpress-comment-posting.js';
import type { Comment } from '../../src/sources/models.js';
import { FakeServer, json } from '../support/fake-server.js';

const SOURCE = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';
const input = { post: 6, parent: 0, authorName: 'Erika Muster', authorEmail: 'erika@example.org', authorUrl: '', content: 'Gute Sache für Bexbach!' };
const stored: Comment = { id: 50, post: 6, parent: 0, authorName: 'Erika Muster', authorUrl: '', avatar: '', date: '2025-09-04T10:00:00Z', contentHtml: '<p>Gute Sache für Bexbach!</p>', link: '', status: 'approved' };
const ok: PostedComment = { comment: stored, id: 50, status: 'approved', via: 'rest' };
const timeout = () => new SourceError('timeout', 'No answer within 15 s');

describe('post-once', () => {
  it('a refusal or success is final; only no answer may have landed', () => {
    expect(mayHaveLanded(timeout())).to.equal(true);
    expect(mayHaveLanded(new SourceError('network', 'Failed to fetch'))).to.equal(true);
    expect(mayHaveLanded(new CommentPostError('comment_flood', 'Slow down', 400))).to.equal(false);
  });

  it('a retry after a timeout finds the comment in the thread and does not send it again', async () => {
    const once = new PostOnce();
    let sends = 0;
    const send = async () => {
      sends++;
      throw timeout();
    };
    const error = await once.post(input, send, async () => null).catch((e: unknown) => e);
    expect((error as SourceError).code).to.equal('timeout');
    expect(once.isUncertain(input)).to.equal(true);
    const result = await once.post(input, send, async () => stored);
    expect(result.comment).to.equal(stored);
    expect(sends).to.equal(1);
    expect(once.isUncertain(input)).to.equal(false);
  });

  it('a retry answered comment_duplicate counts as posted (held when not listed)', async () => {
    const once = new PostOnce();
    await once.post(input, async () => Promise.reject(timeout()), async () => null).catch(() => {});
    const duplicate = () => Promise.reject(new CommentPostError('comment_duplicate', 'Duplicate comment detected', 409));
    const result = await once.post(input, duplicate, async () => null);
    expect(result).to.deep.equal({ comment: null, id: null, status: 'hold', via: 'rest' });
  });

  it('a duplicate without an unanswered attempt before is the reader\'s error, and other text is a new comment', async () => {
    const once = new PostOnce();
    const duplicate = () => Promise.reject(new CommentPostError('comment_duplicate', 'Duplicate comment detected', 409));
    expect(((await once.post(input, duplicate, async () => stored).catch((e: unknown) => e)) as SourceError).code).to.equal('comment_duplicate');
    await once.post(input, async () => Promise.reject(timeout()), async () => null).catch(() => {});
    let found = 0;
    const other = { ...input, content: 'Etwas anderes' };
    expect(await once.post(other, async () => ok, async () => (found++, stored))).to.equal(ok);
    expect(found, 'a different comment is not looked for').to.equal(0);
  });

  it('findPostedComment asks the newest comments once and matches parent, author and words', async () => {
    const server = new FakeServer()
      .on('GET', '/wp/v2/comments', json([
        { id: 51, post: 6, parent: 0, author_name: 'Erika Muster', date_gmt: '2025-09-04T10:01:00', content: { rendered: '<p>Ganz anders</p>' }, status: 'approved' },
        { id: 50, post: 6, parent: 0, author_name: 'Erika Muster', date_gmt: '2025-09-04T10:00:00', content: { rendered: '<p>Gute Sache f&uuml;r Bexbach!</p>' }, status: 'approved' },
      ]))
      .install();
    try {
      expect((await findPostedComment(SOURCE, input))?.id).to.equal(50);
      expect(await findPostedComment(SOURCE, { ...input, parent: 3 })).to.equal(null);
      const url = server.requested('/wp/v2/comments')[0];
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ post: '6', order: 'desc', per_page: '20' });
    } finally {
      server.uninstall();
    }
  });
});
