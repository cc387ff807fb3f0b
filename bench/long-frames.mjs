// Which work makes a long task in a bench case: runs the case N times (default 10) in fresh pages and
// prints, for each run with a task over 50 ms, the long animation frames (LoAF) in its window with
// their scripts (invoker, function, char position in the bundle) and their style/layout time.
//   npm run build && node bench/long-frames.mjs [case] [runs]     (case: comments100, cards100, …)
import { launchChromium } from './browser.mjs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));
const [name = 'comments100', runs = '10'] = process.argv.slice(2);
const server = await startServer({ bundle: file('../dist/press-widgets.js'), purify: file('../node_modules/dompurify/dist/purify.es.mjs') });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  window.__loaf = []; window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ t: e.startTime, d: e.duration, block: e.blockingDuration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts: e.scripts.map((s) => ({ d: Math.round(s.duration), inv: s.invoker, type: s.invokerType, src: (s.sourceURL || '').split('/').pop(), fn: s.sourceFunctionName, at: s.sourceCharPosition })) }); }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push({ t: e.startTime, d: e.duration }); }).observe({ type: 'longtask', buffered: true });
});
for (let i = 0; i < Number(runs); i++) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/pages/widget.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 20000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.evaluate((n) => window.bench.run(n, {}), name);
  const r = await page.evaluate((t0) => ({ lt: window.__lt.filter((x) => x.t + x.d >= t0), loaf: window.__loaf.filter((x) => x.t + x.d >= t0 && x.d > 50) }), t0);
  if (r.lt.length) console.log(`run ${i}: longtasks ${JSON.stringify(r.lt.map((x) => [Math.round(x.t - t0), Math.round(x.d)]))}\n  loaf ${JSON.stringify(r.loaf.map((x) => ({ at: Math.round(x.t - t0), d: Math.round(x.d), style: Math.round(x.style), scripts: x.scripts })))}`);
  else console.log(`run ${i}: none`);
  await page.close();
}
await browser.close(); await server.close();
