/**
 * Article pages at the posts' permalinks (`/2025/09/04/slug/`), in the layout of
 * demo/index.html, so every link of the cards and the navigation leads to a real page, and the
 * classic comment form's redirect lands on one. The article text is our own data, not input.
 */
import { AUTHORS, CATEGORIES, SITE, type DemoPost } from './data.js';
import { escapeHtml, type Context } from './http.js';
import { fromSiteLocal, offsetOf } from './time.js';
import { imageUrl, postLink } from './wp-shapes.js';
import { sessionMarkup } from './session.js';
import { LIVE_EVERY_SECONDS } from './live-thread.js';

const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: SITE.timeZone });

/** The header's words in the demo's two editions; the German one is the site's own. */
const HEADER_TEXT = {
  de: { skip: 'Zum Inhalt springen', dark: 'Dunkles Design', tagline: SITE.description, sections: 'Ressorts', more: ['Blaulicht', 'Politik', 'Sport', 'Kultur', 'Verkehr'] },
  en: { skip: 'Skip to content', dark: 'Dark theme', tagline: 'News from Homburg, Bexbach, Blieskastel and the region', sections: 'Sections', more: ['Police', 'Politics', 'Sport', 'Culture', 'Traffic'] },
};

/**
 * Header of every demo page: masthead, section navigation and the theme switch. The article pages
 * print it here; demo/index.html and demo/en.html get it through the demo plugin's
 * `<!-- site-header -->` placeholder, so the three pages cannot drift apart.
 */
export function siteHeader(home: string, lang: keyof typeof HEADER_TEXT = 'de'): string {
  const t = HEADER_TEXT[lang];
  return `<a class="skip-link" href="#main">${t.skip}</a>
  <header class="site-header">
    <div class="topbar">
      <p>Homburg · Bexbach · Blieskastel · Kirkel</p>
      <button type="button" class="theme-toggle" aria-pressed="false" data-theme-toggle>${t.dark}</button>
    </div>
    <div class="masthead">
      <a class="brand" href="${home}"><span class="brand-mark" aria-hidden="true">SK</span> ${SITE.name}</a>
      <p class="tagline">${t.tagline}</p>
    </div>
    <nav class="site-nav" aria-label="${t.sections}">
      <ul>
        <li><a href="${home}" aria-current="page">Region</a></li>
${t.more.map((section) => `        <li><a href="${home}#mehr">${section}</a></li>`).join('\n')}
      </ul>
    </nav>
  </header>`;
}

export function articlePage(ctx: Context, post: DemoPost): string {
  const category = CATEGORIES.find((c) => c.id === post.categories[0]);
  const author = AUTHORS.find((a) => a.id === post.author);
  const published = fromSiteLocal(post.date);
  const api = `${ctx.site}/wp-json/`;
  const e = escapeHtml;
  const session = sessionMarkup(ctx, new URL(postLink(ctx, post)).pathname);
  return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${e(post.title)} – ${SITE.name}</title>
  <link rel="https://api.w.org/" href="${api}">
  <link rel="shortlink" href="${ctx.site}/?p=${post.id}">
  <link rel="canonical" href="${postLink(ctx, post)}">
  <link rel="alternate" type="application/rss+xml" title="${SITE.name} – Feed" href="${ctx.site}/feed/">
  <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/demo/demo.css">
  ${session.head}
  <script type="module" src="/demo/demo.ts"></script>
  <script type="module" src="/src/press-widgets.ts"></script>
</head>
<body class="post-template-default single single-post postid-${post.id}${session.bodyClass}">
  ${siteHeader('/demo/')}
  <div class="page">
    <main id="main" class="story-column">
      <nav class="breadcrumb" aria-label="Brotkrümelnavigation">
        <ol>
          <li><a href="/demo/">Startseite</a></li>
          <li><a href="/demo/">Region</a></li>
          <li><a href="${ctx.site}/category/${category?.slug ?? ''}/">${e(category?.name ?? '')}</a></li>
          <li aria-current="page">${e(post.title)}</li>
        </ol>
      </nav>
      <article class="story">
        <header class="story-header">
          <p class="kicker">${e(category?.name ?? '')}</p>
          <h1>${e(post.title)}</h1>
          <p class="lead">${e(post.excerpt)}</p>
          <p class="byline">Von <a href="${ctx.site}/author/${author?.slug ?? ''}/">${e(author?.name ?? '')}</a> · <time datetime="${post.date}${offsetOf(published)}">${longDate.format(published)} Uhr</time></p>
        </header>
        <figure class="lead-photo">
          <img src="${imageUrl(ctx, post)}" alt="${e(post.media.alt)}" width="1200" height="675">
          <figcaption>${e(post.media.title)} <span class="credit">${e(post.media.credit)}</span></figcaption>
        </figure>
        <div class="story-body">
${post.content}
        </div>
      </article>
      <press-nav class="story-nav" source="${api}wp/v2/posts" current="${post.id}"></press-nav>
      <section class="comments" aria-label="Kommentare">
        ${session.bar}
        <press-comments source="${api}wp/v2/comments" post="${post.id}" live="${LIVE_EVERY_SECONDS / 3}"></press-comments>
      </section>
    </main>
    <aside class="sidebar" aria-labelledby="latest-heading">
      <h2 id="latest-heading" class="section-title">Neueste Meldungen</h2>
      <press-card-list layout="list" limit="3" heading-level="3"></press-card-list>
    </aside>
  </div>
  <section id="mehr" class="more" aria-labelledby="more-heading">
    <h2 id="more-heading" class="section-title">Mehr aus der Region</h2>
    <press-card-list source="${api}wp/v2/posts?exclude=${post.id}" limit="6" heading-level="3"></press-card-list>
  </section>
  ${siteFooter()}
</body>
</html>
`;
}

/** Footer of every demo page. */
export function siteFooter(): string {
  return `<footer class="site-footer">
    <div>
      <p class="brand">${SITE.name}</p>
      <p>Ein Demo-Angebot der press-widgets. Alle Meldungen, Namen und Fotos sind erfunden.</p>
    </div>
    <nav aria-label="Service">
      <ul>
        <li><a href="/demo/gallery.html">Komponenten-Galerie</a></li>
        <li><a href="/demo/en.html">English edition</a></li>
        <li><a href="/feed/">RSS-Feed</a></li>
        <li><a href="/feed.json">JSON Feed</a></li>
        <li><a href="/feed/atom/">Atom-Feed</a></li>
      </ul>
    </nav>
  </footer>`;
}
