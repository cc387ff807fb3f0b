// The BUILT bundle (dist/press-widgets.js) on hostile host pages, in Chromium: a tag name another
// script already took, a page-defined window.DOMPurify, a polluted Object.prototype, aggressive
// global CSS, 200 % zoom, dir="rtl", forced colours, and broken neighbours. In each the elements
// still work, nothing unsafe renders or runs, and the page itself is not broken.
// Plain Node: `node test/e2e/hostile.mjs`. Builds dist/ first when it is missing or older than src/.
import { assert, checker, launchChromium, serve } from './harness.mjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const TAGS = ['press-card', 'press-card-list', 'press-nav', 'press-comments', 'press-comment-count'];

const newest = (dir) =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
const bundle = join(root, 'dist/press-widgets.js');
if (!existsSync(bundle) || newest(join(root, 'src')) > statSync(bundle).mtimeMs) {
  console.log('hostile: dist/ is missing or older than src/, building it…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const X = (name) => `window.__xss='${name}'`;
const HOSTILE_HTML = `<p>Gut</p><img src=x onerror="${X('img')}"><script>${X('script')}</script><a href="javascript:${X('href')}">x</a><svg onload="${X('svg')}"></svg><iframe srcdoc="<script>parent.${X('srcdoc')}</script>"></iframe><form><input autofocus onfocus="${X('focus')}"></form>`;
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A thread whose comments carry hostile bodies, names and sites, around one plain comment. */
const HOSTILE_THREAD = JSON.stringify([
  { id: 1, post: 6, parent: 0, author_name: 'Anna', author_url: 'https://example.org/anna', date_gmt: '2024-08-28T08:00:00', content: { rendered: '<p>Erster Kommentar</p>' }, link: 'https://news.example/p/6#comment-1', status: 'approved' },
  { id: 2, post: 6, parent: 0, author_name: `<frameset><img src=x onerror="${X('name')}">`, author_url: `javascript:${X('url')}`, date_gmt: '2024-08-28T09:00:00', content: { rendered: HOSTILE_HTML }, status: 'approved' },
  { id: 3, post: 6, parent: 1, author_name: 'Ben', date_gmt: '2024-08-28T10:00:00', content: { rendered: '<p>Antwort</p>' }, status: 'approved' },
]);

/** Every element, from real-shaped responses; a hostile card and the hostile thread. */
const WIDGETS = `
  <press-card id="card" headline="&lt;frameset&gt;Schlagzeile" href="https://news.example/a" category="Region" excerpt="${escapeAttr(HOSTILE_HTML)}"></press-card>
  <press-card-list id="list" eager limit="3" source="/wp-json/wp/v2/posts"></press-card-list>
  <press-nav id="nav" eager source="/wp-json/wp/v2/posts" current="6"></press-nav>
  <press-comments id="comments" eager source="/hostile/wp-json/wp/v2/comments" post="6"></press-comments>
  <press-comment-count id="count" eager source="/hostile/wp-json/wp/v2/comments" post="6" href="https://news.example/p/6"></press-comment-count>`;

const page = (title, { head = '', body = WIDGETS, htmlAttrs = 'lang="de"' } = {}) => `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8"><title>${title}</title>
${head}<script type="module" src="/dist/press-widgets.js"></script></head><body><p id="before">Text der Seite davor.</p>${body}<p id="after">Text der Seite danach.</p></body></html>`;

const POLLUTED_KEYS = {
  href: `javascript:${X('proto-href')}`,
  src: `javascript:${X('proto-src')}`,
  link: `javascript:${X('proto-link')}`,
  url: `javascript:${X('proto-url')}`,
  author_url: `javascript:${X('proto-author-url')}`,
  innerHTML: `<img src=x onerror="${X('proto-innerHTML')}">`,
  outerHTML: `<img src=x onerror="${X('proto-outerHTML')}">`,
  srcdoc: `<script>parent.${X('proto-srcdoc')}</script>`,
  onerror: X('proto-onerror'),
  onload: X('proto-onload'),
  // What DOMPurify configurations read: a sanitizer that took these from the prototype would let everything through.
  ALLOWED_TAGS: ['script', 'img', 'iframe', 'svg', 'a', 'form', 'input'],
  ALLOWED_ATTR: ['onerror', 'onload', 'href', 'src', 'srcdoc', 'onfocus', 'autofocus'],
  ADD_TAGS: ['script', 'iframe'],
  ADD_ATTR: ['onerror', 'onload', 'onfocus'],
  ALLOW_UNKNOWN_PROTOCOLS: true,
  ALLOWED_URI_REGEXP: /.*/,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: true,
  RETURN_DOM: true,
  FORCE_BODY: true,
  KEEP_CONTENT: false,
  allowMailto: true,
  base: 'https://evil.example/',
  excerptHtml: `<img src=x onerror="${X('proto-excerpt')}">`,
  contentHtml: `<img src=x onerror="${X('proto-content')}">`,
  status: 'hold',
  // DOMPurify's other switches, including the ones that would widen what it keeps.
  CUSTOM_ELEMENT_HANDLING: { tagNameCheck: null, attributeNameCheck: null, allowCustomizedBuiltInElements: true },
  ALLOW_DATA_ATTR: true,
  ADD_URI_SAFE_ATTR: ['href', 'src'],
  FORBID_TAGS: [],
  FORBID_ATTR: [],
  SANITIZE_DOM: false,
  SAFE_FOR_XML: false,
  IN_PLACE: true,
  PARSER_MEDIA_TYPE: 'application/xhtml+xml',
  USE_PROFILES: { html: true, svg: true, mathMl: true },
};

/** What WebIDL dictionaries read through the prototype chain: fetch's RequestInit, attachShadow's options. */
const POLLUTED_DICTIONARIES = {
  method: 'DELETE',
  credentials: 'include',
  mode: 'no-cors',
  redirect: 'error',
  integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  cache: 'only-if-cached',
  referrerPolicy: 'unsafe-url',
  keepalive: true,
  delegatesFocus: false,
  slotAssignment: 'manual',
  once: true,
  passive: true,
  capture: true,
};
const pollute = (keys) => `<script>
  const values = ${JSON.stringify(Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, v instanceof RegExp ? { regexp: v.source } : v]))).replace(/</g, '\\u003c')};
  for (const [key, value] of Object.entries(values)) Object.prototype[key] = value && value.regexp ? new RegExp(value.regexp) : value;
</script>`;

const PAGES = {
  '/taken-tag.html': page('A tag another script already took', {
    head: `<script>customElements.define('press-nav', class extends HTMLElement { connectedCallback() { this.textContent = 'fremde Navigation'; } });</script>`,
  }),
  '/fake-dompurify.html': page('A page-defined window.DOMPurify that lets everything through', {
    head: `<script>window.DOMPurify = Object.assign(() => window.DOMPurify, { sanitize: (x) => String(x), addHook() {}, setConfig() {}, isSupported: true });</script>`,
  }),
  '/polluted.html': page('Object.prototype polluted before the bundle loads', { head: pollute(POLLUTED_KEYS) }),
  '/polluted-dictionaries.html': page('Object.prototype polluted with request and shadow-root options', { head: pollute(POLLUTED_DICTIONARIES) }),
  '/aggressive-css.html': page('Aggressive global CSS', {
    head: `<style>* { all: revert; } div { display: none !important; } body { font-size: 8px; } a { color: red !important; } button { display: none !important; }</style>`,
  }),
  '/plain.html': page('An ordinary page (viewport zoom, RTL and forced colours are set from outside)'),
  '/rtl.html': page('dir="rtl"', { htmlAttrs: 'lang="ar" dir="rtl"' }),
  '/broken-neighbours.html': page('Failing elements next to working ones', {
    body: `<press-card-list id="bad-url" eager source="http://[::1"></press-card-list>
      <press-card-list id="html" eager source="/login.html"></press-card-list>
      <press-nav id="error" eager source="/fail/wp-json/wp/v2/posts" current="6"></press-nav>
      <press-comments id="not-json" eager source="/garbage/wp-json/wp/v2/comments" post="6"></press-comments>
      <press-card-list id="good-list" eager limit="3" source="/wp-json/wp/v2/posts"></press-card-list>
      <press-comments id="good-comments" eager source="/hostile/wp-json/wp/v2/comments" post="6"></press-comments>`,
  }),
};

function wordpress(url) {
  const p = url.searchParams;
  if (p.has('before')) return 'wordpress/post-bexbach-prev.json';
  if (p.has('after')) return 'wordpress/post-bexbach-next.json';
  if (p.get('include') === '6') return 'wordpress/post-bexbach.json';
  return 'wordpress/posts.json';
}

const posted = [];
function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  if (PAGES[url.pathname]) return send(200, 'text/html; charset=UTF-8', PAGES[url.pathname]);
  if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
  if (url.pathname === '/login.html') return send(200, 'text/html', '<!doctype html><title>Anmelden</title><form>Login</form>');
  if (url.pathname.startsWith('/fail/')) return send(502, 'text/html', '<title>Bad Gateway</title>');
  if (url.pathname.startsWith('/garbage/')) return send(200, 'application/json', '{"oops": ');
  if (url.pathname.startsWith('/dist/')) {
    const file = normalize(join(root, url.pathname));
    if (file.startsWith(join(root, 'dist')) && existsSync(file)) return send(200, extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream', readFileSync(file));
  }
  if (url.pathname === '/hostile/wp-json/wp/v2/comments') {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const sent = JSON.parse(body);
        posted.push(sent);
        send(201, 'application/json', JSON.stringify({ id: 77, post: 6, parent: 0, author_name: sent.author_name, date_gmt: '2024-08-29T08:00:00', content: { rendered: `<p>${sent.content}</p>` }, status: 'hold' }));
      });
      return;
    }
    return send(200, 'application/json', HOSTILE_THREAD, { 'x-wp-total': '3', 'x-wp-totalpages': '1' });
  }
  if (url.pathname.startsWith('/wp-json/')) {
    let body = readFileSync(join(fixtures, wordpress(url)), 'utf8');
    if (url.searchParams.get('include') === '6') body = `[${body}]`;
    return send(200, 'application/json; charset=UTF-8', body, { 'x-wp-total': '3', 'x-wp-totalpages': '1' });
  }
  send(404, 'text/plain', 'Not found');
}

