// The vanilla floors: what a page does by hand with fetch + JSON.parse + DOMPurify.sanitize +
// innerHTML/append, fetching exactly the URLs the widget fetched (the driver passes them in).
// Light DOM, one stylesheet, no framework: the least work that shows the same content safely.
import { cardData, escapeAttr } from './card-data.js';

const { probe } = window;
const stage = document.getElementById('stage');

const loadStart = performance.now();
const { default: DOMPurify } = await import('/vendor/purify.es.mjs');
const loadMs = performance.now() - loadStart;

// Made at first use, as the widgets make theirs: both pay for it inside the timed part.
let longFormat;
let dateTimeFormat;
const longDate = { format: (d) => (longFormat ??= new Intl.DateTimeFormat('de', { dateStyle: 'long' })).format(d) };
const dateTime = { format: (d) => (dateTimeFormat ??= new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' })).format(d) };
const http = (url) => (/^https?:/i.test(url ?? '') ? url : '');
const utc = (wpGmt) => new Date(`${wpGmt}Z`);

async function getJson(url) {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { json: JSON.parse(text), total: Number(response.headers.get('x-wp-total')) };
}

const FORM = `<form class="form"><h3>Hinterlassen Sie eine Antwort</h3>
  <label for="comment">Kommentar</label><textarea id="comment" name="comment" rows="6" required></textarea>
  <div class="row"><label>Name <input name="author" autocomplete="name" required></label><label>E-Mail <input name="email" type="email" autocomplete="email" required></label><label>Website <input name="url" type="url" autocomplete="url"></label></div>
  <button type="submit">Kommentar abschicken</button></form>`;

function commentHtml(c) {
  const website = http(c.author_url);
  const name = website ? `<a href="${escapeAttr(website)}" rel="nofollow ugc noopener noreferrer">${c.author_name}</a>` : c.author_name;
  const avatar = http(c.author_avatar_urls?.['96']);
  const date = utc(c.date_gmt);
  return DOMPurify.sanitize(
    `<li class="comment" id="comment-${Number(c.id)}"><article><header class="byline">${avatar ? `<img class="avatar" src="${escapeAttr(avatar)}" alt="" width="48" height="48" loading="lazy">` : ''}<span class="author">${name}</span> <a class="date" href="#comment-${Number(c.id)}"><time datetime="${date.toISOString()}">${dateTime.format(date)}</time></a></header><div class="content">${c.content.rendered}</div><button type="button" class="reply">Antworten</button></article></li>`,
  );
}

/** Appends one page of comments: top-level ones to the thread, replies into their parent's list. */
function appendComments(thread, list, byId) {
  for (const c of list) {
    const parent = c.parent ? byId.get(c.parent) : null;
    let target = thread;
    if (parent) {
      target = parent.querySelector(':scope > ol') ?? parent.appendChild(document.createElement('ol'));
    }
    target.insertAdjacentHTML('beforeend', commentHtml(c));
    byId.set(c.id, target.lastElementChild);
  }
}

async function comments(urls, expected) {
  stage.className = 'narrow';
  const t0 = performance.now();
  stage.innerHTML = `<section class="comments"><h2>Kommentare</h2><div class="skeleton"></div><ol class="thread"></ol><div class="more"></div>${FORM}</section>`;
  const shown = probe.paintedAt();
  const thread = stage.querySelector('.thread');
  const heading = stage.querySelector('h2');
  const more = stage.querySelector('.more');
  const byId = new Map();
  const first = await getJson(urls[0]);
  heading.textContent = `${first.total} Kommentare`;
  stage.querySelector('.skeleton').remove();
  appendComments(thread, first.json, byId);
  await probe.nextPaint();
  const tFirst = performance.now();
  const pages = [];
  // The same pages the widget fetched, one per press of a real button.
  for (const url of urls.slice(1)) {
    more.innerHTML = '<button type="button" class="load-more">Weitere Kommentare anzeigen</button>';
    const button = more.firstElementChild;
    const tClick = performance.now();
    const done = new Promise((resolve, reject) =>
      button.addEventListener('click', () => {
        button.disabled = true;
        getJson(url)
          .then(({ json }) => {
            appendComments(thread, json, byId);
            button.remove();
          })
          .then(resolve, reject);
      }),
    );
    button.click();
    await done;
    await probe.nextPaint();
    pages.push(performance.now() - tClick);
  }
  const count = stage.querySelectorAll('li.comment').length;
  if (count !== expected) throw new Error(`vanilla comments: ${count} shown, ${expected} expected`);
  const t1 = performance.now();
  return { t0, t1, tShown: await shown, tFirst, pages: urls.length > 1 ? pages : null, count };
}

function postCard(p) {
  const media = p._embedded?.['wp:featuredmedia']?.[0];
  const author = p._embedded?.author?.[0]?.name;
  const category = p._embedded?.['wp:term']?.flat().find((t) => t.taxonomy === 'category');
  const details = media?.media_details ?? {};
  const srcset = Object.values(details.sizes ?? {})
    .filter((s) => s.width !== s.height)
    .map((s) => `${http(s.source_url)} ${s.width}w`)
    .join(', ');
  const image = http(media?.source_url)
    ? `<figure><img src="${escapeAttr(media.source_url)}" srcset="${escapeAttr(srcset)}" sizes="(min-width: 900px) 33vw, 100vw" alt="${escapeAttr(media.alt_text ?? '')}" width="${Number(details.width)}" height="${Number(details.height)}" loading="lazy" decoding="async"><figcaption>${media.caption?.rendered ?? ''}</figcaption></figure>`
    : '';
  const date = utc(p.date_gmt);
  return DOMPurify.sanitize(
    `<li><article class="card">${image}<div class="body">${category ? `<p class="category">${category.name}</p>` : ''}<h3><a href="${escapeAttr(http(p.link))}">${p.title.rendered}</a></h3><div class="excerpt">${p.excerpt.rendered}</div><p class="meta">${author ? `<span>Von ${author}</span> ` : ''}<time datetime="${date.toISOString()}">${longDate.format(date)}</time></p></div></article></li>`,
  );
}

/** Case (d)'s floor in plain DOM: the same card markup straight into the page. */
function attributeCard(d) {
  const date = new Date(d.date);
  return `<li><article class="card"><figure><img src="${escapeAttr(d.image)}" alt="${escapeAttr(d.imageAlt)}" loading="lazy" decoding="async"><figcaption>${escapeAttr(d.credit)}</figcaption></figure><div class="body"><p class="category">${escapeAttr(d.category)}</p><h3><a href="${escapeAttr(d.href)}">${escapeAttr(d.headline)}</a></h3><div class="excerpt">${DOMPurify.sanitize(d.excerpt, { ALLOWED_TAGS: ['p', 'b', 'strong', 'i', 'em', 'br'] })}</div><p class="meta"><span>Von ${escapeAttr(d.author)}</span> <time datetime="${date.toISOString()}">${longDate.format(date)}</time></p></div></article></li>`;
}

/** The card's look, for the light-DOM floor (under `.card`) and the shadow-DOM yardstick (under `article`). */
const cardCss = (card) => `
  ${card} { display: grid; grid-template-rows: auto 1fr; height: 100%; overflow: hidden; border: 1px solid #ddd; border-radius: 8px; background: #fafafa; }
  ${card} figure { position: relative; margin: 0; background: #eee; }
  ${card} img { display: block; width: 100%; height: 100%; aspect-ratio: 16 / 9; object-fit: cover; }
  ${card} figcaption { position: absolute; inset-inline-end: 0; bottom: 0; padding: 0.15em 0.5em; font-size: 0.72rem; color: #fff; background: rgb(0 0 0 / 0.55); }
  ${card} .body { display: flex; flex-direction: column; gap: 0.4rem; padding: 1rem; }
  ${card} .category { margin: 0; font-size: 0.8rem; font-weight: 600; text-transform: uppercase; color: #0a58a8; }
  ${card} h3 { margin: 0; font-size: 1.15rem; line-height: 1.3; }
  ${card} h3 a { color: inherit; text-decoration: none; }
  ${card} .excerpt { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
  ${card} .excerpt p { margin: 0; }
  ${card} .meta { margin: auto 0 0; font-size: 0.85rem; color: #555; }`;
document.head.append(Object.assign(document.createElement('style'), { textContent: cardCss('.card') }));

/** Case (d)'s second yardstick: a hand-written custom element with a shadow root and one shared sheet. */
const cardSheet = new CSSStyleSheet();
cardSheet.replaceSync(`:host { display: block; } ${cardCss('article')}`);
class PlainCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [cardSheet];
    const a = (name) => escapeAttr(this.getAttribute(name) ?? '');
    const date = new Date(this.getAttribute('date'));
    root.innerHTML = `<article part="base"><figure><img src="${a('image')}" alt="${a('image-alt')}" loading="lazy" decoding="async"><figcaption>${a('credit')}</figcaption></figure><div class="body"><p class="category">${a('category')}</p><h3 part="headline"><a href="${a('href')}">${a('headline')}</a></h3><div class="excerpt">${DOMPurify.sanitize(this.getAttribute('excerpt') ?? '', { ALLOWED_TAGS: ['p', 'b', 'strong', 'i', 'em', 'br'] })}</div><p class="meta"><span>Von ${a('author')}</span> <time datetime="${date.toISOString()}">${longDate.format(date)}</time></p></div></article>`;
  }
}
customElements.define('plain-card', PlainCard);

