// After the bundles: writes the optional themes into dist/themes/, minified by Lightning CSS (as the
// widgets' own css literals are) without targets, so nothing modern (light-dark()) is rewritten.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';

const themes = new URL('../src/themes/', import.meta.url);
const out = new URL('../dist/themes/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(themes).filter((f) => f.endsWith('.css'))) {
  const { code } = transform({ filename: file, code: readFileSync(new URL(file, themes)), minify: true });
  writeFileSync(new URL(file, out), code);
}
