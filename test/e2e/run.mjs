// End-to-end checks of the BUILT script-tag bundle (dist/press-widgets.js) in Chromium:
// (a) loading it twice is harmless, (b) under a Trusted Types CSP without unsafe-inline/eval the
// elements render from real-shaped responses with no policy violation and no hostile script run.
// Plain Node: `node test/e2e/run.mjs`. Builds dist/ first when it is missing or older than src/.
import { assert, checker, launchChromium, serve } from './harness.mjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const TAGS = ['press-card', 'press-card-list', 'press-nav', 'press-comments', 'press-comment-count'];
const CSP = "require-trusted-types-for 'script'; script-src 'self'; object-src 'none'";

/** The newest modification time of any file under `dir`. */
const newest = (dir) =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));

const built = ['dist/press-widgets.js', 'dist/press-widgets.iife.js', 'dist/locales/fr.js'].map((f) => join(root, f));
if (built.some((f) => !existsSync(f) || newest(join(root, 'src')) > statSync(f).mtimeMs)) {
  console.log('e2e: dist/ is missing or older than src/, building it…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json; charset=UTF-8', '.xml': 'application/rss+xml; charset=UTF-8', '.svg': 'image/svg+xml', '.html': 'text/html; charset=UTF-8' };
const HOSTILE = `<p>Gut</p><img src=x onerror="window.__xss='card'"><script>window.__xss='card-script'</script><a href="javascript:window.__xss='href'">x</a><svg onload="window.__xss='svg'"></svg>`;
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Runs in every page before the bundle (a same-origin file, as the CSP allows): records what the tests check. */
const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber }));`;

const page = (title, body, scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/probe.js"></script>${scripts}</head><body>${body}</body></html>`;

const PAGES = {
  '/double.html': page(
    'Bundle loaded twice',
    `<press-card headline="Twice" href="https://news.example/a"></press-card>`,
    `<script type="module" src="/dist/press-widgets.js"></script><script type="module" src="/dist/press-widgets.js?copy=2"></script>`,
  ),
  '/csp.html': page(
    'Trusted Types CSP',
    `<main>
      <press-card id="card" headline="Sicherheitspartnerschaft mit Bexbach" href="https://news.example/a" excerpt="&lt;p&gt;Das &lt;b&gt;Ministerium&lt;/b&gt; arbeitet zusammen.&lt;/p&gt;" credit="Foto: MIBS/C. Stoll"></press-card>
      <press-card-list eager id="rss" limit="5" source="/feeds/rss.xml"></press-card-list>
      <press-card-list eager id="jsonfeed" limit="5" source="/feeds/feed.json"></press-card-list>
      <press-card-list eager id="wp" limit="5" source="/wp-json/wp/v2/posts"></press-card-list>
      <press-nav eager id="nav" source="/wp-json/wp/v2/posts" current="6"></press-nav>
      <press-comments eager id="comments" source="/wp-json/wp/v2/comments" post="6"></press-comments>
    </main>`,
    `<script type="module" src="/dist/press-widgets.js"></script>`,
  ),
  '/csp-hostile.html': page(
    'Trusted Types CSP, hostile content',
    `<main>
      <press-card id="hostile" headline="&lt;img src=x onerror=window.__xss=1&gt;" href="https://news.example/a" excerpt="${escapeAttr(HOSTILE)}"></press-card>
      <press-card-list eager id="broken" source="/feeds/rss-broken-item.xml"></press-card-list>
    </main>`,
    `<script type="module" src="/dist/press-widgets.js"></script>`,
  ),
  '/classic-and-locale.html': page(
    'Classic script, a language module, and the module bundle',
    `<press-nav id="fr" lang="fr" prev-href="https://news.example/a" prev-headline="Avant" next-href="https://news.example/c" next-headline="Après"></press-nav>`,
    `<script type="module" src="/dist/locales/fr.js"></script><script src="/dist/press-widgets.iife.js"></script><script type="module" src="/dist/press-widgets.js"></script>`,
  ),
};