const CASES = {
  comments100: ({ urls }) => comments(urls, 100),
  comments1000: ({ urls }) => comments(urls, 1000),
  async cards100({ urls }) {
    stage.className = 'wide';
    const t0 = performance.now();
    stage.innerHTML = '<ul class="cards"></ul>';
    const shown = probe.paintedAt();
    const pages = await Promise.all(urls.map(getJson));
    const posts = pages.flatMap((page) => page.json).slice(0, 100);
    stage.firstElementChild.innerHTML = posts.map(postCard).join('');
    await probe.nextPaint();
    const t1 = performance.now();
    return { t0, t1, tShown: await shown, count: stage.querySelectorAll('article').length };
  },
  async cards1000() {
    stage.className = 'wide';
    const data = cardData(1000);
    const t0 = performance.now();
    stage.innerHTML = `<ul class="cards">${data.map(attributeCard).join('')}</ul>`;
    await probe.nextPaint();
    return { t0, t1: performance.now(), count: stage.querySelectorAll('article').length };
  },
  async cards1000ce() {
    stage.className = 'wide';
    const data = cardData(1000);
    const t0 = performance.now();
    stage.innerHTML = `<div class="cards">${data
      .map((d) => `<plain-card href="${escapeAttr(d.href)}" headline="${escapeAttr(d.headline)}" excerpt="${escapeAttr(d.excerpt)}" image="${escapeAttr(d.image)}" image-alt="${escapeAttr(d.imageAlt)}" credit="${escapeAttr(d.credit)}" author="${escapeAttr(d.author)}" date="${d.date}" category="${escapeAttr(d.category)}"></plain-card>`)
      .join('')}</div>`;
    await probe.nextPaint();
    return { t0, t1: performance.now(), count: [...stage.querySelectorAll('plain-card')].filter((c) => c.shadowRoot?.querySelector('article')).length };
  },
  async nav({ urls }) {
    stage.className = 'narrow';
    const t0 = performance.now();
    stage.innerHTML = '<nav class="pn" aria-label="Beiträge"></nav>';
    const shown = probe.paintedAt();
    // As the widget does: the current post first (for its date), then both neighbours at once.
    await getJson(urls[0]);
    const [before, after] = await Promise.all(urls.slice(1, 3).map(getJson));
    const link = (rel, label, post) =>
      post ? `<a rel="${rel}" href="${escapeAttr(http(post.link))}"><span class="label">${label}</span> <span class="title">${post.title.rendered}</span></a>` : '';
    stage.firstElementChild.innerHTML = DOMPurify.sanitize(link('prev', 'Vorheriger Artikel', before.json[0]) + link('next', 'Nächster Artikel', after.json[0]));
    await probe.nextPaint();
    const t1 = performance.now();
    return { t0, t1, tShown: await shown, count: stage.querySelectorAll('a[href]').length };
  },
};

window.bench = {
  impl: 'vanilla',
  loadMs,
  cases: Object.keys(CASES),
  async run(name, options = {}) {
    const { t0, t1, tShown = t0, tFirst, pages, count } = await CASES[name](options);
    const { cls, shifts } = probe.between(tShown, t1);
    const result = { ms: t1 - t0, count, ...probe.between(t0, t1), cls, shifts };
    if (pages) {
      const appending = probe.between(tFirst, t1);
      Object.assign(result, { firstMs: tFirst - t0, pages, clsMore: appending.cls, longestTaskMore: appending.longestTask });
    }
    return result;
  },
};
