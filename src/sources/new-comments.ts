import type { Comment } from './models.js';
import { loadComments } from './wordpress-comments.js';

/**
 * The cheap question a live thread asks again and again: which approved comments are newer than
 * the newest one shown? One small request, whose URL depends only on the thread's state (post and
 * newest date), never on the reader or the clock, so a CDN or page cache can answer it for all.
 */

/** At most this many new comments come with one check; `X-WP-Total` still counts them all. */
export const NEW_COMMENTS_PER_CHECK = 20;

/** Only what a comment shows: no `_links`, `meta` or `type`. */
const FIELDS = 'id,post,parent,author_name,author_url,author_avatar_urls,date,date_gmt,content,link,status';

/** The newest date among `comments` as RFC 3339 UTC without milliseconds (WordPress's `after`), or '' for none. */
export function newestDate(comments: readonly Comment[]): string {
  const newest = comments.reduce((max, c) => Math.max(max, Date.parse(c.date) || 0), 0);
  return newest ? new Date(newest).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}

/** Approved comments of `post` newer than `after` (oldest first), and how many there are in all. */
export async function loadNewComments(source: string | URL, query: { post: number; after: string; signal?: AbortSignal; timeout?: number }): Promise<{ comments: Comment[]; total: number }> {
  const page = await loadComments(source, { ...query, perPage: NEW_COMMENTS_PER_CHECK, fields: FIELDS });
  const comments = page.comments.filter((c) => c.status === 'approved');
  return { comments, total: Math.max(page.total, comments.length) };
}

/**
 * The date of the thread's newest approved comment ('' for none), for a thread whose later pages
 * are not loaded: its first page does not know it. One comment, three fields.
 */
export async function loadNewestDate(source: string | URL, query: { post: number; signal?: AbortSignal; timeout?: number }): Promise<string> {
  return newestDate((await loadComments(source, { ...query, order: 'desc', perPage: 1, fields: 'id,date,date_gmt' })).comments);
}
