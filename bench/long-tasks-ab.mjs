// Long tasks, A/B: runs a bench case alternately with dist/press-widgets.js ("new") and another build
// ("base"), each run in a fresh browser context (a fresh renderer: ICU and the first-use costs are
// paid again), and prints per build the median time and the tasks over 50 ms in each run's window.
//   npm run build && node bench/long-tasks-ab.mjs BASELINE.js [case] [runs]   (case: comments100, cards100, …)
import { launchChromium } from './browser.mjs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
const file = (p) => fileURLToPath(new URL(p, import.meta.url));
const [baseline, name = 'comments100', runs = '10'] = process.argv.slice(2);
const server = await startServer({ bundle: file('../dist/press-widgets.js'), baseline, purify: file('../node_modules/dompurify/dist/purify.es.mjs') });
const browser = await launchChromium();
const out = { A: [], B: [] };
for (let i = 0; i < Number(runs); i++) for (const v of i % 2 ? ['B', 'A'] : ['A', 'B']) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push({ t: e.startTime, d: e.duration }); }).observe({ type: 'longtask', buffered: true }); });
  const page = await ctx.newPage();
  await page.goto(`${server.origin}/bench/pages/widget.html${v === 'B' ? '?bundle=/baseline/press-widgets.js' : ''}`);
  await page.waitForFunction(() => window.bench, null, { timeout: 20000 });
  await page.waitForTimeout(200);
  const t0 = await page.evaluate(() => performance.now());
  const r = await page.evaluate((n) => window.bench.run(n, {}), name);
  const lt = await page.evaluate((t0) => window.__lt.filter((x) => x.t + x.d >= t0).map((x) => Math.round(x.d)), t0);
  out[v].push({ ms: Math.round(r.ms), lt });
  await ctx.close();
}
for (const v of ['A', 'B']) {
  const ms = out[v].map((x) => x.ms).sort((a, b) => a - b);
  console.log(v === 'A' ? 'new ' : 'base', 'median ms', ms[ms.length >> 1], 'runs with long task', out[v].filter((x) => x.lt.length).length, '/', out[v].length, JSON.stringify(out[v].map((x) => x.lt)));
}
await browser.close(); await server.close();
