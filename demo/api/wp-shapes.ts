/**
 * JSON shapes exactly as WordPress 6 sends them (see test/fixtures/wordpress/): posts with
 * their `_links` and `_embedded`, media, users, terms and comments.
 */
import { AUTHORS, CATEGORIES, type DemoMedia, type DemoPost, type StoredComment } from './data.js';
import type { Context } from './http.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './images.js';
import { fromSiteLocal, gmt } from './time.js';

/** What `wptexturize` does to our text: typographic characters become numeric entities. */
export function texturize(text: string): string {
  const entities: Record<string, string> = { '„': '&#8222;', '“': '&#8220;', '”': '&#8221;', '‚': '&#8218;', '‘': '&#8216;', '’': '&#8217;', '–': '&#8211;', '—': '&#8212;', '…': '&#8230;' };
  return text.replace(/&(?![#a-z0-9]+;)/gi, '&#038;').replace(/[„“”‚‘’–—…]/g, (c) => entities[c]);
}

/** What `wpautop` does to a comment: blank lines make paragraphs, single newlines `<br />`. */
export function autop(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (/^<p[\s>]/i.test(trimmed)) return `${trimmed}\n`;
  return trimmed
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.trim().replace(/\n/g, '<br />\n')}</p>\n`)
    .join('');
}

const rest = (ctx: Context, route: string) => `${ctx.site}/wp-json/wp/v2/${route}`;
const curies = [{ name: 'wp', href: 'https://api.w.org/{rel}', templated: true }];

/** The permalink of a post: `/2025/09/04/slug/`. */
export function postLink(ctx: Context, post: DemoPost): string {
  return `${ctx.site}/${post.date.slice(0, 10).replace(/-/g, '/')}/${post.slug}/`;
}

/** The URL of a post's photo, optionally a resized variant (`-300x169`). */
export function imageUrl(ctx: Context, post: DemoPost, size?: { width: number; height: number }): string {
  const suffix = size ? `-${size.width}x${size.height}` : '';
  return `${ctx.site}/wp-content/uploads/${post.date.slice(0, 7).replace('-', '/')}/${post.media.scene}${suffix}.svg`;
}

/** A gravatar-shaped avatar URL (a stable hash of the email, as Gravatar's md5 would be). */
export function avatarUrls(email: string): Record<string, string> {
  let a = 0x811c9dc5;
  let b = 0x1b873593;
  for (const char of email.trim().toLowerCase()) {
    a = Math.imul(a ^ char.charCodeAt(0), 16777619) >>> 0;
    b = Math.imul(b ^ char.charCodeAt(0), 2246822507) >>> 0;
  }
  const hash = [a, b, a ^ b, Math.imul(a, b) >>> 0].map((n) => n.toString(16).padStart(8, '0')).join('');
  const host = `http://${a % 3}.gravatar.com/avatar/${hash}`;
  return Object.fromEntries([24, 48, 96].map((size) => [String(size), `${host}?s=${size}&d=mm&r=g`]));
}

export function userJson(ctx: Context, id: number) {
  const author = AUTHORS.find((a) => a.id === id);
  if (!author) return undefined;
  return {
    id: author.id,
    name: author.name,
    url: '',
    description: author.description,
    link: `${ctx.site}/author/${author.slug}/`,
    slug: author.slug,
    avatar_urls: avatarUrls(`${author.slug}@example.org`),
    _links: { self: [{ href: rest(ctx, `users/${id}`) }], collection: [{ href: rest(ctx, 'users') }] },
  };
}

export function categoryJson(ctx: Context, id: number, count: number) {
  const category = CATEGORIES.find((c) => c.id === id);
  if (!category) return undefined;
  return {
    id,
    count,
    description: '',
    link: `${ctx.site}/category/${category.slug}/`,
    name: category.name.replace(/&/g, '&amp;'),
    slug: category.slug,
    taxonomy: 'category',
    parent: 0,
    meta: [],
    _links: {
      self: [{ href: rest(ctx, `categories/${id}`) }],
      collection: [{ href: rest(ctx, 'categories') }],
      about: [{ href: `${ctx.site}/wp-json/wp/v2/taxonomies/category` }],
      'wp:post_type': [{ href: rest(ctx, `posts?categories=${id}`) }],
      curies,
    },
  };
}

const SIZES = { medium: [300, 169], large: [1024, 576], thumbnail: [150, 150], medium_large: [768, 432] } as const;

export function mediaJson(ctx: Context, post: DemoPost, media: DemoMedia = post.media) {
  const file = `${post.date.slice(0, 7).replace('-', '/')}/${media.scene}.svg`;
  const sizes: Record<string, unknown> = {};
  for (const [name, [width, height]] of Object.entries(SIZES)) {
    sizes[name] = { file: `${media.scene}-${width}x${height}.svg`, width, height, mime_type: 'image/svg+xml', source_url: imageUrl(ctx, post, { width, height }) };
  }
  sizes.full = { file: `${media.scene}.svg`, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, mime_type: 'image/svg+xml', source_url: imageUrl(ctx, post) };
  return {
    id: media.id,
    date: post.date,
    slug: media.scene,
    type: 'attachment',
    link: `${postLink(ctx, post)}${media.scene}/`,
    title: { rendered: texturize(media.title) },
    author: post.author,
    caption: { rendered: `<p>${texturize(media.credit)}</p>\n` },
    alt_text: media.alt,
    media_type: 'image',
    mime_type: 'image/svg+xml',
    media_details: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, file, sizes, image_meta: { credit: '', caption: '', copyright: '', title: '', keywords: [] } },
    source_url: imageUrl(ctx, post),
    _links: {
      self: [{ href: rest(ctx, `media/${media.id}`) }],
      collection: [{ href: rest(ctx, 'media') }],
      about: [{ href: `${ctx.site}/wp-json/wp/v2/types/attachment` }],
      author: [{ embeddable: true, href: rest(ctx, `users/${post.author}`) }],
      replies: [{ embeddable: true, href: rest(ctx, `comments?post=${media.id}`) }],
    },
  };
}

/** A comment as `wp/v2/comments` shows it to an anonymous reader. */
export function commentJson(ctx: Context, comment: StoredComment, post: DemoPost | undefined, hasChildren: boolean) {
  const links: Record<string, unknown> = {
    self: [{ href: rest(ctx, `comments/${comment.id}`) }],
    collection: [{ href: rest(ctx, 'comments') }],
    up: [{ embeddable: true, post_type: 'post', href: rest(ctx, `posts/${comment.post}`) }],
  };
  if (comment.parent) links['in-reply-to'] = [{ embeddable: true, href: rest(ctx, `comments/${comment.parent}`) }];
  if (hasChildren) links.children = [{ embeddable: true, href: rest(ctx, `comments?parent=${comment.id}`) }];
  return {
    id: comment.id,
    post: comment.post,
    parent: comment.parent,
    author: comment.user_id ?? 0,
    author_name: comment.author_name,
    author_url: comment.author_url,
    date: comment.date,
    date_gmt: comment.date_gmt,
    content: { rendered: texturize(autop(comment.content)) },
    link: post ? `${postLink(ctx, post)}#comment-${comment.id}` : '',
    status: comment.status,
    type: 'comment',
    author_avatar_urls: avatarUrls(comment.author_email),
    meta: [],
    _links: links,
  };
}

export interface PostEmbeds {
  /** Which `_embedded` relations to include (`author`, `wp:featuredmedia`, `wp:term`, `replies`). */
  embed: Set<string>;
  /** Approved comments of the post (embedded as `replies` on a single post). */
  replies?: ReturnType<typeof commentJson>[];
  /** Post count per category id. */
  categoryCounts: Map<number, number>;
}

export function postJson(ctx: Context, post: DemoPost, { embed, replies, categoryCounts }: PostEmbeds) {
  const link = postLink(ctx, post);
  const date = gmt(fromSiteLocal(post.date));
  const json: Record<string, unknown> = {
    id: post.id,
    date: post.date,
    date_gmt: date,
    guid: { rendered: `${ctx.site}/?p=${post.id}` },
    modified: post.date,
    modified_gmt: date,
    slug: post.slug,
    status: 'publish',
    type: 'post',
    link,
    title: { rendered: texturize(post.title) },
    content: { rendered: `\n${texturize(post.content)}\n`, protected: false },
    excerpt: { rendered: `<p>${texturize(post.excerpt)}</p>\n`, protected: false },
    author: post.author,
    featured_media: post.media.id,
    comment_status: 'open',
    ping_status: 'closed',
    sticky: false,
    template: '',
    format: 'standard',
    meta: [],
    categories: post.categories,
    tags: [],
    _links: {
      self: [{ href: rest(ctx, `posts/${post.id}`) }],
      collection: [{ href: rest(ctx, 'posts') }],
      about: [{ href: `${ctx.site}/wp-json/wp/v2/types/post` }],
      author: [{ embeddable: true, href: rest(ctx, `users/${post.author}`) }],
      replies: [{ embeddable: true, href: rest(ctx, `comments?post=${post.id}`) }],
      'version-history': [{ count: 0, href: rest(ctx, `posts/${post.id}/revisions`) }],
      'wp:featuredmedia': [{ embeddable: true, href: rest(ctx, `media/${post.media.id}`) }],
      'wp:attachment': [{ href: rest(ctx, `media?parent=${post.id}`) }],
      'wp:term': [
        { taxonomy: 'category', embeddable: true, href: rest(ctx, `categories?post=${post.id}`) },
        { taxonomy: 'post_tag', embeddable: true, href: rest(ctx, `tags?post=${post.id}`) },
      ],
      curies,
    },
  };
  const embedded: Record<string, unknown> = {};
  if (embed.has('author')) embedded.author = [userJson(ctx, post.author)];
  if (embed.has('replies') && replies?.length) embedded.replies = [replies];
  if (embed.has('wp:featuredmedia')) embedded['wp:featuredmedia'] = [mediaJson(ctx, post)];
  if (embed.has('wp:term')) embedded['wp:term'] = [post.categories.map((id) => categoryJson(ctx, id, categoryCounts.get(id) ?? 0)).filter(Boolean), []];
  if (Object.keys(embedded).length) json._embedded = embedded;
  return json;
}

/**
 * `_fields=id,title.rendered`: keeps the named top-level fields (a dotted name keeps its top
 * level). Like WordPress, `_links` and `_embedded` survive only when named.
 */
export function pickFields(json: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  if (!fields.length) return json;
  const tops = new Set(fields.map((field) => field.split('.')[0]));
  return Object.fromEntries(Object.entries(json).filter(([key]) => tops.has(key)));
}
