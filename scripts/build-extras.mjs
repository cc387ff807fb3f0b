// After the bundles: copies the optional themes into dist/themes/ (CSS needs no build).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const themes = new URL('../src/themes/', import.meta.url);
const out = new URL('../dist/themes/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(themes).filter((f) => f.endsWith('.css'))) copyFileSync(new URL(file, themes), new URL(file, out));
