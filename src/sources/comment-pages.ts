import type { Comment, CommentPage } from './models.js';
import { COMMENTS_PER_PAGE, loadComments } from './wordpress-comments.js';

export interface ThreadPageOptions {
  post: number;
  /** 1-based page of the top level. */
  page: number;
  /** `oldest` pages WordPress's flat list; `newest` pages the top level newest first. */
  order: 'oldest' | 'newest';
  signal?: AbortSignal;
  timeout?: number;
}

/** Deeper than this, replies are not looked for (a guard against a cycle in bad data). */
const MAX_REPLY_LEVELS = 10;

/**
 * One page of a thread, ready to be shown in `order`.
 *
 * Oldest first, WordPress's flat list (`order=asc`) is already right: a reply is always newer
 * than its parent, so it arrives with or after it. Newest first, the flat list (`order=desc`)
 * would bring today's reply to a comment of last week pages before its parent. So the top level
 * is paged newest first (`parent=0&order=desc`) and each page's replies are asked level by level
 * (`parent=<ids>&order=asc`): replies stay under their parent, oldest first, on the page of
 * their thread. `total` is then the count of the whole thread, asked once with the first page.
 */
export async function loadThreadPage(source: string | URL, { order, ...query }: ThreadPageOptions): Promise<CommentPage> {
  // `query`: post, page, signal, timeout.
  if (order === 'oldest') return loadComments(source, query);
  const counting = query.page === 1 ? loadComments(source, { ...query, perPage: 1 }) : null;
  const top = await loadComments(source, { ...query, order: 'desc', parents: [0] });
  const comments: Comment[] = [...top.comments];
  let parents = top.comments.map((c) => c.id);
  for (let level = 0; parents.length && level < MAX_REPLY_LEVELS; level++) {
    const replies: Comment[] = [];
    // Up to 100 ids per request keeps the URL short and the answer within one page most of the time.
    for (let at = 0; at < parents.length; at += COMMENTS_PER_PAGE) {
      const ids = parents.slice(at, at + COMMENTS_PER_PAGE);
      for (let replyPage = 1; ; replyPage++) {
        const result = await loadComments(source, { ...query, page: replyPage, parents: ids });
        replies.push(...result.comments);
        if (!result.next || !result.comments.length) break;
      }
    }
    comments.push(...replies);
    parents = replies.map((c) => c.id);
  }
  const total = counting ? (await counting).total : top.total;
  return { comments, total, totalPages: top.totalPages, next: top.next };
}
