import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readFileSync } from 'node:fs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

/**
 * The feed corpus is served as publishers serve it: each file's bytes untouched (the dev server
 * would re-encode a mostly-ASCII legacy file as UTF-8), with the Content-Type (or none) and the
 * Content-Location that test/fixtures/feeds/corpus/manifest.json gives it.
 */
const CORPUS = '/test/fixtures/feeds/corpus/';
async function feedCorpus(ctx, next) {
  // A real redirect for the transport tests: /__redirect?to=<url> answers 307 to <url>.
  if (ctx.path === '/__redirect') {
    ctx.status = 307;
    ctx.set('Location', String(ctx.query.to ?? '/'));
    return;
  }
  if (!ctx.path.startsWith(CORPUS)) return next();
  const folder = new URL(`.${CORPUS}`, import.meta.url);
  const { feeds } = JSON.parse(readFileSync(new URL('manifest.json', folder), 'utf8'));
  const feed = feeds.find((f) => f.file === ctx.path.slice(CORPUS.length));
  if (!feed) return next();
  ctx.body = readFileSync(new URL(feed.file, folder));
  if (feed.contentType) ctx.set('Content-Type', feed.contentType);
  else ctx.remove('Content-Type');
  ctx.set('Content-Location', feed.location);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [feedCorpus],
  // Lit announces its dev mode in every test file; that line says nothing about our code.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  // The feed corpus and the XSS corpus through every parser take a while on a busy 2-core machine.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each test file in its own browser context (its own window): no page waits in a background
      // tab for animation frames that never come, and no two files share localStorage.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // With several test files open at once, pages in the background must not be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