const { server, origin } = await serve(handle);
const browser = await launchChromium();
const { check, summary } = checker();

/** Opens a page, collecting page errors, unhandled rejections, console errors and warnings. */
async function open(path, { viewport, deviceScaleFactor, forcedColors, onRequest } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, deviceScaleFactor: deviceScaleFactor ?? 1 });
  const tab = await context.newPage();
  if (forcedColors) await tab.emulateMedia({ forcedColors: 'active' });
  if (onRequest) tab.on('request', onRequest);
  const problems = [];
  const warnings = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await tab.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
  });
  await tab.goto(origin + path);
  return { tab, problems, warnings, close: () => context.close() };
}

async function waitFor(tab, predicate, arg, what, ms = 8000) {
  try {
    await tab.waitForFunction(predicate, arg, { timeout: ms, polling: 50 });
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

/** Waits until every standard widget on the page shows its content. */
async function rendered(tab, ids = ['card', 'list', 'nav', 'comments', 'count']) {
  const ready = {
    card: () => document.getElementById('card')?.shadowRoot?.querySelector('[part~="headline"] a, a[part~="link"]'),
    list: () => (document.getElementById('list')?.shadowRoot?.querySelectorAll('press-card').length ?? 0) === 3,
    nav: () => document.getElementById('nav')?.shadowRoot?.querySelector('[part~="prev"]') && document.getElementById('nav').shadowRoot.querySelector('[part~="next"]'),
    count: () => /3/.test(document.getElementById('count')?.shadowRoot?.querySelector('[part~="base"]')?.textContent ?? ''),
    comments: () => (document.getElementById('comments')?.shadowRoot?.querySelectorAll('[part~="comment"]').length ?? 0) === 3 && document.getElementById('comments').shadowRoot.querySelector('form[part~="form"]'),
  };
  for (const id of ids) await waitFor(tab, ready[id], null, `#${id} to render`);
}

/** Everything unsafe that could have reached any shadow root, and whether anything ran. */
const audit = (tab) =>
  tab.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 300));
    const roots = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) (roots.push(el.shadowRoot), walk(el.shadowRoot));
    };
    walk(document);
    const unsafe = [];
    for (const r of roots) {
      for (const el of r.querySelectorAll('script, iframe, object, embed, img[onerror], svg, [onerror], [onload], [onfocus], [srcdoc]')) unsafe.push(el.outerHTML.slice(0, 80));
      for (const el of r.querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src');
        if (!/^(https?:|mailto:|#)/i.test(url) && !url.startsWith(location.origin)) unsafe.push(`${el.localName} ${url.slice(0, 60)}`);
      }
    }
    return { xss: window.__xss, unsafe };
  });

