// One build per language: built together, the languages would share a chunk (the announce
// channel), and a site that copies only fr.js would get a broken import. Each file stands alone.
import { build } from 'vite';
import { readdirSync } from 'node:fs';

const locales = new URL('../src/locales/', import.meta.url);
for (const file of readdirSync(locales).filter((f) => f.endsWith('.ts'))) {
  const code = file.replace(/\.ts$/, '');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      outDir: new URL('../dist/locales/', import.meta.url).pathname,
      lib: { entry: new URL(file, locales).pathname, formats: ['es'], fileName: () => `${code}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
}
console.log(`locales: ${readdirSync(locales).filter((f) => f.endsWith('.ts')).length} self-contained modules in dist/locales/`);
