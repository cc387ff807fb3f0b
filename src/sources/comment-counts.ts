import { SourceError } from './errors.js';
import { countHeader, fetchList } from './http.js';
import { withQuery } from './wordpress.js';

/**
 * Comment counts of WordPress posts, shared by every element of the page: each post is asked for
 * once per page, and posts asked for in the same moment (a list of cards coming into view) share
 * one request where WordPress allows it.
 *
 * One batched read (`post=1,2,3&per_page=100&_fields=post`, ordered by post) counts every post
 * exactly when the posts have 100 comments or fewer together. Past that the page holds the first
 * posts completely and the rest partly: those are asked one by one (`per_page=1`, reading
 * `X-WP-Total`), except the last, whose count is what `X-WP-Total` of the batch leaves. So no
 * count is ever cut at 100, and a list never costs more requests than it has posts.
 */

/** WordPress's largest page. */
const PAGE = 100;
/** Posts in one batched request at most: keeps URLs short enough for every proxy. */
const BATCH = 50;

interface Waiter {
  collection: string;
  post: number;
  resolve: (count: number) => void;
  reject: (error: unknown) => void;
}

/** Known or pending counts, by comments collection and post (`…/wp/v2/comments 6`). */
const counts = new Map<string, Promise<number>>();
/** Posts waiting for the next batch. */
let queued: Waiter[] = [];

/**
 * The number of approved comments on `post` in the comments collection `collection`
 * (`…/wp/v2/comments`). Cached for the page; a failure is forgotten, so a retry asks again.
 */
export function commentCount(collection: URL, post: number): Promise<number> {
  const key = `${collection.href} ${post}`;
  const cached = counts.get(key);
  if (cached) return cached;
  const promise = new Promise<number>((resolve, reject) => {
    // Elements that come into view together update in the same task: a timer gathers all of them.
    if (queued.push({ collection: collection.href, post, resolve, reject }) === 1) setTimeout(flush);
  });
  counts.set(key, promise);
  promise.catch(() => counts.get(key) === promise && counts.delete(key));
  return promise;
}

/** Forgets every count (tests, or a page that knows its counts changed). */
export function clearCommentCounts(): void {
  counts.clear();
}

function flush(): void {
  const waiting = queued.sort((a, b) => a.post - b.post);
  queued = [];
  for (const collection of new Set(waiting.map((w) => w.collection))) {
    const posts = waiting.filter((w) => w.collection === collection);
    for (let at = 0; at < posts.length; at += BATCH) {
      const chunk = posts.slice(at, at + BATCH);
      countPosts(new URL(collection), chunk.map((w) => w.post)).then(
        (found) => chunk.forEach((w) => w.resolve(found.get(w.post) ?? 0)),
        (error: unknown) => chunk.forEach((w) => w.reject(error)),
      );
    }
  }
}

/** Counts for `ids` (sorted ascending), in as few requests as WordPress allows, never more than `ids.length`. */
async function countPosts(collection: URL, ids: number[]): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  if (ids.length === 1) {
    found.set(ids[0], await countOne(collection, ids[0]));
    return found;
  }
  const url = withQuery(collection, { _fields: 'post', order: 'asc', orderby: 'post', per_page: PAGE, post: ids.join(',') });
  const { response, items } = await fetchList(url);
  const posts = items.map((item) => Number((item as { post?: unknown } | null)?.post)).filter((id) => Number.isInteger(id));
  for (const id of posts) found.set(id, (found.get(id) ?? 0) + 1);
  const total = countHeader(response);
  if (posts.length < PAGE || (total !== null && total <= posts.length)) return found;
  // A full page: posts ordered before the last one on it are complete; the rest are not.
  const last = posts[posts.length - 1];
  const partial = ids.filter((id) => id >= last);
  partial.forEach((id) => found.delete(id));
  const derived = total === null ? undefined : partial.pop();
  await Promise.all(partial.map(async (id) => found.set(id, await countOne(collection, id))));
  if (derived !== undefined) {
    const counted = ids.reduce((sum, id) => sum + (id === derived ? 0 : (found.get(id) ?? 0)), 0);
    found.set(derived, Math.max(0, total! - counted));
  }
  return found;
}

/** One post's count from `X-WP-Total` of its smallest possible page. */
async function countOne(collection: URL, post: number): Promise<number> {
  const url = withQuery(collection, { _fields: 'id', per_page: 1, post });
  const { response, items } = await fetchList(url);
  // Without the header only an empty page tells the count for sure.
  const total = countHeader(response) ?? (items.length ? null : 0);
  if (total === null) throw new SourceError('format', 'No X-WP-Total');
  return total;
}
