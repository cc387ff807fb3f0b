// What the two outside checks (contract.mjs, reader-features.mjs) share: where the built bundle and
// the recorded WordPress responses are, and PASS/FAIL lines with their evidence, closed by
// "name: N passed, N failed".
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const FIX = process.env.PRESS_FIXTURES || join(ROOT, 'test/fixtures/wordpress');
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * In-page source (pasted into each check's init script) that reads a page as a reader meets it:
 * `all(host, sel)` across every shadow root below host, `txt(el)` its rendered text (hidden nodes
 * and slots resolved, block boundaries as line breaks), `visible(el)`.
 */
export const DOM_HELPERS = `
const roots = (r, out) => { out.push(r); for (const e of r.querySelectorAll('*')) if (e.shadowRoot) roots(e.shadowRoot, out); return out; };
const all = (host, sel) => { const base = (host && host.shadowRoot) || host || document; const out = []; for (const r of roots(base, [])) out.push(...r.querySelectorAll(sel)); return out; };
const text = (n) => {
  if (n.nodeType === 3) return n.data;
  if (n.nodeType === 1) {
    const t = n.localName;
    if (t === 'style' || t === 'script' || t === 'template') return '';
    if (n.checkVisibility && !n.checkVisibility({ visibilityProperty: true })) return '';
    if (t === 'slot') { const a = n.assignedNodes({ flatten: true }); return (a.length ? a : [...n.childNodes]).map(text).join(''); }
    const kids = n.shadowRoot ? [...n.shadowRoot.childNodes] : [...n.childNodes];
    const disp = getComputedStyle(n).display;
    const s = kids.map(text).join('');
    return disp.startsWith('inline') ? s : '\\n' + s + '\\n';
  }
  if (n.nodeType === 11) return [...n.childNodes].map(text).join('');
  return '';
};
const norm = (s) => s.replace(/[ \\t\\r\\f\\v\\u00a0]+/g, ' ').replace(/\\s*\\n\\s*/g, '\\n').trim();
const txt = (el) => (el ? norm(text(el)) : '');
const visible = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getClientRects().length > 0;`;

if (!existsSync(join(DIST, 'press-widgets.js'))) {
  console.error('dist/press-widgets.js is missing: run `npm run build` first');
  process.exit(2);
}
if (!existsSync(join(FIX, 'posts.json'))) {
  console.error(`recorded WordPress responses not found in ${FIX} (set PRESS_FIXTURES)`);
  process.exit(2);
}

const T0 = Date.now();
const results = [];
const short = (v) => {
  const s = String(typeof v === 'string' ? v : JSON.stringify(v)).replace(/\n/g, ' ⏎ ');
  return s.length > 700 ? s.slice(0, 700) + '…' : s;
};

/** One check: PASS or FAIL with what was seen. */
export function check(name, ok, evidence) {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${evidence !== undefined ? ' — ' + short(evidence) : ''}`);
}

/** Runs a group of checks; a group that throws is one failed check, and the others still run. */
export async function group(name, fn) {
  const t = Date.now();
  try {
    await fn();
    if (process.env.TIMES) console.log(`(${name}: ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (e) {
    check(`${name} (ran without exception)`, false, String((e && e.stack) || e).split('\n').slice(0, 3).join(' | '));
  }
}

/** Prints the time taken and the closing line, and exits non-zero on any failure. */
export function summary(label) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`(${((Date.now() - T0) / 1000).toFixed(1)} s)`);
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
