import { expect } from '@open-wc/testing';
import { clearCommentCounts, commentCount } from '../../src/sources/comment-counts.js';
import { FakeServer, json } from '../support/fake-server.js';
import { commentsCollection } from '../support/fake-comment-counts.js';

const COMMENTS = new URL('http://127.0.0.1:8881/wp-json/wp/v2/comments');

describe('commentCount', () => {
  let server: FakeServer;
  const serve = (counts: Record<number, number>) => (server = new FakeServer().on('GET', '/wp/v2/comments', commentsCollection(counts)).install());
  afterEach(() => {
    server?.uninstall();
    clearCommentCounts();
  });

  it('one post: one smallest page, the count from X-WP-Total (past 100 too)', async () => {
    serve({ 6: 130 });
    expect(await commentCount(COMMENTS, 6)).to.equal(130);
    const [url, ...more] = server.requested();
    expect(more).to.have.length(0);
    expect(url.searchParams.get('post')).to.equal('6');
    expect(url.searchParams.get('per_page')).to.equal('1');
    expect(url.searchParams.get('_fields')).to.equal('id');
  });

  it('posts asked in the same moment share one request, in a stable sorted URL', async () => {
    serve({ 3: 2, 9: 5, 12: 1 });
    const counts = await Promise.all([commentCount(COMMENTS, 12), commentCount(COMMENTS, 3), commentCount(COMMENTS, 7), commentCount(COMMENTS, 9)]);
    expect(counts).to.deep.equal([1, 2, 0, 5]);
    const requests = server.requested();
    expect(requests).to.have.length(1);
    expect(requests[0].search).to.equal('?_fields=post&order=asc&orderby=post&per_page=100&post=3%2C7%2C9%2C12');
  });

  it('a post asked twice, or again later, costs one request for the page', async () => {
    serve({ 5: 4 });
    const [a, b] = await Promise.all([commentCount(COMMENTS, 5), commentCount(COMMENTS, 5)]);
    expect([a, b]).to.deep.equal([4, 4]);
    expect(await commentCount(COMMENTS, 5)).to.equal(4);
    expect(server.requests).to.have.length(1);
  });

  it('exact past 100 comments together: the full batch page is completed post by post, never more requests than posts', async () => {
    const truth = { 2: 30, 4: 130, 8: 7, 11: 64, 15: 0 };
    serve(truth);
    const ids = [2, 4, 8, 11, 15];
    const counts = await Promise.all(ids.map((id) => commentCount(COMMENTS, id)));
    expect(counts).to.deep.equal(ids.map((id) => truth[id as keyof typeof truth]));
    expect(server.requests.length).to.be.at.most(ids.length);
  });

  it('exact when the first post alone has more than 100', async () => {
    serve({ 1: 250, 2: 3 });
    expect(await Promise.all([commentCount(COMMENTS, 1), commentCount(COMMENTS, 2)])).to.deep.equal([250, 3]);
    expect(server.requests.length).to.be.at.most(2);
  });

  it('a failure rejects every waiter with the server\'s error, and is not cached: asking again asks the server again', async () => {
    server = new FakeServer().on('GET', '/wp/v2/comments', () => json({ code: 'rest_forbidden', message: 'Nope &amp; no', data: { status: 403 } }, 403)).install();
    const failures = await Promise.all([commentCount(COMMENTS, 1), commentCount(COMMENTS, 2)].map((p) => p.then(() => null, (e: unknown) => e as { code: string; status: number; message: string })));
    expect(failures.map((e) => e?.code)).to.deep.equal(['rest_forbidden', 'rest_forbidden']);
    expect(failures[0]!.message).to.equal('Nope & no');
    server.uninstall();
    serve({ 1: 3 });
    expect(await commentCount(COMMENTS, 1)).to.equal(3);
  });

  it('the plain permalink form keeps its rest_route', async () => {
    server = new FakeServer().on('GET', 'rest_route=%2Fwp%2Fv2%2Fcomments', commentsCollection({ 4: 2 })).install();
    expect(await commentCount(new URL('http://127.0.0.1:8881/?rest_route=/wp/v2/comments'), 4)).to.equal(2);
    expect(server.requested()[0].searchParams.get('rest_route')).to.equal('/wp/v2/comments');
  });
});
