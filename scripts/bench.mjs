// `npm run bench`: the built bundle against vanilla floors, in one headless Chromium session.
// Every figure is the median of interleaved runs (widget, vanilla, widget, … in alternating order)
// and, where there is a floor, the ratio of the medians. Numbers to compare, not a test: nothing
// here passes or fails on a time. Method and results: BENCHMARKS.md.
//
//   npm run bench -- --runs 7 --only a,b,keys --json bench/results/latest.json
//   options: --runs N (default 5, or BENCH_RUNS; 0 with --profile: profiles only)   --only a,b,c,d,e,keys,cycles (default all)
//            --json FILE (default bench/results/latest.json)   --idle MS (default 2000; 0 skips)
//            --keys N keystrokes per page (default 30)   --bundle FILE (default dist/press-widgets.js)
//            --profile a,c,keys… writes a CPU profile of one more widget run of each case to bench/results/
//            --unminified builds and measures an unminified bundle (readable function names in profiles)
//            --baseline FILE also runs every widget case with another build of the bundle, interleaved (A/B)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../bench/browser.mjs';
import { startServer } from '../bench/server.mjs';
import { summarizeProfile } from '../bench/profile.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

function options(argv) {
  const out = { runs: Number(process.env.BENCH_RUNS) || 5, only: null, json: 'bench/results/latest.json', idle: 2000, keys: 30, bundle: null, profile: [], unminified: false, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') out.runs = Math.max(0, Number(value()) || 0);
    else if (flag === '--only') out.only = value().split(',');
    else if (flag === '--json') out.json = value();
    else if (flag === '--idle') out.idle = Math.max(0, Number(value()) || 0);
    else if (flag === '--keys') out.keys = Math.max(1, Number(value()) || 1);
    else if (flag === '--bundle') out.bundle = value();
    else if (flag === '--profile') out.profile = value().split(',');
    else if (flag === '--unminified') out.unminified = true;
    else if (flag === '--baseline') out.baseline = resolve(value());
    else if (flag === '--help') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(4, 10).join('\n').replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]} (see --help)`);
  }
  return out;
}

const opts = options(process.argv.slice(2));

/** The four timed cases with a floor, and the letters the brief gives them. */
const CASES = [
  { id: 'a', name: 'comments100', label: '(a) 100 comments, first paint', target: 1.5, route: '/comments' },
  { id: 'b', name: 'comments1000', label: '(b) 1000 comments through Show more', target: 2, route: '/comments' },
  { id: 'c', name: 'cards100', label: '(c) 100 cards from WordPress JSON', target: 1.5, route: '/posts' },
  { id: 'd', name: 'cards1000', label: '(d) 1000 <press-card> from attributes', target: null, route: null, yardsticks: ['cards1000ce'] },
  { id: 'e', name: 'nav', label: '(e) <press-nav source current>', target: null, route: '/posts' },
];
const wanted = (key) => !opts.only || opts.only.includes(key);
// --runs 0 measures nothing but what --profile asks for.
const cases = opts.runs ? CASES.filter((c) => wanted(c.id) || wanted(c.name)) : [];

// dist/ must be the code under test: build it when it is missing or older than src/.
const newest = (dir) => Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
let bundlePath = resolve(root, opts.bundle ?? 'dist/press-widgets.js');
if (opts.unminified) {
  // The script-tag bundle as vite.config.ts builds it, minus minification.
  const { build } = await import('vite');
  const outDir = join(tmpdir(), 'press-widgets-bench-unminified');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, lib: { entry: join(root, 'src/press-widgets.ts'), formats: ['es'], fileName: () => 'press-widgets.js' }, rolldownOptions: { output: { codeSplitting: false } } },
  });
  bundlePath = join(outDir, 'press-widgets.js');
} else if (!opts.bundle && (!existsSync(bundlePath) || newest(join(root, 'src')) > statSync(bundlePath).mtimeMs)) {
  console.log('bench: dist/ is missing or older than src/, building it…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
const bundle = readFileSync(bundlePath);

const server = await startServer({ bundle: bundlePath, baseline: opts.baseline, purify: join(root, 'node_modules/dompurify/dist/purify.es.mjs') });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
const pageErrors = [];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (values, q) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
};
const median = (values) => quantile(values, 0.5);

async function openPage(impl, query = '') {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${impl}: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(`${impl} console: ${msg.text()}`));
  const cdp = await context.newCDPSession(page);
  // Thread ticks: the main thread's CPU time, which other processes on a busy machine do not inflate.
  await Promise.all([cdp.send('Performance.enable', { timeDomain: 'threadTicks' }), cdp.send('HeapProfiler.enable')]);
  await page.goto(`${server.origin}/bench/pages/${impl}.html${query}`);
  // A bundle that failed to load never defines anything: give up instead of hanging.
  await page.waitForFunction(() => window.bench, null, { timeout: 20_000 });
  return { page, cdp };
}

/** V8 heap (and Blink's, as the embedder heap) after two full collections, in MB. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize / 1e6, dom: (usage.embedderHeapUsedSize ?? 0) / 1e6 };
}

/** Main-thread CPU seconds so far: all tasks, script, style and layout. */
async function cpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

/** One page, one case: timings from the page, requests from the server, idle time and heap from CDP. */
async function sample(impl, name, runOptions = {}, query = '') {
  const { page, cdp } = await openPage(impl, query);
  try {
    const loadMs = await page.evaluate(() => window.bench.loadMs);
    const before = await heapAfterGc(cdp);
    server.requests.length = 0;
    const cpu0 = await cpuSeconds(cdp);
    const result = await page.evaluate(([n, o]) => window.bench.run(n, o), [name, runOptions]);
    const cpu1 = await cpuSeconds(cdp);
    const requests = server.requests.splice(0);
    let idleMs = null;
    if (opts.idle) {
      await sleep(opts.idle);
      idleMs = opts.idle - ((await cpuSeconds(cdp)).task - cpu1.task) * 1000;
    }
    const after = await heapAfterGc(cdp);
    return {
      ...result,
      loadMs,
      // Main-thread CPU time of the case (includes the page's own driving, the same on both sides).
      cpuMs: (cpu1.task - cpu0.task) * 1000,
      scriptMs: (cpu1.script - cpu0.script) * 1000,
      styleMs: (cpu1.style - cpu0.style) * 1000,
      layoutMs: (cpu1.layout - cpu0.layout) * 1000,
      idleMs,
      heapMB: after.js,
      domHeapMB: after.dom,
      heapGrowthMB: after.js - before.js + (after.dom - before.dom),
      requests: requests.length,
      kB: requests.reduce((sum, r) => sum + r.bytes, 0) / 1000,
      urls: requests.map((r) => r.url),
    };
  } finally {
    await page.close();
  }
}

/** The median of every numeric field over the samples, the worst (max) for figures with an absolute target. */
function summarize(samples) {
  const keys = Object.keys(samples[0] ?? {}).filter((k) => typeof samples[0][k] === 'number');
  const med = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
  const worst = Object.fromEntries(['cls', 'clsMore', 'longestTask', 'longestTaskMore', 'longTasks'].filter((k) => k in med).map((k) => [k, Math.max(...samples.map((s) => s[k]))]));
  const spread = samples.length > 2 ? (quantile(samples.map((s) => s.ms), 0.75) - quantile(samples.map((s) => s.ms), 0.25)) / med.ms : null;
  const pages = samples[0]?.pages ? samples.flatMap((s) => s.pages) : null;
  return { median: med, worst, spread, ...(pages ? { perPage: { median: median(pages), max: Math.max(...pages) } } : {}), samples };
}

const results = { meta: {}, cases: {} };
const started = Date.now();
// The code measured is the code checked out when the run starts.
const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
};
const checkout = { commit: git('rev-parse HEAD'), dirty: git('status --porcelain --untracked-files=no') !== '' };

try {
  // Warm-up (not counted): fills the HTTP and code caches alike for both sides, and records the
  // URLs the widget fetches, so that the floor fetches exactly the same.
  const floorOptions = {};
  for (const c of cases) {
    const warm = await sample('widget', c.name);
    floorOptions[c.name] = c.route ? { urls: warm.urls.filter((u) => u.includes(c.route)) } : {};
    await sample('vanilla', c.name, floorOptions[c.name]);
    for (const y of c.yardsticks ?? []) await sample('vanilla', y);
    results.cases[c.name] = { label: c.label, target: c.target, floorUrls: floorOptions[c.name].urls ?? [], widget: [], vanilla: [], ...Object.fromEntries((c.yardsticks ?? []).map((y) => [y, []])), ...(opts.baseline ? { baseline: [] } : {}) };
  }
  for (let run = 0; run < opts.runs; run++) {
    for (const c of cases) {
      const sides = [['widget', c.name, {}], ['vanilla', c.name, floorOptions[c.name]], ...(c.yardsticks ?? []).map((y) => ['vanilla', y, {}, y])];
      if (opts.baseline) sides.push(['widget', c.name, {}, 'baseline', '?bundle=/baseline/press-widgets.js']);
      if (run % 2) sides.reverse();
      for (const [impl, name, o, slot, query] of sides) results.cases[c.name][slot ?? impl].push(await sample(impl, name, o, query));
    }
    process.stdout.write(`\rbench: run ${run + 1}/${opts.runs} of the timed cases done`);
  }
  if (cases.length) process.stdout.write('\n');

  if (opts.runs && wanted('keys')) results.keys = await keystrokes();
  if (opts.runs && wanted('cycles')) results.cycles = await cycles();
  for (const id of opts.profile) await profile(id === 'keys' ? { name: 'keys', label: 'ten keystrokes with 1000 comments listed' } : CASES.find((c) => c.id === id || c.name === id));
} finally {
  results.meta = await machine();
  await browser.close();
  await server.close();
}

for (const entry of Object.values(results.cases)) {
  for (const side of Object.keys(entry)) if (Array.isArray(entry[side]) && side !== 'floorUrls') entry[side] = summarize(entry[side]);
  entry.ratio = entry.widget.median.ms / entry.vanilla.median.ms;
  entry.cpuRatio = entry.widget.median.cpuMs / entry.vanilla.median.cpuMs;
}

printTable();
const jsonPath = resolve(root, opts.json);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify(results, null, 1));
console.log(`\nresults: ${jsonPath}${pageErrors.length ? `\npage errors:\n  ${[...new Set(pageErrors)].join('\n  ')}` : ''}`);

/** Keystroke cost in the comment field with 100 and with 1000 comments listed, interleaved. */
async function keystrokes() {
  const out = { 100: [], 1000: [], slowestEvent: { 100: [], 1000: [] } };
  for (let run = 0; run < opts.runs; run++) {
    for (const size of run % 2 ? [1000, 100] : [100, 1000]) {
      const { page } = await openPage('widget');
      try {
        const { focused } = await page.evaluate((s) => window.bench.prepareKeys(s), size);
        if (focused !== 'comment') throw new Error(`keystrokes: the comment field did not take focus (${focused})`);
        const t0 = await page.evaluate(() => performance.now());
        for (let k = 0; k < opts.keys; k++) {
          await page.keyboard.press(k % 10 === 9 ? 'Space' : 'KeyA');
          await page.waitForFunction((n) => window.probe.keys.length >= n, k + 1, { polling: 5 });
          await sleep(40);
        }
        out[size].push(...(await page.evaluate(() => window.bench.keyTimes())));
        out.slowestEvent[size].push(await page.evaluate((t) => window.bench.keyEvents(t), t0));
      } finally {
        await page.close();
      }
    }
    process.stdout.write(`\rbench: keystrokes, run ${run + 1}/${opts.runs}`);
  }
  process.stdout.write('\n');
  return {
    median100: median(out[100]),
    median1000: median(out[1000]),
    p90_100: quantile(out[100], 0.9),
    p90_1000: quantile(out[1000], 0.9),
    ratio: median(out[1000]) / median(out[100]),
    slowestEvent100: Math.max(...out.slowestEvent[100]),
    slowestEvent1000: Math.max(...out.slowestEvent[1000]),
    samples: out,
  };
}

/** 200 disconnect/connect cycles of rendered elements, then 200 fresh cards: what the heap keeps. */
async function cycles() {
  const runs = [];
  for (let run = 0; run < Math.min(opts.runs, 3); run++) {
    const { page, cdp } = await openPage('widget');
    try {
      await page.evaluate(() => window.bench.prepareCycles());
      const counters = async () => cdp.send('Memory.getDOMCounters');
      const h0 = await heapAfterGc(cdp);
      const c0 = await counters();
      server.requests.length = 0;
      const { shown } = await page.evaluate(() => window.bench.cycles(200));
      const requests = server.requests.splice(0).length;
      const h1 = await heapAfterGc(cdp);
      const c1 = await counters();
      await page.evaluate(() => window.bench.freshCards(200));
      const h2 = await heapAfterGc(cdp);
      const c2 = await counters();
      runs.push({
        baselineMB: h0.js + h0.dom,
        cyclesKB: (h1.js + h1.dom - h0.js - h0.dom) * 1000,
        cyclesNodes: c1.nodes - c0.nodes,
        cyclesListeners: c1.jsEventListeners - c0.jsEventListeners,
        cyclesRequests: requests,
        stillShown: shown,
        freshKB: (h2.js + h2.dom - h1.js - h1.dom) * 1000,
        freshNodes: c2.nodes - c1.nodes,
        freshListeners: c2.jsEventListeners - c1.jsEventListeners,
      });
    } finally {
      await page.close();
    }
  }
  return { median: Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])), samples: runs };
}

/** One more widget run of a case under the CPU profiler (100 µs sampling), written as a .cpuprofile. */
async function profile(c) {
  if (!c) return;
  const { page, cdp } = await openPage('widget');
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (c.name === 'keys') await page.evaluate(() => window.bench.prepareKeys(1000));
    await cdp.send('Profiler.start');
    if (c.name === 'keys') {
      for (let k = 0; k < 10; k++) {
        await page.keyboard.press('KeyA');
        await page.waitForFunction((n) => window.probe.keys.length >= n, k + 1, { polling: 5 });
      }
    } else await page.evaluate((n) => window.bench.run(n), c.name);
    const { profile: data } = await cdp.send('Profiler.stop');
    const file = resolve(root, dirname(opts.json), `profile-${c.name}.cpuprofile`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
    console.log(`\nCPU profile of ${c.label} (widget): ${file}`);
    console.log(summarizeProfile(data, 25));
  } finally {
    await page.close();
  }
}

async function machine() {
  return {
    date: new Date().toISOString(),
    ...checkout,
    node: process.version,
    chromium: browser.version(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    runs: opts.runs,
    keysPerPage: opts.keys,
    idleWindowMs: opts.idle,
    bundle: { file: bundlePath.replace(`${root}/`, ''), bytes: bundle.length, gzip: gzipSync(bundle, { level: 9 }).length },
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

function printTable() {
  const m = results.meta;
  const f = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits));
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`\npress-widgets bench · ${m.commit?.slice(0, 10)}${m.dirty ? '+dirty' : ''} · Chromium ${m.chromium} · Node ${m.node} · ${m.nproc} cores · load ${m.loadavg.join(' ')} · median of ${m.runs} interleaved runs`);
  console.log(`bundle ${m.bundle.file}: ${(m.bundle.bytes / 1024).toFixed(1)} KB, ${(m.bundle.gzip / 1024).toFixed(1)} KB gzip -9\n`);
  const head = [pad('case', 40), lpad('widget', 9), lpad('vanilla', 9), lpad('ratio', 7), lpad('target', 7), lpad('spread', 7), lpad('CPU w/v ms', 12), lpad('CPU×', 6), lpad('long>50', 8), lpad('longest', 8), lpad('CLS max', 8), lpad('idle/2s', 8), lpad('heap w/v MB', 12), lpad('req', 4), lpad('kB', 6)];
  console.log(head.join(''));
  for (const entry of Object.values(results.cases)) {
    const w = entry.widget;
    const v = entry.vanilla;
    const row = [
      pad(entry.label, 40),
      lpad(`${f(w.median.ms)} ms`, 9),
      lpad(`${f(v.median.ms)}`, 9),
      lpad(`${f(entry.ratio, 2)}×`, 7),
      lpad(entry.target ? `≤${entry.target}×` : '', 7),
      lpad(w.spread === null ? '' : `±${Math.round(w.spread * 50)}%`, 7),
      lpad(`${f(w.median.cpuMs, 0)}/${f(v.median.cpuMs, 0)}`, 12),
      lpad(`${f(entry.cpuRatio, 2)}`, 6),
      lpad(`${w.worst.longTasks}/${v.worst.longTasks}`, 8),
      lpad(`${f(w.worst.longestTask, 0)}`, 8),
      lpad(`${f(w.worst.cls, 3)}/${f(v.worst.cls, 2)}`, 8 + 3),
      lpad(`${f(w.median.idleMs, 0)}`, 8),
      lpad(`${f(w.median.heapMB + w.median.domHeapMB)}/${f(v.median.heapMB + v.median.domHeapMB)}`, 12),
      lpad(f(w.median.requests, 0), 4),
      lpad(f(w.median.kB, 0), 6),
    ];
    console.log(row.join(''));
    if (w.perPage) {
      console.log(`${pad('    first page / each Show more (median, max)', 40)}${lpad(`${f(w.median.firstMs)} / ${f(w.perPage.median)}, ${f(w.perPage.max)} ms`, 30)}   vanilla ${f(v.median.firstMs)} / ${f(v.perPage.median)}, ${f(v.perPage.max)} ms`);
      console.log(`${pad('    while Show more appends', 40)}   CLS max ${f(w.worst.clsMore, 3)} (vanilla ${f(v.worst.clsMore, 3)}), longest task ${f(w.worst.longestTaskMore, 0)} ms`);
    }
    if (entry.baseline) {
      const b = entry.baseline.median;
      console.log(`${pad('    baseline bundle (A/B)', 40)}${lpad(`${f(b.ms)} ms`, 9)}${lpad('', 9)}${lpad(`${f(w.median.ms / b.ms, 2)}×`, 7)} of baseline; CPU ${f(b.cpuMs, 0)} ms, ${f(w.median.cpuMs / b.cpuMs, 2)}× (script ${f(w.median.scriptMs, 0)}/${f(b.scriptMs, 0)}, style ${f(w.median.styleMs, 0)}/${f(b.styleMs, 0)}, layout ${f(w.median.layoutMs, 0)}/${f(b.layoutMs, 0)})`);
    }
    for (const y of Object.keys(entry).filter((k) => k.startsWith('cards1000ce'))) {
      console.log(`${pad('    vs a hand-written shadow-DOM card', 40)}${lpad(`${f(entry[y].median.ms)}`, 18)}${lpad(`${f(w.median.ms / entry[y].median.ms, 2)}×`, 7)}`);
    }
  }
  const load = Object.values(results.cases)[0];
  if (load) console.log(`${pad('load + define (bundle / DOMPurify)', 40)}${lpad(`${f(load.widget.median.loadMs)} ms`, 9)}${lpad(f(load.vanilla.median.loadMs), 9)}`);
  if (results.keys) {
    const k = results.keys;
    console.log(`\nkeystroke in the comment field, keydown → next frame (median of ${k.samples[100].length} keys; p90):`);
    console.log(`    100 comments listed ${f(k.median100)} ms (${f(k.p90_100)}), 1000 listed ${f(k.median1000)} ms (${f(k.p90_1000)}): ${f(k.ratio, 2)}× (target ≤ 2×); slowest event ${f(k.slowestEvent100, 0)} / ${f(k.slowestEvent1000, 0)} ms`);
  }
  if (results.cycles) {
    const c = results.cycles.median;
    console.log('\nheap after GC, 200 disconnect/connect cycles of a rendered press-comments (100), press-card-list (10), press-nav and press-card:');
    console.log(`    ${f(c.cyclesKB, 0)} kB kept, ${c.cyclesNodes} nodes, ${c.cyclesListeners} listeners, ${c.cyclesRequests} requests made by the reconnects (baseline ${f(c.baselineMB)} MB)`);
    console.log(`    200 fresh press-cards created, rendered and dropped: ${f(c.freshKB, 0)} kB kept, ${c.freshNodes} nodes, ${c.freshListeners} listeners`);
  }
}
