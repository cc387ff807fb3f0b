// Benchmarks of the built bundle in headless Chromium: load, render and sanitize costs, as
// medians over several runs. Numbers to compare between commits, not pass/fail tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/press-widgets.js', root))) execSync('npm run build', { stdio: 'inherit', cwd: root });
const bundle = readFileSync(new URL('dist/press-widgets.js', root));

const server = createServer((req, res) => {
  if (req.url === '/press-widgets.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(bundle);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="en"><body></body></html>');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = Number(process.env.BENCH_RUNS) || 7;
const results = {};

try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(origin);
    const sample = await page.evaluate(async () => {
      const t0 = performance.now();
      const mod = await import('/press-widgets.js');
      const load = performance.now() - t0;

      const articles = Array.from({ length: 100 }, (_, i) => ({
        id: String(i), url: `https://example.org/${i}`, headline: `Artikel ${i} &#8222;Test&#8220;`,
        excerptHtml: `<p>Ein <b>kurzer</b> Anriss ${i} mit <a href="https://example.org">Link</a>.</p>`,
        image: { src: `https://example.org/${i}.jpg`, alt: 'Bild' }, credit: 'Foto: Test', author: 'Redaktion', date: '2024-08-28T08:00:00Z', category: 'Region',
      }));
      const t1 = performance.now();
      const cards = articles.map((article) => Object.assign(document.createElement('press-card'), { article }));
      document.body.append(...cards);
      await Promise.all(cards.map((c) => c.updateComplete));
      const render100 = performance.now() - t1;

      // Re-rendering (what every keystroke in the comment form does to a thread) must stay cheap:
      // the sanitized markup is cached, so only Lit's diff runs.
      const t1b = performance.now();
      cards.forEach((c) => c.requestUpdate());
      await Promise.all(cards.map((c) => c.updateComplete));
      const rerender100 = performance.now() - t1b;

      const body = '<p>Sehr <b>gute</b> Initiative! <a href="https://www.saarland.de">saarland.de</a> <img src=x onerror=alert(1)> <script>alert(1)</script></p>';
      const t2 = performance.now();
      for (let i = 0; i < 1000; i++) mod.sanitizeHtml(body + i, 'comment');
      const sanitize1000 = performance.now() - t2;

      const items = Array.from({ length: 200 }, (_, i) => `<item><title>Titel ${i} &amp;amp; mehr</title><link>https://example.org/${i}</link><description>&lt;p&gt;Text ${i}&lt;/p&gt;</description><pubDate>Wed, 28 Aug 2024 08:00:00 GMT</pubDate><enclosure url="https://example.org/${i}.jpg" type="image/jpeg"/></item>`).join('');
      const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>${items}</channel></rss>`;
      const t3 = performance.now();
      const parsed = mod.parseArticles(rss, 'application/rss+xml', 'https://example.org/feed');
      const parseRss200 = performance.now() - t3;
      if (parsed.length !== 200) throw new Error('RSS parse lost items');
      return { load, render100, rerender100, sanitize1000, parseRss200 };
    });
    for (const [key, value] of Object.entries(sample)) (results[key] ??= []).push(value);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`press-widgets bench (median of ${runs} runs, headless Chromium)`);
console.log(`  bundle                      ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
const labels = { load: 'load + define all elements', render100: 'render 100 cards', rerender100: 're-render the 100 cards', sanitize1000: 'sanitize 1000 comment bodies', parseRss200: 'parse an RSS feed of 200 items' };
for (const [key, values] of Object.entries(results)) console.log(`  ${labels[key].padEnd(32)}${median(values).toFixed(1).padStart(8)} ms`);
