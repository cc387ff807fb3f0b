// A fake WordPress REST API for the benchmarks, generated in-process: 100 posts with `_embed`
// (author, featured image with sizes, categories and tags) and two comment threads, one of 100
// comments (post 1) and one of 1000 (post 2: 800 top-level and 200 replies, 10 pages of 100).
// Shapes, headers and query behaviour follow the recordings in /work/shared/fixtures/wordpress/.
// Deterministic: the same data on every run, so every run measures the same work.

export const THREADS = { 1: { total: 100, replies: 20, firstId: 10_001 }, 2: { total: 1000, replies: 200, firstId: 1 } };
export const POST_COUNT = 100;

const FIRST_NAMES = ['Maria', 'Jürgen', 'Anna', 'Thomas', 'Sabine', 'Peter', 'Claudia', 'Michael', 'Petra', 'Stefan', 'Ute', 'Klaus', 'Sean'];
const LAST_NAMES = ['Schneider', 'Müller', 'Becker', 'Wagner', 'Schäfer', 'Klein', 'Weber', 'Hoffmann', 'O&#039;Brien', 'Zimmermann'];
const CATEGORIES = [
  { id: 2, name: 'Pressemitteilungen', slug: 'pressemitteilungen' },
  { id: 3, name: 'Innere Sicherheit', slug: 'innere-sicherheit' },
  { id: 4, name: 'Kommunales &amp; Ehrenamt', slug: 'kommunales-ehrenamt' },
  { id: 5, name: 'Sport', slug: 'sport' },
];
const WORDS =
  'die Polizei das Ministerium eine Partnerschaft mit der Stadt und dem Land für mehr Sicherheit am Bahnhof in den Abendstunden Bürgerinnen Bürger Gespräch Besuch Fahrzeuge Programm Kinder Wochenende Rathaus Vertreter unterzeichnet gemeinsam'.split(
    ' ',
  );

/** A pseudo-random but fixed sequence (mulberry32), so the data is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
/** WordPress's `date` (site-local, no zone) and `date_gmt` for a time; the site runs at UTC+2. */
function wpDates(ms) {
  const fmt = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return { date: fmt(new Date(ms + 2 * 3600_000)), date_gmt: fmt(new Date(ms)) };
}