const noProblems = (problems) => assert(problems.length === 0, `errors: ${problems.join(' | ')}`);

/** The page's own text is still where it was, visible and on top: our elements did not cover or hide it. */
const pageIntact = (tab) =>
  tab.evaluate(() =>
    ['before', 'after'].every((id) => {
      const p = document.getElementById(id);
      const box = p.getBoundingClientRect();
      p.scrollIntoView({ block: 'center' });
      const at = p.getBoundingClientRect();
      const hit = document.elementFromPoint(at.left + 2, at.top + at.height / 2);
      return box.height > 0 && (hit === p || p.contains(hit));
    }),
  );

/** No horizontal scrolling: nothing of ours sticks out of the viewport. */
const noOverflow = (tab) => tab.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth + 1);

try {
  console.log('hostile: built bundle on hostile host pages');

  await check('a tag another script already took: ours is skipped with one warning naming it, the rest work', async () => {
    const { tab, problems, warnings, close } = await open('/taken-tag.html');
    await rendered(tab, ['card', 'list', 'comments', 'count']);
    const nav = await tab.evaluate(() => document.getElementById('nav').textContent);
    assert(nav === 'fremde Navigation', `the page's own <press-nav> was replaced: "${nav}"`);
    const ours = warnings.filter((w) => /press-widgets/.test(w));
    assert(ours.length === 1 && ours[0].includes('<press-nav>'), `expected one warning naming <press-nav>, got ${JSON.stringify(ours)}`);
    noProblems(problems);
    await close();
  });

  await check('a page-defined window.DOMPurify that lets everything through is not used', async () => {
    const { tab, problems, close } = await open('/fake-dompurify.html');
    await rendered(tab);
    const { xss, unsafe } = await audit(tab);
    assert(xss === undefined, `hostile markup ran: ${xss}`);
    assert(unsafe.length === 0, `unsafe markup rendered: ${unsafe.join(' | ')}`);
    const excerpt = await tab.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part~="excerpt"]').innerHTML);
    assert(excerpt.includes('<p>Gut</p>'), `the safe part of the excerpt is missing: ${excerpt}`);
    noProblems(problems);
    await close();
  });

  await check('a polluted Object.prototype (href, innerHTML, ALLOWED_TAGS, ADD_ATTR, …): nothing unsafe, everything works', async () => {
    const { tab, problems, close } = await open('/polluted.html');
    await rendered(tab);
    const { xss, unsafe } = await audit(tab);
    assert(xss === undefined, `hostile markup ran: ${xss}`);
    assert(unsafe.length === 0, `unsafe markup rendered: ${unsafe.join(' | ')}`);
    const state = await tab.evaluate(() => {
      const c = document.getElementById('comments').shadowRoot;
      return {
        names: [...c.querySelectorAll('[part~="comment"]')].map((el) => el.querySelector('[part~="author"], .author')?.textContent.trim()),
        held: c.querySelectorAll('[part~="moderation"]').length,
        headline: document.getElementById('card').shadowRoot.querySelector('[part~="headline"]').textContent.trim(),
      };
    });
    assert(state.held === 0, `approved comments were shown as held: ${state.held}`);
    assert(state.headline === '<frameset>Schlagzeile', `headline not shown as text: ${state.headline}`);
    assert(state.names.includes('Anna') && state.names.includes('Ben'), `the plain comments are missing: ${JSON.stringify(state.names)}`);
    // The form still validates and posts exactly what the reader typed.
    await tab.evaluate(() => document.getElementById('comments').shadowRoot.querySelector('[part~="submit"]').click());
    await waitFor(tab, () => document.getElementById('comments').shadowRoot.querySelector('[aria-invalid="true"]'), null, 'field errors');
    await tab.evaluate(() => {
      const c = document.getElementById('comments').shadowRoot;
      for (const [name, value] of Object.entries({ author: 'Erika', email: 'erika@example.org', comment: 'Trotzdem da.' })) {
        const control = c.querySelector(`[name="${name}"]`);
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      c.querySelector('[part~="submit"]').click();
    });
    await waitFor(tab, () => document.getElementById('comments').shadowRoot.querySelector('#comment-77 [part~="moderation"]'), null, 'the posted comment, held').catch(async (error) => {
      const said = await tab.evaluate(() => document.getElementById('comments').shadowRoot.querySelector('form').textContent.replace(/\s+/g, ' '));
      throw new Error(`${error.message}; the form says: ${said}; posted ${JSON.stringify(posted)}; ${problems.join(' | ')}`);
    });
    const sent = posted.at(-1);
    assert(sent && sent.author_name === 'Erika' && sent.content === 'Trotzdem da.' && sent.author_url === '' && sent.post === 6, `posted: ${JSON.stringify(sent)}`);
    noProblems(problems);
    await close();
  });

  await check('a polluted Object.prototype with fetch and attachShadow options (method, credentials, mode, integrity, …): requests and rendering unchanged', async () => {
    const requests = [];
    const { tab, problems, close } = await open('/polluted-dictionaries.html', { onRequest: (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`) });
    await rendered(tab);
    const api = requests.filter((r) => r.includes('/wp-json/'));
    assert(api.length > 0 && api.every((r) => r.startsWith('GET ')), `requests changed by the polluted prototype: ${api.join(' | ')}`);
    const { xss, unsafe } = await audit(tab);
    assert(xss === undefined && unsafe.length === 0, `unsafe: ${xss} ${unsafe.join(' | ')}`);
    noProblems(problems);
    await close();
  });

  await check('aggressive global CSS (* { all: revert }, div { display: none !important }, body 8px): still rendered, usable, page intact', async () => {
    const { tab, problems, close } = await open('/aggressive-css.html');
    await rendered(tab);
    const sizes = await tab.evaluate((tags) => tags.map((t) => document.querySelector(t).getBoundingClientRect()).map((r) => r.width * r.height), TAGS);
    assert(sizes.every((s) => s > 0), `an element has no box: ${sizes}`);
    const usable = await tab.evaluate(() => {
      const c = document.getElementById('comments').shadowRoot;
      const submit = c.querySelector('[part~="submit"]');
      const link = document.getElementById('nav').shadowRoot.querySelector('[part~="prev"]');
      return submit.getBoundingClientRect().height > 0 && link.getBoundingClientRect().height > 0;
    });
    assert(usable, 'the submit button or the nav link is not visible');
    assert(await pageIntact(tab), "the page's own text is hidden or covered");
    noProblems(problems);
    await close();
  });

  await check('200 % zoom (640 CSS px at device scale 2): no horizontal overflow, everything rendered', async () => {
    const { tab, problems, close } = await open('/plain.html', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await rendered(tab);
    assert(await noOverflow(tab), 'the page scrolls sideways at 200 % zoom');
    const widths = await tab.evaluate((tags) => tags.map((t) => document.querySelector(t).getBoundingClientRect().right), TAGS);
    assert(widths.every((right) => right <= 641), `an element is wider than the viewport: ${widths}`);
    assert(await pageIntact(tab), "the page's own text is hidden or covered");
    noProblems(problems);
    await close();
  });

  await check('a 320 px wide viewport (400 % zoom): no horizontal overflow', async () => {
    const { tab, problems, close } = await open('/plain.html', { viewport: { width: 320, height: 600 }, deviceScaleFactor: 2 });
    await rendered(tab);
    assert(await noOverflow(tab), 'the page scrolls sideways at 320 px');
    noProblems(problems);
    await close();
  });

  await check('dir="rtl": everything renders, "previous" sits at the start (right), no overflow', async () => {
    const { tab, problems, close } = await open('/rtl.html');
    await rendered(tab);
    const [prev, next] = await tab.evaluate(() => ['prev', 'next'].map((p) => document.getElementById('nav').shadowRoot.querySelector(`[part~="${p}"]`).getBoundingClientRect().left));
    assert(prev > next, `in RTL the previous link should be right of the next one (${prev} vs ${next})`);
    const sticking = await tab.evaluate(() => {
      const out = [];
      const walk = (node, where) => {
        for (const el of node.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.left < -1 || r.right > window.innerWidth + 1) out.push(`${where} ${el.localName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
          if (el.shadowRoot) walk(el.shadowRoot, el.localName);
        }
      };
      walk(document, 'page');
      return out.slice(0, 8);
    });
    assert(await noOverflow(tab), `the RTL page scrolls sideways: ${sticking.join(' | ')}`);
    assert(await pageIntact(tab), "the page's own text is hidden or covered");
    noProblems(problems);
    await close();
  });

  await check('forced colours: buttons, inputs and links keep visible boundaries; nothing hides', async () => {
    const { tab, problems, close } = await open('/plain.html', { forcedColors: true });
    await rendered(tab);
    const forced = await tab.evaluate(() => matchMedia('(forced-colors: active)').matches);
    assert(forced, 'forced colours are not active in the page');
    const boundaries = await tab.evaluate(() => {
      const c = document.getElementById('comments').shadowRoot;
      return [c.querySelector('[part~="submit"]'), c.querySelector('[name="author"]'), c.querySelector('[name="comment"]')].map((el) => {
        const s = getComputedStyle(el);
        return `${el.localName}:${s.borderTopStyle}:${parseFloat(s.borderTopWidth) > 0}`;
      });
    });
    assert(boundaries.every((b) => !b.includes(':none:') && b.endsWith(':true')), `a control has no visible border: ${boundaries}`);
    const focus = await tab.evaluate(() => {
      const link = document.getElementById('nav').shadowRoot.querySelector('[part~="prev"]');
      link.focus({ focusVisible: true });
      const s = getComputedStyle(link);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    });
    assert(focus, 'a focused link shows no outline in forced colours');
    assert(await pageIntact(tab), "the page's own text is hidden or covered");
    noProblems(problems);
    await close();
  });

  await check('one element failing never breaks another: bad URL, HTML login page, 502 and broken JSON next to working ones', async () => {
    const { tab, problems, close } = await open('/broken-neighbours.html');
    await waitFor(tab, () => (document.getElementById('good-list')?.shadowRoot?.querySelectorAll('press-card').length ?? 0) === 3, null, 'the good list');
    await waitFor(tab, () => (document.getElementById('good-comments')?.shadowRoot?.querySelectorAll('[part~="comment"]').length ?? 0) === 3, null, 'the good thread');
    for (const id of ['bad-url', 'html', 'error', 'not-json']) {
      await waitFor(tab, (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="error"], [part~="retry"]'), id, `a visible error in #${id}`);
    }
    const reasons = await tab.evaluate(() => ['not-json', 'html'].map((id) => document.getElementById(id).shadowRoot.querySelector('[part~="error"]').textContent.replace(/\s+/g, ' ').trim()));
    assert(reasons.every((r) => !/erreicht|reached/i.test(r)), `a parse failure is reported as a network failure: ${JSON.stringify(reasons)}`);
    noProblems(problems);
    await close();
  });
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

summary('hostile');
