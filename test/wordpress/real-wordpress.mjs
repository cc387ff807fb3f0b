// Checks the BUILT bundle (dist/press-widgets.js) against a REAL WordPress: article lists and
// previous/next navigation from both REST URL forms, zero-config on the theme's own post page,
// and posting comments on a stock site (anonymous REST comments off, so the widget falls back to
// the classic wp-comments-post.php form), from the same origin and from another origin.
//
// Not part of `npm test`: it needs a WordPress. See test/wordpress/README.md.
//   node test/wordpress/real-wordpress.mjs --wp http://127.0.0.1:8881 [--mysql "mysql -N -B wpreal"]
// Without a WordPress answering at --wp it prints SKIP and how to run it, and exits 0.
//
// It posts real comments (up to four, each containing a unique token) to the chosen post. The
// same origin is simulated without touching the site: the browser intercepts requests under
// `<wp>/__press-widgets-test/` (the bundle and a test page) and lets everything else reach WordPress.
import { createServer } from 'node:http';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { decode, readCards, readNav, until } from './checks/page.mjs';

const root = new URL('../..', import.meta.url).pathname;
const { values: opt } = parseArgs({
  options: {
    wp: { type: 'string', default: process.env.WP_URL || 'http://127.0.0.1:8881' },
    post: { type: 'string', default: process.env.WP_POST || '' },
    bundle: { type: 'string', default: process.env.PRESS_BUNDLE || join(root, 'dist/press-widgets.js') },
    mysql: { type: 'string', default: process.env.WP_MYSQL || '' },
    prefix: { type: 'string', default: process.env.WP_TABLE_PREFIX || 'wp_' },
    approved: { type: 'string', default: process.env.WP_APPROVED_AUTHOR || '' },
    'flood-wait': { type: 'string', default: process.env.WP_FLOOD_WAIT || '16' },
    'cross-port': { type: 'string', default: process.env.CROSS_PORT || '0' },
    'no-post': { type: 'boolean', default: false },
    'approve-via-mysql': { type: 'boolean', default: false },
    'reader-agents': { type: 'boolean', default: false },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(`node test/wordpress/real-wordpress.mjs [--wp URL] [--post ID] [--mysql "mysql -N -B DB"] [--prefix wp_]
  [--approved "Name <email>"] [--approve-via-mysql] [--flood-wait 16] [--cross-port 0] [--bundle dist/press-widgets.js] [--no-post]`);
  process.exit(0);
}

const WP = new URL(opt.wp.replace(/\/?$/, '/'));
const HOW = 'see test/wordpress/README.md (Debian: apt-get install wordpress mariadb-server php-cli php-mysql; php -S 127.0.0.1:8881 router.php)';
const results = [];
const check = (ok, name, evidence = '') => {
  results.push({ ok, name });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${evidence ? `\n      ${String(evidence).replace(/\n/g, '\n      ')}` : ''}`);
  return ok;
};
const note = (text) => console.log(`      ${text}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A REST route of the site in the plain-permalink form, which works whatever the permalink settings. */
const route = (path, params = {}) => {
  const url = new URL(WP);
  url.searchParams.set('rest_route', path);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url;
};
async function getJson(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  return { response, json: await response.json().catch(() => null) };
}

// --- 0. Is there a WordPress? -----------------------------------------------------------------
let index;
try {
  index = (await getJson(route('/'))).json;
} catch (error) {
  index = null;
}
if (!index || !Array.isArray(index.namespaces) || !index.namespaces.includes('wp/v2')) {
  console.log(`SKIP  no WordPress REST API answers at ${WP.href} (tried ${route('/').href}).`);
  console.log(`      Start one and pass --wp <url>: ${HOW}`);
  process.exit(0);
}
console.log(`WordPress "${index.name}" at ${WP.href} (home ${index.home}, site ${index.url})`);
const pretty = await getJson(new URL('wp-json/', WP)).then(({ json }) => !!json?.namespaces, () => false);
if (!pretty) note('/wp-json/ does not answer (plain permalinks?): only the ?rest_route= form is checked');

if (!existsSync(opt.bundle)) {
  console.log(`dist bundle missing, building it (npx vite build)…`);
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}
const BUNDLE = readFileSync(opt.bundle);

// The newest posts, newest first, as WordPress lists them.
const { json: posts } = await getJson(route('/wp/v2/posts', { per_page: 10, _fields: 'id,date,date_gmt,link,title,comment_status' }));
if (!Array.isArray(posts) || posts.length < 3) {
  console.log(`SKIP  the site needs at least 3 published posts (it has ${posts?.length ?? 0}); ${HOW}`);
  process.exit(0);
}
const target = opt.post ? posts.find((p) => String(p.id) === opt.post) : posts.slice(1, -1).find((p) => p.comment_status === 'open') ?? posts[1];
if (!target) throw new Error(`post ${opt.post} is not among the newest 10 posts`);
const at = posts.indexOf(target);
const newer = posts[at - 1] ?? null;
const older = posts[at + 1] ?? null;
console.log(`target post ${target.id} "${target.title.rendered}" (${target.date}), comments ${target.comment_status}; older ${older?.id ?? '-'}, newer ${newer?.id ?? '-'}`);

// --- servers: the other origin, and the intercepted same-origin test path ---------------------
const page = (title, body, bundleUrl) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${bundleUrl}"></script></head><body>${body}</body></html>`;
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const pages = new Map();
const cross = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/press-widgets.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(BUNDLE);
  if (pages.has(path)) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
  res.writeHead(404).end('not found');
});
await new Promise((resolve) => cross.listen(Number(opt['cross-port']), '127.0.0.1', resolve));
const CROSS = `http://127.0.0.1:${cross.address().port}`;
const SAME = new URL('__press-widgets-test/', WP).href;

const browser = await chromium.launch({
  executablePath: opt.chrome,
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

// With --reader-agents each browser context is another reader: its User-Agent ends in
// "press-reader/N", from which test/wordpress/site/router.php gives it its own client address.
const agent = opt['reader-agents'] ? await browser.newPage().then(async (p) => { const ua = await p.evaluate(() => navigator.userAgent); await p.close(); return ua; }) : null;
let readers = 100;

// --- the checks -------------------------------------------------------------------------------
async function newPage(url, setup) {
  const context = await browser.newContext(agent ? { userAgent: `${agent} press-reader/${readers++}` } : {});
  await context.route(`${SAME}**`, (r) => {
    const path = new URL(r.request().url()).pathname.replace(/^.*\/__press-widgets-test\//, '/');
    if (path === '/press-widgets.js') return r.fulfill({ status: 200, contentType: 'text/javascript', body: BUNDLE });
    if (pages.has(path)) return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(path) });
    return r.fulfill({ status: 404, body: 'not found' });
  });
  const p = await context.newPage();
  const log = [];
  p.on('console', (m) => m.type() === 'error' && log.push(`console: ${m.text()}`));
  p.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  const net = [];
  p.on('response', (r) => {
    const u = r.url();
    if (/wp-comments-post\.php|wp\/v2\/comments/.test(decodeURIComponent(u))) net.push({ method: r.request().method(), url: u, status: r.status(), headers: r.headers() });
  });
  p.on('requestfailed', (r) => net.push({ method: r.method(), url: r.url(), status: 'failed', error: r.failure()?.errorText }));
  await p.addInitScript(() => {
    window.__events = [];
    for (const type of ['press-comment-posted', 'press-error', 'press-load'])
      document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  });
  await p.goto(url);
  if (setup) await setup(p);
  const defined = await Promise.race([
    p.evaluate(() => Promise.all(['press-card-list', 'press-nav', 'press-comments'].map((t) => customElements.whenDefined(t))).then(() => true)),
    sleep(10_000).then(() => false),
  ]);
  if (!defined) throw new Error(`the bundle did not define the elements on ${url}: ${log.join('; ')}`);
  return { page: p, context, log, net };
}

async function checkLists(p, where, ids) {
  const expected = posts.slice(0, 3).map((post) => ({ headline: decode(post.title.rendered), href: post.link }));
  for (const [id, form] of ids) {
    const got = await readCards(p, id, { counts: false });
    const same = !!got?.cards && got.cards.length === 3 && got.cards.every((c, i) => c.headline === expected[i].headline && c.href === expected[i].href);
    check(same, `${where}: <press-card-list> from ${form} shows the 3 newest posts, decoded, linked`, got?.error ? `error: ${got.error}` : got?.cards?.map((c) => `${c.headline} → ${c.href}`).join('\n'));
  }
}

async function checkNav(p, where, ids) {
  for (const [id, form] of ids) {
    const got = await readNav(p, id);
    const want = (post) => (post ? { href: post.link, headline: decode(post.title.rendered) } : null);
    const same = (a, b) => (a === null ? b === null : !!b && a.href === b.href && a.headline === b.headline);
    const ok = !!got && !got.error && same(want(older), got.prev) && same(want(newer), got.next) && (!got.prev || got.prev.rel === 'prev') && (!got.next || got.next.rel === 'next');
    check(ok, `${where}: <press-nav> ${form}: prev = older post ${older?.id ?? '(none)'}, next = newer post ${newer?.id ?? '(none)'}`, got?.error ? `error: ${got.error}` : `prev ${got?.prev?.headline ?? '-'} → ${got?.prev?.href ?? '-'}; next ${got?.next?.headline ?? '-'} → ${got?.next?.href ?? '-'}`);
  }
}

async function listedComments(p, id) {
  return until(p, (id) => {
    const root = document.getElementById(id)?.shadowRoot;
    if (!root || root.querySelector('.skeleton')) return null;
    const error = root.querySelector('.status-error, [part~="error"]')?.textContent?.trim();
    // Each comment (part "comment", with the id) holds its body and its replies: read the body only.
    const comments = [...root.querySelectorAll('[part~="comment"]')].map((c) => ({ id: c.id, a: c.querySelector(':scope > [part~="comment-body"]') })).map(({ id, a }) => ({
      id,
      author: a.querySelector('[part~="author"]')?.textContent?.trim(),
      held: !!a.querySelector('[part~="moderation"]'),
      depth: (() => { let d = 0; for (let n = a.parentElement; n && n !== root; n = n.parentElement) if (n.tagName === 'OL') d++; return d; })(),
      text: a.querySelector('[part~="content"]')?.textContent?.trim(),
    }));
    return { comments, error: error ?? null };
  }, id);
}

let lastPost = 0;
/** Fills the form of `<press-comments id=…>` (optionally replying to a comment) and submits it; returns what happened. */
async function postThrough(p, net, id, { name, email, text, replyTo = null }) {
  const wait = lastPost + Number(opt['flood-wait']) * 1000 - Date.now();
  if (wait > 0) {
    note(`waiting ${Math.ceil(wait / 1000)} s (WordPress refuses a second comment from one IP within 15 s)`);
    await sleep(wait);
  }
  const host = p.locator(`#${id}`);
  if (replyTo) await host.locator(`#${replyTo} > [part~="comment-body"] [part~="reply"]`).click();
  await host.locator('textarea[name="comment"]').fill(text);
  await host.locator('input[name="author"]').fill(name);
  await host.locator('input[name="email"]').fill(email);
  const before = await p.evaluate(() => window.__events.length);
  const netBefore = net.length;
  await host.locator('[part~="submit"]').click();
  let event = await until(p, ([id, n]) => window.__events.slice(n).find((e) => e.id === id && e.type !== 'press-load'), [id, before], 30_000);
  lastPost = Date.now();
  if (event?.type === 'press-error' && event.detail?.code === 'comment_flood') {
    // An earlier run (or another client on this IP) commented less than 15 s ago: the widget said so; wait and retry once.
    note(`WordPress answered comment_flood ("${event.detail.message}"); retrying through the widget's retry button in ${opt['flood-wait']} s`);
    await sleep(Number(opt['flood-wait']) * 1000);
    const n = await p.evaluate(() => window.__events.length);
    await host.locator('form [part~="retry"]').click();
    event = await until(p, ([id, n]) => window.__events.slice(n).find((e) => e.id === id && e.type !== 'press-load'), [id, n], 30_000);
    lastPost = Date.now();
  }
  const shown = await until(p, (id) => !document.getElementById(id).shadowRoot.querySelector('[part~="submit"][disabled]') && document.getElementById(id).shadowRoot.querySelector('[role="status"]')?.textContent?.trim(), id, 5000);
  return { event, shown, net: net.slice(netBefore) };
}

function dbRow(token) {
  if (!opt.mysql) return null;
  const sql = `SELECT comment_ID, comment_post_ID, comment_parent, comment_approved, comment_author, comment_author_email, comment_content FROM ${opt.prefix}comments WHERE comment_content LIKE '%${token}%'`;
  const out = execSync(`${opt.mysql} -N -B -e "${sql}"`, { encoding: 'utf8' }).trim();
  if (!out) return { found: false };
  const [id, post, parent, approved, author, email, content] = out.split('\n')[0].split('\t');
  return { found: true, id: +id, post: +post, parent: +parent, approved, author, email, content };
}

const netText = (net) => net.map((n) => `${n.method} ${decodeURIComponent(n.url).replace(WP.origin, '')} → ${n.status}${n.headers?.location ? ` (Location ${n.headers.location})` : ''}${n.error ? ` ${n.error}` : ''}`).join('\n');

/**
 * Verifies one post: the widget said posted (or awaiting moderation), the classic fallback was
 * used after the REST 401, and the comment is stored (DB with --mysql; the REST API if approved).
 */
async function verifyPost(where, { p, net, id, name, email, replyTo = null, expectApproved = false }) {
  const token = `pw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  const text = `Real WordPress check ${where} & <b>markup</b> ${token}`;
  const parentId = replyTo ? Number(replyTo.replace('comment-', '')) : 0;
  const r = await postThrough(p, net, id, { name, email, text, replyTo });
  const rest401 = r.net.find((n) => n.method === 'POST' && /wp\/v2\/comments/.test(decodeURIComponent(n.url)) && n.status === 401);
  const classic = r.net.find((n) => n.method === 'POST' && /wp-comments-post\.php/.test(n.url));
  check(!!rest401 && !!classic, `${where}: REST POST answered 401, then the classic wp-comments-post.php form was posted`, netText(r.net));
  const posted = r.event?.type === 'press-comment-posted';
  check(posted, `${where}: press-comment-posted fired`, r.event ? `${r.event.type} ${JSON.stringify(r.event.detail).slice(0, 400)}` : 'no event within 30 s');
  const row = dbRow(token);
  if (row) {
    check(row.found && row.post === target.id && row.parent === parentId && row.author === name, `${where}: comment stored in ${opt.prefix}comments`, row.found ? `comment_ID ${row.id}, post ${row.post}, parent ${row.parent}, comment_approved ${row.approved}, author ${row.author} <${row.email}>` : 'no row with the token');
  }
  const { json: publicList } = await getJson(route('/wp/v2/comments', { post: target.id, per_page: 100, search: token }));
  const publicRow = Array.isArray(publicList) ? publicList.find((c) => c.content?.rendered?.includes(token)) : null;
  const approved = row?.found ? row.approved === '1' : !!publicRow;
  if (expectApproved) check(approved, `${where}: comment approved (returning commenter) and listed by the REST API`, publicRow ? `REST id ${publicRow.id}, status ${publicRow.status}` : 'not listed');
  const list = await listedComments(p, id);
  const mine = list?.comments.find((c) => c.text?.includes(token));
  const widgetSays = mine ? (mine.held ? 'awaiting moderation' : 'posted') : 'not shown';
  const consistent = !!mine && mine.held === !approved && (!r.event?.detail || (r.event.detail.status === 'approved') === approved);
  check(consistent, `${where}: the widget shows the comment as ${approved ? 'posted' : 'awaiting moderation'} (server: ${approved ? 'approved' : 'held'})`, `widget: ${widgetSays}${mine ? ` as #${mine.id}, depth ${mine.depth}` : ''}; live region: "${r.shown ?? ''}"; event status ${r.event?.detail?.status ?? '-'}, id ${r.event?.detail?.id ?? '-'}${row?.found ? `; DB id ${row.id}` : ''}`);
  if (mine && row?.found && mine.id !== `comment-${row.id}`) note(`the widget's id ${mine.id} differs from the DB id ${row.id} (the classic form answered opaquely)`);
  return { token, row, mine };
}

async function run() {
  const restForms = [
    ...(pretty ? [['wp-json', `${new URL('wp-json/wp/v2/posts', WP).href}`]] : []),
    ['rest_route', `${WP.href}?rest_route=/wp/v2/posts`],
  ];

  // 1. Cross origin: lists and navigation (CORS GETs), then comments.
  pages.set(
    '/lists.html',
    page(
      'lists',
      restForms.map(([form, src]) => `<press-card-list id="list-${form}" limit="3" source="${escapeAttr(src)}"></press-card-list>
        <press-nav id="nav-${form}" source="${escapeAttr(src)}" current="${target.id}"></press-nav>
        <press-nav id="navurl-${form}" source="${escapeAttr(src)}" current="${escapeAttr(target.link)}"></press-nav>`).join('\n'),
      '/press-widgets.js',
    ),
  );
  {
    const { page: p, context } = await newPage(`${CROSS}/lists.html`);
    await checkLists(p, 'cross-origin', restForms.map(([form]) => [`list-${form}`, form]));
    await checkNav(p, 'cross-origin', restForms.flatMap(([form]) => [[`nav-${form}`, `${form}, current=id`], [`navurl-${form}`, `${form}, current=URL`]]));
    await context.close();
  }
  // Same origin, the same elements with relative sources.
  pages.set(
    '/lists.html',
    page('lists', restForms.map(([form, src]) => {
      const rel = src.replace(WP.origin, '');
      return `<press-card-list id="list-${form}" limit="3" source="${escapeAttr(rel)}"></press-card-list><press-nav id="nav-${form}" source="${escapeAttr(rel)}" current="${target.id}"></press-nav>`;
    }).join('\n'), `${SAME}press-widgets.js`),
  );
  {
    const { page: p, context } = await newPage(`${SAME}lists.html`);
    await checkLists(p, 'same-origin (relative source)', restForms.map(([form]) => [`list-${form}`, form]));
    await checkNav(p, 'same-origin (relative source)', restForms.map(([form]) => [`nav-${form}`, `${form}, current=id`]));
    await context.close();
  }

  // 2. Zero config on the theme's real post page: nothing but the tags.
  const { json: approvedComments } = await getJson(route('/wp/v2/comments', { post: target.id, per_page: 100 }));
  {
    const { page: p, context, net, log } = await newPage(target.link, async (p) => {
      const head = await p.evaluate(() => ({
        api: document.querySelector('link[rel="https://api.w.org/"]')?.getAttribute('href') ?? null,
        shortlink: document.querySelector('link[rel="shortlink"]')?.getAttribute('href') ?? null,
        body: document.body.className,
      }));
      check(!!head.api && !!head.shortlink, 'theme page prints <link rel="https://api.w.org/"> and <link rel="shortlink">', `api ${head.api}; shortlink ${head.shortlink}; body class "${head.body}"`);
      await p.evaluate(() => {
        const box = document.createElement('div');
        box.id = 'press-zero-config';
        // eager: these sit at the end of the page, and what is checked here is discovery, not lazy loading.
        box.innerHTML = '<press-card-list id="zc-list" limit="3" eager></press-card-list><press-nav id="zc-nav" eager></press-nav><press-comments id="zc-comments" eager></press-comments>';
        document.body.append(box);
      });
      await p.addScriptTag({ url: `${SAME}press-widgets.js`, type: 'module' });
    });
    await checkLists(p, 'zero-config on the post page', [['zc-list', 'the discovered REST root']]);
    await checkNav(p, 'zero-config on the post page', [['zc-nav', 'the discovered REST root and post id']]);
    const listed = await listedComments(p, 'zc-comments');
    const expectedCount = Array.isArray(approvedComments) ? approvedComments.length : -1;
    check(!!listed && !listed.error && listed.comments.length === expectedCount, `zero-config on the post page: <press-comments> lists the ${expectedCount} approved comments of post ${target.id}`, listed?.error ?? listed?.comments.map((c) => `${'  '.repeat(c.depth - 1)}${c.id} ${c.author}: ${c.text}`).join('\n'));
    if (!opt['no-post']) await verifyPost('zero-config, same origin (theme page)', { p, net, id: 'zc-comments', name: 'Zero Config', email: `zero-${Date.now()}@example.org` });
    if (log.length) note(`page log: ${log.join(' | ')}`);
    await context.close();
  }
  if (opt['no-post']) return;

  // 3. Same origin, explicit source, as a reply (a returning commenter when --approved is given).
  const relativeComments = pretty ? '/wp-json/wp/v2/comments' : '/?rest_route=/wp/v2/comments';
  pages.set('/comments.html', page('comments', `<press-comments id="c" source="${relativeComments}" post="${target.id}"></press-comments>`, `${SAME}press-widgets.js`));
  {
    const { page: p, context, net } = await newPage(`${SAME}comments.html`);
    const listed = await listedComments(p, 'c');
    const first = listed?.comments.find((c) => !c.held && /^comment-\d+$/.test(c.id));
    const approved = /^(.*?)\s*<([^>]+)>$/.exec(opt.approved);
    await verifyPost(`same origin${first ? `, reply to ${first.id}` : ''}`, {
      p, net, id: 'c', replyTo: first?.id ?? null,
      name: approved ? approved[1] : 'Same Origin', email: approved ? approved[2] : `same-${Date.now()}@example.org`, expectApproved: !!approved,
    });
    await context.close();
  }

  // 4. Cross origin: the preflight, the 401, the classic form without CORS.
  const commentsForms = [...(pretty ? [['wp-json', new URL('wp-json/wp/v2/comments', WP).href]] : []), ['rest_route', `${WP.href}?rest_route=/wp/v2/comments`]];
  const preflight = await fetch(commentsForms[0][1], { method: 'OPTIONS', headers: { Origin: CROSS, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
  const allowHeaders = preflight.headers.get('access-control-allow-headers') ?? '';
  check(preflight.ok && preflight.headers.get('access-control-allow-origin') === CROSS && /content-type/i.test(allowHeaders), 'cross origin: WordPress answers the JSON POST preflight', `OPTIONS → ${preflight.status}; Allow-Origin ${preflight.headers.get('access-control-allow-origin')}; Allow-Methods ${preflight.headers.get('access-control-allow-methods')}; Allow-Headers ${allowHeaders}`);
  const classicCors = await fetch(new URL('wp-comments-post.php', WP), { method: 'OPTIONS', headers: { Origin: CROSS } });
  note(`wp-comments-post.php sends Access-Control-Allow-Origin: ${classicCors.headers.get('access-control-allow-origin') ?? '(none)'} (so a cross-origin widget can only post it no-cors)`);
  for (const [form, src] of commentsForms) {
    pages.set(`/comments-${form}.html`, page('comments', `<press-comments id="c" source="${escapeAttr(src)}" post="${target.id}"></press-comments>`, '/press-widgets.js'));
    const { page: p, context, net } = await newPage(`${CROSS}/comments-${form}.html`);
    const listed = await listedComments(p, 'c');
    check(!!listed && !listed.error, `cross origin (${form}): the thread loads`, listed?.error ?? `${listed?.comments.length} comments`);
    const { token, row } = await verifyPost(`cross origin (${form})`, { p, net, id: 'c', name: `Cross ${form}`, email: `cross-${form}-${Date.now()}@example.org` });
    // The classic form answered opaquely: the widget keeps its own copy (without the real id) for the reader.
    await p.reload();
    const again = await listedComments(p, 'c');
    const copies = again?.comments.filter((c) => c.text?.includes(token)) ?? [];
    check(copies.length === 1 && copies[0].held === (row?.found ? row.approved !== '1' : true), `cross origin (${form}): after a reload the reader still sees the comment once`, copies.map((c) => `${c.id} ${c.held ? 'awaiting moderation' : 'posted'}`).join('; ') || 'not shown');
    if (opt['approve-via-mysql'] && opt.mysql && row?.found) {
      execSync(`${opt.mysql} -e "UPDATE ${opt.prefix}comments SET comment_approved='1' WHERE comment_ID=${row.id}"`);
      await p.reload();
      const approved = await listedComments(p, 'c');
      const now = approved?.comments.filter((c) => c.text?.includes(token)) ?? [];
      check(now.length === 1 && !now[0].held && now[0].id === `comment-${row.id}`, `cross origin (${form}): approved by a moderator (DB), it shows once, as posted, under its real id`, now.map((c) => `${c.id} ${c.held ? 'awaiting moderation' : 'posted'}`).join('; ') || 'not shown');
    }
    await context.close();
  }
}

// Runs last: everything above is declared by now.
let failed = false;
try {
  await run();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  cross.close();
}
const bad = results.filter((r) => !r.ok);
console.log(`\n${results.length - bad.length} passed, ${bad.length} failed${failed ? ', run aborted' : ''}`);
process.exit(bad.length || failed ? 1 : 0);
