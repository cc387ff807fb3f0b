// What a page downloads: every shipped file's bytes, gzip -9 and brotli sizes. Fails (exit 1) when
// a budget is broken. gzip is measured with the `gzip -9` command where there is one (that is how
// the budget is checked from outside; zlib's level 9 differs by a few hundred bytes), else zlib.
// Usage: npm run size [-- --lib]   (--lib: every file of the npm build, not only its total)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
/**
 * dist/press-widgets.js with every element and reader feature inside. Issue 9's target is 36 KB
 * (aim 32), and the bundle is not there yet: the target is printed as met or missed, and the hard
 * budget, which fails the run, is a ceiling just above today's size, so no growth goes unseen.
 */
const BUNDLE_TARGET = 36 * KB;
const BUNDLE_BUDGET = 52 * KB;
/** The classic-script twin holds the same code: it may differ from the ES bundle by at most this. */
const TWIN_TOLERANCE = 1 * KB;
const LOCALE_BUDGET = 3 * KB;
const THEME_BUDGET = 2 * KB;

const dist = new URL('../dist/', import.meta.url);
const gzipCommand = hasGzipCommand();

const files = (folder, ext) => {
  const url = new URL(folder, dist);
  if (!existsSync(url)) return [];
  return readdirSync(url, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${folder}${f}`);
};

const failures = [];
const rows = [];
const measured = new Map();

function measure(file) {
  const url = new URL(file, dist);
  if (!existsSync(url)) {
    failures.push(`${file} is missing: run npm run build first`);
    return null;
  }
  const bytes = readFileSync(url);
  const size = {
    raw: bytes.length,
    gzip: gzip(bytes),
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  measured.set(file, size);
  return size;
}

function row(name, size, budget, note = '') {
  const over = budget !== undefined && size.gzip > budget;
  if (over) failures.push(`${name} is ${kb(size.gzip)} KB gzip, over its budget of ${kb(budget)} KB`);
  const status = budget === undefined ? '    ' : over ? 'OVER' : 'ok  ';
  const limit = budget === undefined ? '' : `  budget ${kb(budget)} KB gzip`;
  rows.push(`${status} ${name.padEnd(34)} ${kb(size.raw).padStart(7)} min ${kb(size.gzip).padStart(6)} gzip ${kb(size.brotli).padStart(6)} brotli${limit}${note}`);
}

for (const file of ['press-widgets.js', 'press-widgets.iife.js']) {
  const size = measure(file);
  if (size) row(`dist/${file}`, size, BUNDLE_BUDGET);
}
const es = measured.get('press-widgets.js');
const iife = measured.get('press-widgets.iife.js');
if (es && iife) {
  const gap = Math.abs(iife.gzip - es.gzip);
  const ok = gap <= TWIN_TOLERANCE;
  if (!ok) failures.push(`the IIFE twin differs from the ES bundle by ${gap} bytes gzip (at most ${TWIN_TOLERANCE})`);
  rows.push(`${ok ? 'ok  ' : 'OVER'} ${'IIFE twin vs ES bundle'.padEnd(34)} ${`${iife.gzip - es.gzip >= 0 ? '+' : ''}${iife.gzip - es.gzip} bytes gzip`.padStart(32)}  at most ±${TWIN_TOLERANCE} bytes`);
}
for (const file of files('locales/', '.js')) {
  const size = measure(file);
  if (size) row(`dist/${file}`, size, LOCALE_BUDGET);
}
for (const file of files('themes/', '.css')) {
  const size = measure(file);
  if (size) row(`dist/${file}`, size, THEME_BUDGET);
}
const lib = files('lib/', '.js');
if (lib.length) {
  const sizes = lib.map((file) => [file, measure(file)]);
  if (process.argv.includes('--lib')) for (const [file, size] of sizes) row(`dist/${file}`, size);
  const total = sizes.reduce((sum, [, size]) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  row(`dist/lib/ (${lib.length} files, sum)`, total, undefined, '  npm build, lit and dompurify external');
}

console.log(`size: KB = 1024 bytes; gzip by ${gzipCommand ? 'the gzip -9 command' : "zlib level 9 (no gzip command found)"}, brotli quality 11\n`);
console.log(rows.join('\n'));
if (es) {
  const missedBy = es.gzip - BUNDLE_TARGET;
  console.log(`\n${missedBy > 0 ? 'MISS' : 'ok  '} target: dist/press-widgets.js at most ${kb(BUNDLE_TARGET)} KB gzip (issue 9)${missedBy > 0 ? `: ${kb(missedBy)} KB over` : ''}`);
}
if (failures.length) {
  console.error(`\nsize: ${failures.length} budget${failures.length > 1 ? 's' : ''} broken:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

function gzip(bytes) {
  if (gzipCommand) return execFileSync('gzip', ['-9', '-c', '-n'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).length;
  return gzipSync(bytes, { level: 9 }).length;
}

function hasGzipCommand() {
  try {
    execFileSync('gzip', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function kb(bytes) {
  return (bytes / KB).toFixed(1);
}