function sentence(rand, min, max) {
  const n = min + Math.floor(rand() * (max - min));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

const links = (origin, self, extra = {}) => ({
  self: [{ href: `${origin}/wp-json/wp/v2/${self}` }],
  collection: [{ href: `${origin}/wp-json/wp/v2/${self.split('/')[0]}` }],
  ...extra,
  curies: [{ name: 'wp', href: 'https://api.w.org/{rel}', templated: true }],
});

function makePosts(origin) {
  const rand = random(7);
  const start = Date.UTC(2024, 8, 1, 8, 0, 0);
  const author = {
    id: 1,
    name: 'Redaktion MIBS',
    url: origin,
    description: 'Pressestelle (Testdaten)',
    link: `${origin}/author/admin/`,
    slug: 'admin',
    avatar_urls: Object.fromEntries([24, 48, 96].map((s) => [s, `${origin}/avatar/redaktion.png?s=${s}`])),
    _links: links(origin, 'users/1'),
  };
  return Array.from({ length: POST_COUNT }, (_, i) => {
    const id = POST_COUNT - i; // newest first, as WordPress lists them
    const { date, date_gmt } = wpDates(start - i * 6 * 3600_000);
    const slug = `meldung-${id}`;
    const link = `${origin}/2024/09/${slug}/`;
    const category = CATEGORIES[id % CATEGORIES.length];
    const excerpt = `<p>${sentence(rand, 18, 30)} ${sentence(rand, 10, 20)} &hellip;</p>\n`;
    const file = `2024/09/bild-${id}`;
    const media = {
      id: 1000 + id,
      ...wpDates(start - i * 6 * 3600_000),
      slug: `bild-${id}`,
      type: 'attachment',
      link: `${link}bild-${id}/`,
      title: { rendered: `Bild ${id}` },
      author: 1,
      caption: { rendered: `<p>Foto: MIBS/C. Stoll</p>\n` },
      alt_text: `Vertreter von Ministerium und Stadt bei Termin ${id}`,
      media_type: 'image',
      mime_type: 'image/png',
      media_details: {
        width: 1200,
        height: 675,
        file: `${file}.png`,
        filesize: 54954,
        sizes: Object.fromEntries(
          [
            ['medium', 300, 169],
            ['large', 1024, 576],
            ['thumbnail', 150, 150],
            ['medium_large', 768, 432],
            ['full', 1200, 675],
          ].map(([name, w, h]) => [name, { file: `bild-${id}-${w}x${h}.png`, width: w, height: h, filesize: 7500, mime_type: 'image/png', source_url: `${origin}/media/${file}-${w}x${h}.png` }]),
        ),
        image_meta: { aperture: '0', credit: '', camera: '', caption: '', created_timestamp: '0', copyright: '', focal_length: '0', iso: '0', shutter_speed: '0', title: '', orientation: '0', keywords: [] },
      },
      source_url: `${origin}/media/${file}.png`,
      _links: links(origin, `media/${1000 + id}`),
    };
    return {
      id,
      date,
      date_gmt,
      guid: { rendered: `${origin}/?p=${id}` },
      modified: date,
      modified_gmt: date_gmt,
      slug,
      status: 'publish',
      type: 'post',
      link,
      title: { rendered: `Meldung ${id}: &#8222;${sentence(rand, 3, 7).slice(0, -1)}&#8220; &amp; mehr` },
      content: {
        rendered: Array.from({ length: 5 }, () => `\n<p>${sentence(rand, 20, 40)} ${sentence(rand, 10, 30)}</p>\n`).join('\n\n'),
        protected: false,
      },
      excerpt: { rendered: excerpt, protected: false },
      author: 1,
      featured_media: media.id,
      comment_status: 'open',
      ping_status: 'closed',
      sticky: false,
      template: '',
      format: 'standard',
      meta: [],
      categories: [category.id],
      tags: [9],
      _links: links(origin, `posts/${id}`, {
        author: [{ embeddable: true, href: `${origin}/wp-json/wp/v2/users/1` }],
        replies: [{ embeddable: true, href: `${origin}/wp-json/wp/v2/comments?post=${id}` }],
        'wp:featuredmedia': [{ embeddable: true, href: `${origin}/wp-json/wp/v2/media/${media.id}` }],
        'wp:term': [
          { taxonomy: 'category', embeddable: true, href: `${origin}/wp-json/wp/v2/categories?post=${id}` },
          { taxonomy: 'post_tag', embeddable: true, href: `${origin}/wp-json/wp/v2/tags?post=${id}` },
        ],
      }),
      _embedded: {
        author: [author],
        // WordPress embeds a few of the post's comments under `replies` when `_embed` asks for everything.
        replies: [
          Array.from({ length: 3 }, (_, k) => ({
            id: 50_000 + id * 10 + k,
            parent: 0,
            author: 0,
            author_name: 'Leserin',
            author_url: '',
            date,
            content: { rendered: `<p>${sentence(rand, 8, 20)}</p>\n` },
            link: `${link}#comment-${50_000 + id * 10 + k}`,
            type: 'comment',
            author_avatar_urls: { 24: `${origin}/avatar/x.png?s=24`, 48: `${origin}/avatar/x.png?s=48`, 96: `${origin}/avatar/x.png?s=96` },
            _links: links(origin, `comments/${50_000 + id * 10 + k}`),
          })),
        ],
        'wp:featuredmedia': [media],
        'wp:term': [
          [{ id: category.id, link: `${origin}/category/${category.slug}/`, name: category.name, slug: category.slug, taxonomy: 'category', _links: links(origin, `categories/${category.id}`) }],
          [{ id: 9, link: `${origin}/tag/saarland/`, name: 'Saarland', slug: 'saarland', taxonomy: 'post_tag', _links: links(origin, 'tags/9') }],
        ],
      },
    };
  });
}

/** One thread, oldest first: every fifth comment is a reply (mostly to a recent top-level one, some to a reply). */
function makeComments(origin, post, { total, replies, firstId }) {
  const rand = random(post * 31);
  const start = Date.UTC(2024, 8, 1, 9, 0, 0);
  const every = Math.round(total / replies);
  const list = [];
  for (let i = 0; i < total; i++) {
    const id = firstId + i;
    const isReply = i % every === every - 1;
    let parent = 0;
    if (isReply) {
      const candidates = list.slice(-30).filter((c) => c.parent === 0 || rand() < 0.25);
      parent = candidates[Math.floor(rand() * candidates.length)]?.id ?? 0;
    }
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const paragraphs = 1 + (i % 3);
    const body = Array.from({ length: paragraphs }, (_, p) =>
      p === 1 && i % 4 === 0 ? `<p>${sentence(rand, 6, 14)} <a href="https://www.saarland.de/${i}" rel="nofollow ugc">saarland.de</a> <em>${sentence(rand, 2, 5)}</em></p>\n` : `<p>${sentence(rand, 8, 30)}</p>\n`,
    ).join('');
    const avatar = (s) => `${origin}/avatar/${(id * 2654435761) % 997}.png?s=${s}&d=mm&r=g`;
    list.push({
      id,
      post,
      parent,
      author: 0,
      author_name: name,
      author_url: i % 5 === 0 ? `https://blog.example/${i}` : '',
      ...wpDates(start + i * 7 * 60_000),
      content: { rendered: body },
      link: `${origin}/2024/09/meldung-${post}/#comment-${id}`,
      status: 'approved',
      type: 'comment',
      author_avatar_urls: { 24: avatar(24), 48: avatar(48), 96: avatar(96) },
      meta: [],
      _links: links(origin, `comments/${id}`, {
        up: [{ embeddable: true, post_type: 'post', href: `${origin}/wp-json/wp/v2/posts/${post}` }],
        ...(parent ? { 'in-reply-to': [{ embeddable: true, href: `${origin}/wp-json/wp/v2/comments/${parent}` }] } : {}),
        children: [{ embeddable: true, href: `${origin}/wp-json/wp/v2/comments?parent=${id}` }],
      }),
    });
  }
  return list;
}

/** `_fields=a,b.c` as WordPress applies it: top-level keys only (a nested path keeps its whole top-level key). */
function pickFields(item, fields) {
  const keys = new Set(fields.map((f) => f.split('.')[0]));
  return Object.fromEntries(Object.entries(item).filter(([key]) => keys.has(key)));
}

function restError(status, code, message) {
  return { status, body: { code, message, data: { status } }, headers: {} };
}

const intParam = (params, name, fallback) => {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) ? n : NaN;
};

