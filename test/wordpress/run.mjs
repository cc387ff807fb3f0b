// `npm run test:wordpress`: the built bundle against a genuine WordPress 6.1 from Debian's packages,
// started here on loopback (test/wordpress/stack.mjs) and stopped again by PID, also when a check
// fails or the run is interrupted. See test/wordpress/README.md.
//   node test/wordpress/run.mjs [--keep] [--only readers,comments,editor,cache,recipe,long] [--write-benchmarks]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Stack, distDir, ensurePackages, root } from './stack.mjs';
import { Browser, Report } from './checks/page.mjs';
import { commentModes } from './checks/comments.mjs';
import { readerFeatures } from './checks/readers.mjs';
import { signedInEditor } from './checks/editor.mjs';
import { cacheInFront } from './checks/cache.mjs';
import { longList } from './checks/long-list.mjs';

const { values: opt } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    only: { type: 'string', default: '' },
    'write-benchmarks': { type: 'boolean', default: false },
  },
});
const only = new Set(opt.only.split(',').filter(Boolean));
const wanted = (name) => !only.size || only.has(name);
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const report = new Report();

// The bundle the theme page loads: build it when it is missing or older than src/.
const newest = (dir) => Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
const bundle = join(distDir, 'press-widgets.js');
if (!process.env.PRESS_DIST_DIR && (!existsSync(bundle) || newest(join(root, 'src')) > statSync(bundle).mtimeMs)) {
  console.log('test:wordpress: dist/ is missing or older than src/, building it…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

try {
  ensurePackages();
} catch (error) {
  console.error(`test:wordpress: ${error.message}`);
  process.exit(1);
}

const stack = new Stack((line) => console.log(`  ${line}`));
let browser = null;
let stopping = null;
/** Stops what we started (unless --keep), once, whatever ended the run. */
async function shutdown() {
  stopping ??= (async () => {
    await browser?.close().catch(() => {});
    if (opt.keep) { console.log(`\nleft running (--keep): WordPress ${stack.url}, cache ${stack.cacheUrl}; state in ${stack.paths.state}`); return; }
    const stopped = await stack.stop();
    console.log(`\nstopped ${stopped.map((s) => `${s.name} (PID ${s.pid})`).join(', ') || 'nothing'}`);
    // From outside: any process whose command line names our state folder or our PHP address.
    const ours = readdirSync('/proc').filter((d) => /^\d+$/.test(d) && +d !== process.pid).map((pid) => {
      try { return { pid, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() }; } catch { return null; }
    }).filter((p) => p && /mariadbd|php|nginx/.test(p.cmd) && (p.cmd.includes(stack.paths.state) || p.cmd.includes(stack.url.replace('http://', ''))));
    report.check(ours.length === 0, 'afterwards no php, nginx or mariadb process of ours is left running', ours.map((p) => `${p.pid} ${p.cmd}`).join('\n') || 'none in /proc');
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    console.log(`\ntest:wordpress: ${signal}, stopping the servers…`);
    await shutdown();
    process.exit(130);
  });
}

/** Runs test/wordpress/real-wordpress.mjs (the 38 checks made by hand before) against our site. */
function realWordpress(site) {
  return new Promise((resolve) => {
    const args = ['test/wordpress/real-wordpress.mjs', '--wp', stack.url, '--post', String(site.posts[4].id),
      '--mysql', `mariadb --no-defaults --socket=${stack.paths.socket} -uroot wp`,
      '--approved', `${site.seed.readers.at(-1).name} <${site.seed.readers.at(-1).email}>`, '--approve-via-mysql',
      '--flood-wait', '0', '--reader-agents', '--cross-port', '5254', '--bundle', bundle];
    const child = spawn('node', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => { process.stdout.write(chunk); tail = (tail + chunk).slice(-400); });
    child.on('close', (code) => {
      const m = /(\d+) passed, (\d+) failed/.exec(tail);
      resolve(m ? { passed: +m[1], failed: +m[2] + (code && !+m[2] ? 1 : 0) } : { passed: 0, failed: 1 });
    });
  });
}

try {
  console.log('test:wordpress: starting MariaDB, PHP and nginx (Debian packages, 127.0.0.1 only)');
  await stack.start();
  console.log(`test:wordpress: WordPress ${stack.url} (nginx cache in front at ${stack.cacheUrl}) ready after ${seconds()}`);
  const posts = await fetch(`${stack.url}/wp-json/wp/v2/posts?per_page=20&order=asc&orderby=date&_fields=id,link,date_gmt,title`).then((r) => r.json());
  const site = { seed: stack.seed, posts: posts.map((p) => ({ id: p.id, link: p.link, date: p.date_gmt, title: stack.seed.posts.find((s) => s.id === p.id)?.title ?? '' })) };
  browser = await Browser.launch();
  const context = { report, browser, stack, site };

  if (wanted('recipe')) {
    report.section('The recipe of test/wordpress/README.md: lists, navigation, zero-config, stock posting (real-wordpress.mjs)');
    report.add(await realWordpress(site), 'real-wordpress.mjs');
  }
  if (wanted('readers')) await readerFeatures(context);
  if (wanted('comments')) await commentModes(context);
  if (wanted('editor')) await signedInEditor(context);
  if (wanted('cache')) await cacheInFront({ ...context, writeBenchmarks: opt['write-benchmarks'] });
  if (wanted('long')) await longList(context);
} catch (error) {
  report.check(false, `test:wordpress ran to the end`, error.stack ?? String(error));
} finally {
  await shutdown();
}
if (report.failures.length) console.log(`\nfailed: ${report.failures.join('; ')}`);
console.log(`test:wordpress took ${seconds()}${process.env.PRESS_CI_STARTED ? `; .ci/run so far ${Math.round(Date.now() / 1000 - Number(process.env.PRESS_CI_STARTED))} s` : ''}`);
console.log(report.summary());
process.exit(report.failed ? 1 : 0);