function wordpress(url) {
  const p = url.searchParams;
  if (url.pathname === '/wp-json/wp/v2/comments') return 'wordpress/comments-asc.json';
  if (p.has('before')) return 'wordpress/post-bexbach-prev.json';
  if (p.has('after')) return 'wordpress/post-bexbach-next.json';
  if (p.get('include') === '6' || url.pathname.endsWith('/posts/6')) return 'wordpress/post-bexbach.json';
  return 'wordpress/posts.json';
}

function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  if (PAGES[url.pathname]) return send(200, TYPES['.html'], PAGES[url.pathname]);
  if (url.pathname === '/probe.js') return send(200, TYPES['.js'], PROBE);
  if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
  if (url.pathname.startsWith('/dist/')) {
    const file = normalize(join(root, url.pathname));
    if (file.startsWith(join(root, 'dist')) && existsSync(file)) return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  if (url.pathname.startsWith('/wp-json/')) {
    let body = readFileSync(join(fixtures, wordpress(url)), 'utf8');
    // `include=6` asks a collection: answer with an array, as WordPress does.
    if (url.searchParams.get('include') === '6') body = `[${body}]`;
    return send(200, TYPES['.json'], body, { 'x-wp-total': '3', 'x-wp-totalpages': '1' });
  }
  if (url.pathname.startsWith('/feeds/')) {
    const file = normalize(join(fixtures, url.pathname));
    if (file.startsWith(join(fixtures, 'feeds')) && existsSync(file)) return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  send(404, 'text/plain', 'Not found');
}

const { server, origin } = await serve(handle);
const browser = await launchChromium();
const { check, summary } = checker();

/** Opens a page, collecting page errors and console errors. */
async function open(path) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await tab.goto(origin + path);
  return { tab, problems };
}

/** customElements.whenDefined hangs forever when the module failed to load: race it. */
const definedWithin = (tab, tags, ms = 5000) =>
  tab.evaluate(
    ([tags, ms]) => Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))).then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]),
    [tags, ms],
  );