/** The collection headers WordPress sends, with `Link` rel=prev/next built from the request URL. */
function paging(url, page, totalItems, perPage) {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  const linkTo = (p) => {
    const copy = new URL(url);
    copy.searchParams.set('page', String(p));
    return copy.href;
  };
  const link = [`<${url.origin}/wp-json/>; rel="https://api.w.org/"`];
  if (page > 1) link.push(`<${linkTo(page - 1)}>; rel="prev"`);
  if (page < totalPages) link.push(`<${linkTo(page + 1)}>; rel="next"`);
  return { 'X-WP-Total': String(totalItems), 'X-WP-TotalPages': String(totalPages), Link: link.join(', ') };
}

function collection(url, items, { defaultOrder }) {
  const params = url.searchParams;
  const perPage = intParam(params, 'per_page', 10);
  const page = intParam(params, 'page', 1);
  if (!(perPage >= 1 && perPage <= 100)) return restError(400, 'rest_invalid_param', 'Ungültiger Parameter: per_page');
  if (!(page >= 1)) return restError(400, 'rest_invalid_param', 'Ungültiger Parameter: page');
  const order = (params.get('order') || defaultOrder) === 'asc' ? 1 : -1;
  const sorted = [...items].sort((a, b) => (a.date_gmt < b.date_gmt ? -order : a.date_gmt > b.date_gmt ? order : (a.id - b.id) * order));
  const totalPages = Math.max(1, Math.ceil(sorted.length / perPage));
  if (page > totalPages && sorted.length) return restError(400, 'rest_post_invalid_page_number', 'Die angeforderte Seitenzahl ist größer als die Anzahl der verfügbaren Seiten.');
  const slice = sorted.slice((page - 1) * perPage, page * perPage);
  return { status: 200, items: slice, headers: paging(url, page, sorted.length, perPage) };
}

