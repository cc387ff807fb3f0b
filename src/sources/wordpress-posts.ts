import { countHeader, fetchList, type RequestOptions } from './http.js';
import type { Article } from './models.js';
import { parseWordPressPosts, withQuery } from './wordpress.js';

/** WordPress's largest page of posts. */
export const WORDPRESS_PAGE = 100;

/**
 * The posts after the first page, for a `limit` above WordPress's 100 per page: pages 2, 3, …
 * of the same query (`page=N`, same `per_page`), as many as `limit` needs and the site has
 * (`X-WP-TotalPages` of the first page), fetched side by side and kept in order.
 */
export async function furtherPostPages(first: URL, firstResponse: Response, limit: number, options: RequestOptions): Promise<Article[]> {
  const perPage = Number(first.searchParams.get('per_page')) || WORDPRESS_PAGE;
  const wanted = Math.ceil(limit / perPage);
  const header = countHeader(firstResponse, 'x-wp-totalpages');
  if (header) {
    const pages = Array.from({ length: Math.min(wanted, header) - 1 }, (_, i) => i + 2);
    return (await Promise.all(pages.map((page) => loadPosts(withQuery(first, { page }), options)))).flat();
  }
  // No page count (a proxy dropped the header): read on until a page comes back short.
  const articles: Article[] = [];
  for (let page = 2; page <= wanted; page++) {
    const found = await loadPosts(withQuery(first, { page }), options);
    articles.push(...found);
    if (found.length < perPage) break;
  }
  return articles;
}

/** One page of posts as articles; what is not a post is skipped. */
export const loadPosts = async (url: URL, options: RequestOptions): Promise<Article[]> => parseWordPressPosts((await fetchList(url, options)).items, url.href);