/** Waits until `predicate` (run in the page) is truthy, failing after `ms`. */
async function waitFor(tab, predicate, arg, what, ms = 8000) {
  try {
    await tab.waitForFunction(predicate, arg, { timeout: ms, polling: 50 });
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

// Images on hosts that do not exist here (the fixtures' sites) fail to load: network errors, not ours.
const ours = (problems) => problems.filter((p) => !/Failed to load resource: net::ERR_/.test(p));
/** The page's CSP reports, hostile-script flag and errors. */
async function findings(tab, problems) {
  await new Promise((r) => setTimeout(r, 300));
  const { violations, xss } = await tab.evaluate(() => ({ violations: window.__violations, xss: window.__xss }));
  return { violations, xss, errors: ours(problems) };
}

try {
  console.log('e2e: built bundle in Chromium');

  await check('loading the bundle twice throws nothing and defines every element', async () => {
    const { tab, problems } = await open('/double.html');
    assert(await definedWithin(tab, TAGS), `not all of ${TAGS.join(', ')} got defined`);
    await waitFor(tab, () => document.querySelector('press-card')?.shadowRoot?.querySelector('[part="headline"]'), null, 'the card to render');
    const loads = await tab.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('press-widgets.js')).length);
    assert(loads === 2, `expected two module instances, saw ${loads} loads`);
    assert(ours(problems).length === 0, `errors: ${ours(problems).join(' | ')}`);
    await tab.close();
  });

  await check('the classic-script (IIFE) twin, a language module and the module bundle coexist', async () => {
    const { tab, problems } = await open('/classic-and-locale.html');
    assert(await definedWithin(tab, TAGS), `not all of ${TAGS.join(', ')} got defined`);
    await waitFor(tab, () => document.querySelector('press-nav')?.shadowRoot?.querySelector('[part~="prev"]'), null, 'the nav to render');
    const label = await tab.evaluate(() => document.querySelector('press-nav').shadowRoot.querySelector('[part~="prev"]').textContent.replace(/\s+/g, ' ').trim());
    assert(label.includes('Article précédent'), `the French module did not reach the element: "${label}"`);
    assert(ours(problems).length === 0, `errors: ${ours(problems).join(' | ')}`);
    await tab.close();
  });

  const { tab, problems } = await open('/csp.html');

  await check('under a Trusted Types CSP every element gets defined', async () => {
    assert(await definedWithin(tab, TAGS), 'elements not defined under the CSP');
  });

  await check('press-card-list renders 5 cards from RSS, JSON Feed and WordPress JSON', async () => {
    for (const id of ['rss', 'jsonfeed', 'wp']) {
      await waitFor(tab, (id) => (document.getElementById(id)?.shadowRoot?.querySelectorAll('press-card').length ?? 0) === 5, id, `5 cards in #${id}`);
    }
    const headline = (id) => document.getElementById(id).shadowRoot.querySelector('press-card').shadowRoot.querySelector('[part="headline"]').textContent.trim();
    const wp = await tab.evaluate(headline, 'wp');
    assert(wp === 'Tag der offenen Tür bei der saarländischen Polizei', `unexpected first WordPress headline: ${wp}`);
    const rss = await tab.evaluate(headline, 'rss');
    assert(rss === 'Aktion „Faire Schultüte“ auch im Homburger Eine-Welt-Laden', `RSS title not decoded: ${rss}`);
    const excerpt = await tab.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part="excerpt"]').innerHTML);
    assert(excerpt.includes('<b>Ministerium</b>'), `the card's excerpt HTML did not render: ${excerpt}`);
  });

  await check('press-nav and press-comments render from the WordPress fixtures', async () => {
    await waitFor(tab, () => document.getElementById('nav')?.shadowRoot?.querySelector('[part="prev"], [part="next"]'), null, 'a press-nav link');
    await waitFor(tab, () => document.getElementById('comments')?.shadowRoot?.querySelector('[part~="comment"]'), null, 'a comment');
    await waitFor(tab, () => document.getElementById('comments')?.shadowRoot?.querySelector('[part~="form"]'), null, 'the comment form');
  });

  await check('no CSP or Trusted Types report at all, no page or console error', async () => {
    const { violations, xss, errors } = await findings(tab, problems);
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(xss === undefined, `something set window.__xss = ${xss}`);
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  });

  await check('the CSP really is enforced on the page (an inline-HTML sink throws)', async () => {
    const blocked = await tab.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert(blocked, 'innerHTML with a plain string was allowed: the Trusted Types CSP is not in force');
  });
  await tab.close();

  const hostile = await open('/csp-hostile.html');
  await check('hostile markup: sanitized, shown as text, never run; no Trusted Types report', async () => {
    await waitFor(hostile.tab, () => document.getElementById('hostile')?.shadowRoot?.querySelector('[part="excerpt"]'), null, 'the hostile card');
    await waitFor(hostile.tab, () => (document.getElementById('broken')?.shadowRoot?.querySelectorAll('press-card').length ?? 0) === 3, null, 'the 3 good items of the broken feed');
    const card = await hostile.tab.evaluate(() => {
      const root = document.getElementById('hostile').shadowRoot;
      return {
        excerpt: root.querySelector('[part="excerpt"]').innerHTML,
        headline: root.querySelector('[part="headline"]').textContent.trim(),
        forbidden: root.querySelectorAll('[part="excerpt"] :is(img, script, svg, a, [onerror], [onload])').length,
      };
    });
    assert(card.forbidden === 0, `forbidden markup survived: ${card.excerpt}`);
    assert(card.excerpt.includes('<p>Gut</p>'), `excerpt lost its safe part: ${card.excerpt}`);
    assert(card.headline === '<img src=x onerror=window.__xss=1>', `headline not shown as text: ${card.headline}`);
    const { violations, xss, errors } = await findings(hostile.tab, hostile.problems);
    assert(xss === undefined, `hostile markup ran: window.__xss = ${xss}`);
    // Chromium reports an on* attribute even while the sanitizer parses it in an inert document
    // (script-src-attr, nothing runs). The contract discounts those; anything else is ours.
    const real = violations.filter((v) => v.directive !== 'script-src-attr');
    assert(real.length === 0, `violations: ${JSON.stringify(real)}`);
    const unexplained = errors.filter((e) => !/Executing inline event handler violates/.test(e));
    assert(unexplained.length === 0, `errors: ${unexplained.join(' | ')}`);
  });
  await hostile.tab.close();
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

summary('e2e');
