// What the first element of a page costs before any data arrives: construct, connect (append) and
// its first update (skeleton, form, request sent), each timed alone in a fresh page, medians of 10.
//   npm run build && node bench/first-update.mjs [press-comments|press-card-list]
import { launchChromium } from './browser.mjs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));
const tag = process.argv[2] || 'press-comments';
const attributes = tag === 'press-card-list' ? { source: '/wp-json/wp/v2/posts', limit: '100', eager: '' } : { source: '/wp-json/wp/v2/comments', post: '1', eager: '' };
const server = await startServer({ bundle: file('../dist/press-widgets.js'), purify: file('../node_modules/dompurify/dist/purify.es.mjs') });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const runs = [];
try {
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/pages/widget.html`);
    await page.waitForFunction(() => window.bench, null, { timeout: 20000 });
    await page.waitForTimeout(300); // past the page's own start-up
    runs.push(await page.evaluate(async ([tag, attributes]) => {
      const t0 = performance.now();
      const el = document.createElement(tag);
      const t1 = performance.now();
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('stage').append(el);
      const t2 = performance.now();
      await el.updateComplete;
      return [t1 - t0, t2 - t1, performance.now() - t2];
    }, [tag, attributes]));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (j) => runs.map((r) => r[j]).sort((a, b) => a - b)[runs.length >> 1].toFixed(1);
console.log(`${tag}: construct ${median(0)} ms, connect ${median(1)} ms, first update ${median(2)} ms (medians of ${runs.length} fresh pages)`);
