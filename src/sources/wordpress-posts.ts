import { SourceError } from './errors.js';
import { countHeader, fetchList, type RequestOptions } from './http.js';
import type { Article } from './models.js';
import { nextTask } from '../internal/next-task.js';
import { parseWordPressPosts, withQuery } from './wordpress.js';

/** WordPress's largest page of posts. */
export const WORDPRESS_PAGE = 100;

/**
 * The posts after the first page, for a `limit` above WordPress's 100 per page: pages 2, 3, …
 * of the same query (`page=N`, same `per_page`), as many as `limit` needs and the site has
 * (`X-WP-TotalPages` of the first page), fetched side by side and kept in order. Without that
 * header (a proxy dropped it) every page `limit` needs is asked, and those past the end are empty:
 * WordPress answers them with `rest_post_invalid_page_number`.
 */
export async function furtherPostPages(first: URL, firstResponse: Response, limit: number, options: RequestOptions): Promise<Article[]> {
  const wanted = Math.ceil(limit / (Number(first.searchParams.get('per_page')) || WORDPRESS_PAGE));
  const pages = Array.from({ length: Math.min(wanted, countHeader(firstResponse, 'x-wp-totalpages') || wanted) - 1 }, (_, i) => i + 2);
  const load = (page: number) =>
    loadPosts(withQuery(first, { page }), options).catch((error: unknown) => {
      if (error instanceof SourceError && error.code === 'rest_post_invalid_page_number') return [];
      throw error;
    });
  return (await Promise.all(pages.map(load))).flat();
}

/** One page of posts as articles; what is not a post is skipped. */
export async function loadPosts(url: URL, options: RequestOptions): Promise<Article[]> {
  const { items } = await fetchList(url, options);
  // Mapping 100 posts (entities, images, URLs) gets a task of its own, apart from reading and parsing the JSON.
  await nextTask();
  return parseWordPressPosts(items, url.href);
}
