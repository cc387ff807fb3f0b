// What the script-tag bundle is made of: builds dist/press-widgets.js once more with a source map
// (into a temporary folder), then charges every byte of the minified output to the source file it
// came from. Prints minified bytes per file (and per group), each one's share of the gzip size (zlib
// level 9, proportional to its bytes) and what it would gzip to alone.
// Usage: node scripts/bundle-breakdown.mjs [--files]   (--files: every source file, not just groups)
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'press-breakdown-'));
try {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, sourcemap: true },
  });
  const code = readFileSync(join(out, 'press-widgets.js'), 'utf8');
  const map = new TraceMap(readFileSync(join(out, 'press-widgets.js.map'), 'utf8'));
  await report(code, map, out);
} finally {
  rmSync(out, { recursive: true, force: true });
}

async function report(code, map, out) {
  const lines = code.split('\n');
  /** Output text per source file, in output order. */
  const textBySource = new Map();
  const charge = (source, text) => textBySource.set(source, (textBySource.get(source) ?? '') + text);
  let previous = null;
  const flush = (end) => {
    if (!previous) return;
    const { line, column, source } = previous;
    const last = end.line < 0 ? lines.length - 1 : end.line;
    let text = last === line ? lines[line].slice(column, end.column) : lines[line].slice(column) + '\n';
    for (let l = line + 1; l <= last && last !== line; l++) text += l === last && end.line >= 0 ? lines[l].slice(0, end.column) : lines[l] + '\n';
    charge(source ?? '(no source)', text);
  };
  eachMapping(map, (m) => {
    const here = { line: m.generatedLine - 1, column: m.generatedColumn, source: m.source && clean(m.source, out) };
    flush(here);
    previous = here;
  });
  flush({ line: -1, column: 0 });

  const total = Buffer.byteLength(code);
  const totalGzip = gzipSync(code, { level: 9 }).length;
  const groups = new Map();
  for (const [source, text] of textBySource) {
    const group = groupOf(source);
    groups.set(group, (groups.get(group) ?? '') + text);
  }
  const row = (name, text) => {
    const bytes = Buffer.byteLength(text);
    const alone = gzipSync(text, { level: 9 }).length;
    return `${name.padEnd(58)} ${kb(bytes).padStart(7)} min ${pct(bytes / total).padStart(6)}  ~${kb(totalGzip * (bytes / total)).padStart(5)} gzip share  ${kb(alone).padStart(6)} gzip alone`;
  };
  const fs=await import("node:fs");fs.mkdirSync("/tmp/cm-parts",{recursive:true});for (const [s,t] of textBySource) fs.writeFileSync("/tmp/cm-parts/"+s.replace(/[\/]/g,"_"),t);console.log(`dist/press-widgets.js: ${kb(total)} KB minified, ${kb(totalGzip)} KB gzip -9\n`);
  for (const [group, text] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(row(group, text));
  if (process.argv.includes('--files')) {
    console.log('');
    for (const [source, text] of [...textBySource].sort((a, b) => b[1].length - a[1].length)) console.log(row(source, text));
  }
}

function clean(source, out) {
  const path = relative(root, resolve(out, source));
  return path.replace(/^node_modules\//, '');
}

function groupOf(source) {
  if (source.startsWith('lit') || source.startsWith('@lit') || source.startsWith('lit-html') || source.startsWith('lit-element') || source.startsWith('@lit/reactive-element')) return 'lit';
  if (source.startsWith('dompurify')) return 'dompurify';
  const element = source.match(/^src\/elements\/([^/]+)\//);
  if (element) return `src/elements/${element[1]}${source.endsWith('.styles.ts') ? ' (styles)' : ''}`;
  const folder = source.match(/^src\/([^/]+)\//);
  if (folder) return `src/${folder[1]}`;
  return source;
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
function pct(share) {
  return `${(share * 100).toFixed(1)}%`;
}
