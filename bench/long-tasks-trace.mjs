// What a task over 50 ms was made of, from a Chromium trace (script, style, layout, paint, GC):
// long animation frames (bench/long-frames.mjs) do not report a rendering task on its own, this
// does. Runs a bench case N times (default 8) in fresh pages; prints per run its wall time, each
// main-thread task over 50 ms with the trace events inside it over 3 ms, and the frames' layouts
// (ms after the run started: duration / dirty objects), which show whether slices were painted
// one by one or all at once.
//   npm run build && node bench/long-tasks-trace.mjs [case] [runs]     (case: comments100, cards100, …)
import { launchChromium } from './browser.mjs';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server.mjs';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));
const [name = 'cards100', runs = '8'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'press-trace-'));
const tracePath = join(dir, 'trace.json');
const server = await startServer({ bundle: file('../dist/press-widgets.js'), purify: file('../node_modules/dompurify/dist/purify.es.mjs') });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const ms = (us) => Math.round(us / 1000);
try {
  for (let i = 0; i < Number(runs); i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/pages/widget.html`);
    await page.waitForFunction(() => window.bench, null, { timeout: 20000 });
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    const result = await page.evaluate((n) => window.bench.run(n, {}), name);
    await browser.stopTracing();
    const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
    const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const main = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const start = main[0]?.ts ?? 0;
    console.log(`run ${i}: ${Math.round(result.ms)} ms`);
    for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 3000);
      console.log(`  task at ${ms(task.ts - start)}: ${ms(task.dur)} ms: ${inside.slice(0, 12).map((e) => `${e.name}${e.args?.data?.functionName ? `:${e.args.data.functionName}` : ''} ${ms(e.dur)}`).join(' | ')}`);
    }
    console.log(`  layouts: ${main.filter((e) => e.name === 'Layout' && e.dur > 1000).map((e) => `${ms(e.ts - start)}: ${ms(e.dur)}/${e.args?.beginData?.dirtyObjects ?? '?'}`).join('  ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
