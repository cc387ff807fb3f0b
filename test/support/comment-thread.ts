import { json, type Handler } from './fake-server.js';

/** A comment as WordPress's REST API lists it (the fields the widget reads). */
export interface WpComment {
  id: number;
  post: number;
  parent: number;
  author_name: string;
  date_gmt: string;
  content: { rendered: string };
  status: 'approved';
}

/**
 * A thread of `count` comments on post 6, ids 1…count, a minute apart. `parentOf(id)` makes
 * replies (default: none). Dates are in id order, so a reply is always newer than its parent.
 */
export function makeThread(count: number, parentOf: (id: number) => number = () => 0): WpComment[] {
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    return {
      id,
      post: 6,
      parent: parentOf(id),
      author_name: `Leser ${id}`,
      date_gmt: new Date(Date.UTC(2024, 0, 1) + id * 60_000).toISOString().slice(0, 19),
      content: { rendered: `<p>Kommentar <b>${id}</b></p>` },
      status: 'approved',
    };
  });
}

/**
 * Answers `GET /wp/v2/comments` over `comments` the way WordPress does: `post`, `parent` (a comma
 * list), `order`, `per_page`, `page`, with `X-WP-Total`, `X-WP-TotalPages` and a `Link: rel="next"`.
 */
export function wordpressComments(comments: readonly WpComment[]): Handler {
  return (_request, url) => {
    const params = url.searchParams;
    const perPage = Number(params.get('per_page') ?? 10);
    const page = Number(params.get('page') ?? 1);
    const parents = params.get('parent')?.split(',').map(Number);
    const order = params.get('order') ?? 'desc';
    const post = Number(params.get('post'));
    const list = comments
      .filter((c) => (!post || c.post === post) && (!parents || parents.includes(c.parent)))
      .sort((a, b) => (a.date_gmt < b.date_gmt ? -1 : a.date_gmt > b.date_gmt ? 1 : a.id - b.id) * (order === 'asc' ? 1 : -1));
    const pages = Math.max(1, Math.ceil(list.length / perPage));
    const headers: Record<string, string> = { 'X-WP-Total': String(list.length), 'X-WP-TotalPages': String(pages) };
    if (page < pages) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.Link = `<${next.href}>; rel="next"`;
    }
    return json(list.slice((page - 1) * perPage, page * perPage), 200, headers);
  };
}
