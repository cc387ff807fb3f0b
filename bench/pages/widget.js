// The widget side of every bench case: the built bundle, its elements inserted as a site builder
// would paste them (with `eager`, so "near the viewport" is not what is measured), timed from
// insertion to the first frame painted with everything shown.
import { cardData, escapeAttr } from './card-data.js';

const { probe } = window;
const stage = document.getElementById('stage');
const TAGS = ['press-card', 'press-card-list', 'press-nav', 'press-comments'];
const params = new URL(location.href).searchParams;

const loadStart = performance.now();
await import(params.get('bundle') || '/press-widgets.js');
await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
const loadMs = performance.now() - loadStart;

function create(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const failed = (root) => root.querySelector('[part~="retry"]');
const guard = (root, what) => {
  if (failed(root)) throw new Error(`${what}: the element shows an error: ${failed(root).parentElement?.textContent?.trim()}`);
};

/** A thread of `post` with `expected` comments; with `more`, "Show more" is pressed until it is gone. */
async function comments(post, expected, more) {
  stage.className = 'narrow';
  const t0 = performance.now();
  const el = create('press-comments', { source: '/wp-json/wp/v2/comments', post: String(post), eager: '' });
  stage.append(el);
  const shown = probe.paintedAt();
  const root = el.shadowRoot;
  const count = () => root.querySelectorAll('[part~="comment"]').length;
  // The checks run on every change of the thread: first the one that is cheap at any size (the
  // thread's busy flag, near the top of the tree), then, once it has settled, the tree-wide
  // searches. Searching 1000 comments on each of a page's slices cost the widget a quarter of (b).
  const settled = () => {
    const thread = root.querySelector('[part~="thread"]');
    if (!thread) return guard(root, 'comments'), false;
    return thread.getAttribute('aria-busy') === 'false';
  };
  await probe.waitFor(() => settled() && (guard(root, 'comments'), count() >= Math.min(expected, 100)), root);
  await el.updateComplete;
  await probe.nextPaint();
  const tFirst = performance.now();
  const pages = [];
  while (more) {
    const button = root.querySelector('[part~="load-more"]');
    if (!button) break;
    const before = count();
    const tClick = performance.now();
    button.click();
    // A page renders in slices: the thread is busy (and has no button) until the last one is shown.
    await probe.waitFor(() => settled() && (guard(root, 'show more'), count() > before), root);
    await el.updateComplete;
    await probe.nextPaint();
    pages.push(performance.now() - tClick);
  }
  const t1 = performance.now();
  if (count() !== expected) throw new Error(`comments: ${count()} shown, ${expected} expected`);
  return { el, t0, t1, tShown: await shown, tFirst, pages: more ? pages : null, count: count() };
}

async function cardList(limit) {
  stage.className = 'wide';
  const t0 = performance.now();
  const el = create('press-card-list', { source: '/wp-json/wp/v2/posts', limit: String(limit), eager: '' });
  stage.append(el);
  const shown = probe.paintedAt();
  const root = el.shadowRoot;
  await probe.waitFor(() => (guard(root, 'card list'), root.querySelectorAll('press-card').length >= limit), root);
  const cards = [...root.querySelectorAll('press-card')];
  await Promise.all([el.updateComplete, ...cards.map((card) => card.updateComplete)]);
  await probe.nextPaint();
  // The clock stops at the painted frame; checking what was painted is the bench's work, not the list's (as in the floor).
  const t1 = performance.now();
  const count = cards.filter((card) => card.shadowRoot?.querySelector('[part~="headline"]')).length;
  if (count !== limit) throw new Error(`card list: ${count} cards rendered, ${limit} expected`);
  return { el, t0, t1, tShown: await shown, count };
}

async function nav() {
  stage.className = 'narrow';
  const t0 = performance.now();
  const el = create('press-nav', { source: '/wp-json/wp/v2/posts', current: '50', eager: '' });
  stage.append(el);
  const shown = probe.paintedAt();
  const root = el.shadowRoot;
  await probe.waitFor(() => (guard(root, 'nav'), root.querySelector('[part~="prev"]') && root.querySelector('[part~="next"]')), root);
  await el.updateComplete;
  await probe.nextPaint();
  const t1 = performance.now();
  return { el, t0, t1, tShown: await shown, count: root.querySelectorAll('a[href]').length };
}

const CASES = {
  comments100: () => comments(1, 100, false),
  comments1000: () => comments(2, 1000, true),
  cards100: () => cardList(100),
  async cards1000() {
    stage.className = 'wide';
    const data = cardData(1000);
    const t0 = performance.now();
    // As a server-rendered page hands them over: tags with attributes, parsed in one go.
    stage.innerHTML = data
      .map((d) => `<press-card href="${escapeAttr(d.href)}" headline="${escapeAttr(d.headline)}" excerpt="${escapeAttr(d.excerpt)}" image="${escapeAttr(d.image)}" image-alt="${escapeAttr(d.imageAlt)}" credit="${escapeAttr(d.credit)}" author="${escapeAttr(d.author)}" date="${d.date}" category="${escapeAttr(d.category)}"></press-card>`)
      .join('');
    const cards = [...stage.children];
    await Promise.all(cards.map((card) => card.updateComplete));
    await probe.nextPaint();
    const t1 = performance.now();
    const count = cards.filter((card) => card.shadowRoot?.querySelector('[part~="headline"]')).length;
    return { t0, t1, count };
  },
  nav,
};

let current = null;

window.bench = {
  impl: 'widget',
  loadMs,
  cases: Object.keys(CASES),
  /** Runs one case; returns its timings and what the probe saw while it ran. */
  async run(name) {
    const { el, t0, t1, tShown = t0, tFirst, pages, count } = await CASES[name]();
    current = el;
    const { cls, shifts } = probe.between(tShown, t1);
    const result = { ms: t1 - t0, count, ...probe.between(t0, t1), cls, shifts };
    if (pages) {
      const appending = probe.between(tFirst, t1);
      Object.assign(result, { firstMs: tFirst - t0, pages, clsMore: appending.cls, longestTaskMore: appending.longestTask });
    }
    return result;
  },

  /** Keystroke case: a thread of 100 or 1000 comments listed, the comment field focused. */
  async prepareKeys(size) {
    const { el } = await comments(size > 100 ? 2 : 1, size, size > 100);
    current = el;
    el.shadowRoot.querySelector('textarea[name="comment"]').focus();
    await probe.nextPaint();
    probe.keys.length = 0;
    return { focused: el.shadowRoot.activeElement?.name ?? null };
  },
  keyTimes: () => probe.keys.slice(),
  keyEvents: (t0) => probe.between(t0, performance.now()).slowestEvent,

  /** Connect/disconnect case: one of each element, rendered, then moved out of and back into the page. */
  async prepareCycles() {
    const thread = await comments(1, 100, false);
    const holder = document.createElement('div');
    stage.after(holder);
    const list = create('press-card-list', { source: '/wp-json/wp/v2/posts', limit: '10', eager: '' });
    const navigation = create('press-nav', { source: '/wp-json/wp/v2/posts', current: '50', eager: '' });
    const [d] = cardData(1);
    const card = create('press-card', { href: d.href, headline: d.headline, excerpt: d.excerpt, image: d.image, date: d.date, author: d.author });
    holder.append(list, navigation, card);
    await probe.waitFor(() => list.shadowRoot.querySelectorAll('press-card').length === 10, list.shadowRoot);
    await probe.waitFor(() => navigation.shadowRoot.querySelector('[part~="next"]'), navigation.shadowRoot);
    current = [thread.el, list, navigation, card];
    await probe.nextPaint();
    return { elements: current.length };
  },
  async cycles(n) {
    const elements = current;
    // Each parent holds only these elements, in this order: appending puts them back where they were.
    const parents = elements.map((el) => el.parentNode);
    for (let i = 0; i < n; i++) {
      elements.forEach((el) => el.remove());
      await probe.tick();
      elements.forEach((el, k) => parents[k].append(el));
      await Promise.all(elements.map((el) => el.updateComplete));
      await probe.tick();
    }
    return { shown: elements[0].shadowRoot.querySelectorAll('[part~="comment"]').length };
  },
  /** Fresh cards, each created, rendered and dropped: what stays behind is what a card leaks. */
  async freshCards(n) {
    const [d] = cardData(1);
    for (let i = 0; i < n; i++) {
      const card = create('press-card', { href: d.href, headline: `${d.headline} ${i}`, excerpt: d.excerpt, date: d.date, author: d.author });
      stage.append(card);
      await card.updateComplete;
      card.remove();
      await probe.tick();
    }
  },
};
