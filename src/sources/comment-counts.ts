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
  resolve: (count: number) => void;
  reject: (error: unknown) => void;
}

/** Per comments collection (its URL): known or pending counts, and posts waiting for the next batch. */
const counts = new Map<string, Map<number, Promise<number>>>();
const queued = new Map<string, Map<number, Waiter>>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

/** The map `outer` holds under `key`, made when there is none. */
const mapIn = <V>(outer: Map<string, Map<number, V>>, key: string): Map<number, V> => outer.get(key) ?? outer.set(key, new Map()).get(key)!;

/**
 * The number of approved comments on `post` in the comments collection `collection`
 * (`…/wp/v2/comments`). Cached for the page; a failure is forgotten, so a retry asks again.
 */
export function commentCount(collection: URL, post: number): Promise<number> {
  const key = collection.href;
  const known = mapIn(counts, key);
  const cached = known.get(post);
  if (cached) return cached;
  const promise = new Promise<number>((resolve, reject) => {
    mapIn(queued, key).set(post, { resolve, reject });
  });
  known.set(post, promise);
  promise.catch(() => {
    if (known.get(post) === promise) known.delete(post);
  });
  // Elements that come into view together update in the same task: a timer gathers all of them.
  flushTimer ??= setTimeout(flush, 0);
  return promise;
}

/** Forgets every count (tests, or a page that knows its counts changed). */
export function clearCommentCounts(): void {
  counts.clear();
}

function flush(): void {
  flushTimer = undefined;
  const batches = [...queued];
  queued.clear();
  for (const [key, waiting] of batches) {
    const collection = new URL(key);
    const ids = [...waiting.keys()].sort((a, b) => a - b);
    for (let at = 0; at < ids.length; at += BATCH) {
      const chunk = ids.slice(at, at + BATCH);
      countPosts(collection, chunk).then(
        (found) => chunk.forEach((id) => waiting.get(id)!.resolve(found.get(id) ?? 0)),
        (error: unknown) => chunk.forEach((id) => waiting.get(id)!.reject(error)),
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