/** What `_embed` and `_fields` leave of one post. */
function shapePost(post, params) {
  let out = post;
  const embed = params.get('_embed');
  const fields = params.get('_fields')?.split(',').map((f) => f.trim()).filter(Boolean);
  const { _embedded, ...rest } = out;
  out = rest;
  // With `_fields`, WordPress embeds only when `_embedded` is among them (and `_links` only when listed).
  if (embed !== null && (!fields || fields.includes('_embedded'))) {
    const wanted = embed && embed !== '1' && embed !== 'true' ? new Set(embed.split(',')) : null;
    out = { ...out, _embedded: wanted ? Object.fromEntries(Object.entries(_embedded).filter(([k]) => wanted.has(k))) : _embedded };
  }
  if (fields) out = pickFields(out, fields.includes('_embedded') ? [...fields, '_embedded'] : fields);
  return out;
}

/** Creates the fake site for `origin`; `handle(url)` answers a REST request or returns null. */
export function createWordPress(origin) {
  const posts = makePosts(origin);
  const threads = Object.fromEntries(Object.entries(THREADS).map(([post, spec]) => [post, makeComments(origin, Number(post), spec)]));

  function postsRoute(url) {
    const params = url.searchParams;
    let list = posts;
    const include = params.get('include');
    if (include) {
      const ids = new Set(include.split(',').map(Number));
      list = list.filter((p) => ids.has(p.id));
    }
    const exclude = params.get('exclude');
    if (exclude) {
      const ids = new Set(exclude.split(',').map(Number));
      list = list.filter((p) => !ids.has(p.id));
    }
    // WordPress compares before/after with the site-local `date`.
    const before = params.get('before');
    if (before) list = list.filter((p) => p.date < before.replace(/Z$/, ''));
    const after = params.get('after');
    if (after) list = list.filter((p) => p.date > after.replace(/Z$/, ''));
    const slug = params.get('slug');
    if (slug) list = list.filter((p) => p.slug === slug);
    const categories = params.get('categories');
    if (categories) {
      const ids = new Set(categories.split(',').map(Number));
      list = list.filter((p) => p.categories.some((c) => ids.has(c)));
    }
    const result = collection(url, list, { defaultOrder: 'desc' });
    if (result.items) result.body = result.items.map((p) => shapePost(p, params));
    return result;
  }

  function singlePost(url, id) {
    const post = posts.find((p) => p.id === id);
    if (!post) return restError(404, 'rest_post_invalid_id', 'Ungültige Beitrags-ID.');
    return { status: 200, body: shapePost(post, url.searchParams), headers: {} };
  }

  function commentsRoute(url) {
    const post = url.searchParams.get('post');
    const list = threads[post] ?? [];
    const result = collection(url, list, { defaultOrder: 'desc' });
    if (result.items) {
      const fields = url.searchParams.get('_fields')?.split(',');
      result.body = fields ? result.items.map((c) => pickFields(c, fields)) : result.items;
    }
    return result;
  }

  return {
    posts,
    threads,
    /** The REST route of a request (pretty or `?rest_route=`), answered; null when it is no REST URL of ours. */
    handle(url) {
      const route = url.searchParams.get('rest_route') ?? (url.pathname.startsWith('/wp-json/') ? url.pathname.slice('/wp-json'.length) : null);
      if (route === null) return null;
      let result;
      const single = /^\/wp\/v2\/posts\/(\d+)\/?$/.exec(route);
      if (/^\/wp\/v2\/posts\/?$/.test(route)) result = postsRoute(url);
      else if (single) result = singlePost(url, Number(single[1]));
      else if (/^\/wp\/v2\/comments\/?$/.test(route)) result = commentsRoute(url);
      else result = restError(404, 'rest_no_route', 'Es wurde keine Route gefunden, die mit der URL und der Request-Methode identisch ist.');
      return {
        status: result.status,
        body: JSON.stringify(result.body),
        headers: {
          'Content-Type': 'application/json; charset=UTF-8',
          'X-Content-Type-Options': 'nosniff',
          'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
          Allow: 'GET',
          Vary: 'Origin',
          ...result.headers,
        },
      };
    },
  };
}
