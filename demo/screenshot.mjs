// Full-page screenshots of a demo page at phone and desktop width, light and dark, with
// Debian's Chromium (or CHROME_PATH) driven by playwright-core. Start the demo first (npm start).
//
//   node demo/screenshot.mjs [url] [out-prefix]
//   node demo/screenshot.mjs http://127.0.0.1:5173/demo/gallery.html .screenshots/gallery
//
// Writes <out-prefix>-<width>-<light|dark>.png and prints the page's console errors.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/demo/';
const prefix = process.argv[3] ?? '.screenshots/index';
const widths = [375, 1280];
const schemes = ['light', 'dark'];
/** Time for the widgets' requests and transitions after they are defined. */
const SETTLE_MS = 1500;

mkdirSync(dirname(prefix), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failures = 0;
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') console.log(`  console: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        failures++;
        console.log(`  page error: ${error.message}`);
      });
      await page.goto(url, { waitUntil: 'load' });
      // Wait for every press-* element to be defined, but never forever (a module that failed to load).
      const defined = await page
        .waitForFunction(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('press-')).every((el) => customElements.get(el.localName)), null, { timeout: 10_000 })
        .then(() => true, () => false);
      if (!defined) {
        failures++;
        console.log('  not every press-* element got defined within 10 s');
      }
      // Scroll through once, as a reader would, so lazy images load before the full-page shot.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForTimeout(SETTLE_MS);
      const file = `${prefix}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exitCode = failures ? 1 : 0;
