// Size budgets of what a page downloads, measured gzip-compressed. Fails (exit 1) over budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
/** Budgets in bytes (gzip). Lit ≈ 6 KB and DOMPurify ≈ 11.3 KB of the main bundle are not ours. */
const budgets = [
  ['press-widgets.js', 48 * 1024],
  ['press-widgets.iife.js', 48 * 1024],
  ...(existsSync(new URL('locales/', dist)) ? readdirSync(new URL('locales/', dist)).filter((f) => f.endsWith('.js')).map((f) => [`locales/${f}`, 3 * 1024]) : []),
];

let failed = 0;
for (const [file, budget] of budgets) {
  const url = new URL(file, dist);
  if (!existsSync(url)) {
    console.error(`size: ${file} is missing: run npm run build first`);
    failed++;
    continue;
  }
  const raw = readFileSync(url);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file.padEnd(28)} ${(raw.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip  (budget ${(budget / 1024).toFixed(0)} KB)`);
}
process.exit(failed ? 1 : 0);
