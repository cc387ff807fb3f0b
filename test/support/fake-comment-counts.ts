import { json } from './fake-server.js';

/**
 * A WordPress comments collection as anonymous readers see it, for counts: `post` (one id, a
 * comma list or `post[]`), `per_page` (1–100), `page`, `orderby` (`date_gmt` or `post`),
 * `order`, `_fields`, and the `X-WP-Total` / `X-WP-TotalPages` headers, from a map post → count.
 */
export function commentsCollection(counts: Record<number, number>): (request: Request, url: URL) => Response {
  // Comments dated so that ordering by date interleaves the posts, as on a real site.
  const all = Object.entries(counts).flatMap(([post, count]) =>
    Array.from({ length: count }, (_, i) => ({ id: Number(post) * 1000 + i, post: Number(post), date_gmt: new Date(Date.UTC(2024, 0, 1) + i * 997 + Number(post)).toISOString() })),
  );
  return (_request, url) => {
    const params = url.searchParams;
    const posts = [...params.getAll('post'), ...params.getAll('post[]')].flatMap((v) => v.split(',')).filter(Boolean).map(Number);
    const perPage = Number(params.get('per_page') ?? 10);
    if (!(perPage >= 1 && perPage <= 100)) return json({ code: 'rest_invalid_param', message: 'Invalid parameter(s): per_page', data: { status: 400 } }, 400);
    const page = Number(params.get('page') ?? 1);
    const orderby = params.get('orderby') ?? 'date_gmt';
    const sign = params.get('order') === 'asc' ? 1 : -1;
    const found = all
      .filter((c) => !posts.length || posts.includes(c.post))
      .sort((a, b) => sign * ((orderby === 'post' ? a.post - b.post : 0) || a.date_gmt.localeCompare(b.date_gmt)));
    const fields = (params.get('_fields') ?? '').split(',').filter(Boolean);
    const body = found.slice((page - 1) * perPage, page * perPage).map((c) => {
      const full: Record<string, unknown> = { ...c, status: 'approved', content: { rendered: '<p>…</p>' } };
      return fields.length ? Object.fromEntries(fields.map((f) => [f, full[f]])) : full;
    });
    return json(body, 200, { 'X-WP-Total': String(found.length), 'X-WP-TotalPages': String(Math.ceil(found.length / perPage)) });
  };
}
