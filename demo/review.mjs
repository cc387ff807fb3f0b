// A reader's walk through the demo's comment states, as screenshots to look at: the article page
// full length, a deep link to a comment, the sort control, the live thread's button, the signed-in
// form, the form's error after an empty submit and a keyboard focus ring. Start the demo first.
//
//   node demo/review.mjs [origin] [out-dir]
//   node demo/review.mjs http://127.0.0.1:5173 .screenshots/review
//
// Writes <out-dir>/<state>-<width>-<light|dark>.png and prints the page's console errors.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const origin = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = process.argv[3] ?? '.screenshots/review';
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const DEEP_LINK = '/2025/09/01/sanierung-der-l-119-vollsperrung-zwischen-kirkel-und-limbach/#comment-1130';
const SIGN_IN = '/wp-login.php?action=demo-login&redirect_to=/2025/09/04/sicherheitspartnerschaft-mit-bexbach/%23respond';
const SIGN_OUT = '/wp-login.php?action=logout&redirect_to=/demo/';

/** Scrolls through the page as a reader would, so lazy parts load, then back to the top. */
async function readThrough(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(1200);
}

/** Each state: open a page, bring it into shape, return what to shoot (null: the full page). */
const states = {
  article: async (page) => { await page.goto(`${origin}/demo/`); await readThrough(page); return null; },
  en: async (page) => { await page.goto(`${origin}/demo/en.html`); await readThrough(page); return null; },
  gallery: async (page) => { await page.goto(`${origin}/demo/gallery.html`); await readThrough(page); return null; },
  deeplink: async (page) => {
    await page.goto(`${origin}${DEEP_LINK}`);
    await page.waitForFunction(() => document.querySelector('press-comments')?.shadowRoot?.querySelector('[part~="target"]'), null, { timeout: 15_000 });
    await page.waitForTimeout(800);
    return 'viewport';
  },
  form: async (page) => {
    await page.goto(`${origin}/demo/#respond`);
    await page.waitForFunction(() => document.querySelector('press-comments')?.shadowRoot?.querySelector('textarea'), null, { timeout: 15_000 });
    const comments = page.locator('press-comments');
    await comments.locator('button[type="submit"], [part~="submit"]').first().click();
    await page.waitForTimeout(600);
    return comments.locator('form').first();
  },
  focus: async (page) => {
    await page.goto(`${origin}/demo/#comments`);
    await page.waitForFunction(() => document.querySelector('press-comments')?.shadowRoot?.querySelector('[part~="sort"]'), null, { timeout: 15_000 });
    await page.locator('press-comments [part~="sort"]').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    return 'viewport';
  },
  live: async (page) => {
    await page.goto(`${origin}/demo/gallery.html#comments-live`);
    const inLiveThread = (part) => document.querySelector('#comments-live ~ press-comments')?.shadowRoot?.querySelector(`[part~="${part}"]`);
    // Let the thread load first: a comment that arrives before it is simply part of the thread.
    await page.waitForFunction(inLiveThread, 'comment', { timeout: 20_000 });
    await page.locator('[data-live-comment]').click();
    await page.waitForFunction(inLiveThread, 'new-comments', { timeout: 20_000 });
    const button = page.locator('#comments-live ~ press-comments [part~="new-comments"]');
    await button.scrollIntoViewIfNeeded();
    return 'viewport';
  },
  signedin: async (page) => {
    await page.goto(`${origin}${SIGN_IN}`);
    await page.waitForFunction(() => document.querySelector('press-comments')?.shadowRoot?.querySelector('form'), null, { timeout: 15_000 });
    await page.waitForTimeout(1000);
    return 'viewport';
  },
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  for (const [name, prepare] of Object.entries(states)) {
    if (only && !only.includes(name)) continue;
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        page.on('console', (message) => { if (message.type() === 'error') console.log(`  ${name} console: ${message.text()}`); });
        page.on('pageerror', (error) => console.log(`  ${name} page error: ${error.message}`));
        const file = `${out}/${name}-${width}-${colorScheme}.png`;
        try {
          const target = await prepare(page);
          if (target === null) await page.screenshot({ path: file, fullPage: true });
          else if (target === 'viewport') await page.screenshot({ path: file });
          else await target.screenshot({ path: file });
          console.log(file);
        } catch (error) {
          console.log(`  ${name} ${width} ${colorScheme}: ${error.message.split('\n')[0]}`);
          await page.screenshot({ path: file }).catch(() => {});
        }
        if (name === 'signedin') await page.goto(`${origin}${SIGN_OUT}`).catch(() => {});
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
