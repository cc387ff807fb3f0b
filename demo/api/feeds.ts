/**
 * The same posts as JSON Feed 1.1 (`/feed.json`), RSS 2.0 (`/feed/`, `/feed.xml`) and Atom 1.0
 * (`/feed/atom/`), shaped like WordPress's own feeds, with photos and their credits.
 */
import { AUTHORS, CATEGORIES, POSTS, SITE, type DemoPost } from './data.js';
import { escapeHtml, type ApiResponse, type Context } from './http.js';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './images.js';
import { fromSiteLocal, offsetOf } from './time.js';
import { imageUrl, postLink, texturize } from './wp-shapes.js';

/** Newest first, as feeds list them. */
function feedPosts(ctx: Context): DemoPost[] {
  return ctx.empty ? [] : [...POSTS].sort((a, b) => (a.date < b.date ? 1 : -1));
}

const authorName = (post: DemoPost) => AUTHORS.find((a) => a.id === post.author)?.name ?? '';
const categoryName = (post: DemoPost) => CATEGORIES.find((c) => c.id === post.categories[0])?.name ?? '';
/** CDATA that survives any content (a `]]>` inside is split). */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const rfc3339 = (post: DemoPost) => `${post.date}${offsetOf(fromSiteLocal(post.date))}`;
const updated = (posts: DemoPost[]) => (posts[0] ? fromSiteLocal(posts[0].date) : new Date(0));

export function jsonFeed(ctx: Context): ApiResponse {
  const posts = feedPosts(ctx);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: SITE.name,
    description: SITE.description,
    home_page_url: `${ctx.site}/`,
    feed_url: `${ctx.site}/feed.json`,
    language: SITE.language,
    items: posts.map((post) => ({
      id: `${ctx.site}/?p=${post.id}`,
      url: postLink(ctx, post),
      title: post.title,
      content_html: post.content,
      summary: post.excerpt,
      image: imageUrl(ctx, post),
      date_published: rfc3339(post),
      date_modified: rfc3339(post),
      authors: [{ name: authorName(post) }],
      tags: post.categories.map((id) => CATEGORIES.find((c) => c.id === id)?.name).filter(Boolean),
    })),
  };
  return { status: 200, headers: { 'Content-Type': 'application/feed+json; charset=UTF-8' }, body: JSON.stringify(feed, null, 2) };
}

export function rssFeed(ctx: Context): ApiResponse {
  const posts = feedPosts(ctx);
  const items = posts.map((post) => {
    const image = imageUrl(ctx, post);
    return `	<item>
		<title>${texturize(post.title)}</title>
		<link>${postLink(ctx, post)}</link>
		<dc:creator>${cdata(authorName(post))}</dc:creator>
		<pubDate>${fromSiteLocal(post.date).toUTCString().replace('GMT', '+0000')}</pubDate>
		${post.categories.map((id) => `<category>${cdata(CATEGORIES.find((c) => c.id === id)?.name ?? '')}</category>`).join('\n\t\t')}
		<guid isPermaLink="false">${ctx.site}/?p=${post.id}</guid>
		<description>${cdata(texturize(post.excerpt))}</description>
		<content:encoded>${cdata(texturize(post.content))}</content:encoded>
		<media:content url="${image}" medium="image" type="image/svg+xml" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">
			<media:title type="plain">${escapeHtml(post.media.title)}</media:title>
			<media:description type="plain">${escapeHtml(post.media.alt)}</media:description>
			<media:credit>${escapeHtml(post.media.credit)}</media:credit>
		</media:content>
	</item>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:media="http://search.yahoo.com/mrss/"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
>
<channel>
	<title>${escapeHtml(SITE.name)}</title>
	<atom:link href="${ctx.url.href.replace(/&/g, '&amp;')}" rel="self" type="application/rss+xml" />
	<link>${ctx.site}/</link>
	<description>${escapeHtml(SITE.description)}</description>
	<lastBuildDate>${updated(posts).toUTCString().replace('GMT', '+0000')}</lastBuildDate>
	<language>${SITE.language}</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
${items.join('\n')}
</channel>
</rss>
`;
  return { status: 200, headers: { 'Content-Type': 'application/rss+xml; charset=UTF-8' }, body };
}

export function atomFeed(ctx: Context): ApiResponse {
  const posts = feedPosts(ctx);
  const entries = posts.map((post) => {
    const image = imageUrl(ctx, post);
    const published = fromSiteLocal(post.date).toISOString().replace('.000', '');
    return `	<entry>
		<author>
			<name>${escapeHtml(authorName(post))}</name>
		</author>
		<title type="html">${cdata(texturize(post.title))}</title>
		<link rel="alternate" type="text/html" href="${postLink(ctx, post)}" />
		<id>${ctx.site}/?p=${post.id}</id>
		<updated>${published}</updated>
		<published>${published}</published>
		<category scheme="${ctx.site}/" term="${escapeHtml(categoryName(post))}" />
		<summary type="html">${cdata(texturize(post.excerpt))}</summary>
		<content type="html" xml:base="${postLink(ctx, post)}">${cdata(texturize(post.content))}</content>
		<media:content url="${image}" medium="image" type="image/svg+xml" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">
			<media:description type="plain">${escapeHtml(post.media.alt)}</media:description>
			<media:credit>${escapeHtml(post.media.credit)}</media:credit>
		</media:content>
	</entry>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?><feed
	xmlns="http://www.w3.org/2005/Atom"
	xmlns:thr="http://purl.org/syndication/thread/1.0"
	xmlns:media="http://search.yahoo.com/mrss/"
	xml:lang="${SITE.language}"
	>
	<title type="text">${escapeHtml(SITE.name)}</title>
	<subtitle type="text">${escapeHtml(SITE.description)}</subtitle>
	<updated>${updated(posts).toISOString().replace('.000', '')}</updated>
	<link rel="alternate" type="text/html" href="${ctx.site}/" />
	<id>${ctx.site}/feed/atom/</id>
	<link rel="self" type="application/atom+xml" href="${ctx.site}/feed/atom/" />
${entries.join('\n')}
</feed>
`;
  return { status: 200, headers: { 'Content-Type': 'application/atom+xml; charset=UTF-8' }, body };
}
