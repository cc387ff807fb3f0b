// What the WordPress checks share: the report, a browser with one context per simulated reader,
// and readers of the widgets' rendered shadow DOM.
import { chromium } from 'playwright-core';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** PASS / FAIL / SKIP lines with their evidence, and the closing count. */
export class Report {
  passed = 0;
  failed = 0;
  skipped = 0;
  failures = [];
  section(title) { console.log(`\n== ${title}`); }
  note(text) { console.log(`      ${text}`); }
  check(ok, name, evidence = '') {
    if (ok) this.passed++; else { this.failed++; this.failures.push(name); }
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${evidence ? `\n      ${String(evidence).replace(/\n/g, '\n      ')}` : ''}`);
    return ok;
  }
  /** A check whose feature the bundle does not have yet (not merged into main): said so, not failed. */
  skip(name, why) { this.skipped++; console.log(`SKIP  ${name}\n      skipped: ${why}`); }
  add({ passed, failed }, name) {
    this.passed += passed; this.failed += failed;
    if (failed) this.failures.push(`${name}: ${failed} failed`);
  }
  summary() { return `${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`; }
}

export const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export class Browser {
  static async launch() {
    const self = new Browser();
    self.browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
    const p = await self.browser.newPage();
    self.agent = await p.evaluate(() => navigator.userAgent);
    await p.close();
    self.readers = 1;
    return self;
  }

  /**
   * A new reader: its own browser context (cookies, storage) and, through the router, its own
   * client address (User-Agent "… press-reader/N"). Records REST and comment-form traffic and events.
   */
  async reader() {
    const context = await this.browser.newContext({ userAgent: `${this.agent} press-reader/${this.readers++}`, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const net = [];
    const log = [];
    page.on('request', (r) => {
      const url = decodeURIComponent(r.url());
      if (/wp-json|rest_route|wp-comments-post\.php/.test(url)) net.push({ method: r.method(), url, headers: r.headers(), request: r });
    });
    page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      window.__events = [];
      for (const type of ['press-comment-posted', 'press-error'])
        document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
    });
    return { context, page, net, log };
  }

  close() { return this.browser.close(); }
}

/** Waits until fn (run in the page) returns something truthy; returns it, or null after `ms`. */
export async function until(page, fn, arg, ms = 15_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = await page.evaluate(fn, arg).catch(() => null);
    if (value) return value;
  }
  return null;
}

/** True once the bundle defined `tags` (false after 10 s: it failed to load). */
export async function defined(page, tags = ['press-card-list', 'press-nav', 'press-comments']) {
  return Promise.race([page.evaluate((t) => Promise.all(t.map((n) => customElements.whenDefined(n))).then(() => true), tags), sleep(10_000).then(() => false)]).catch(() => false);
}

/** Brings the footer's widgets near the viewport, so that those which wait for that fetch. */
export async function scrollToWidgets(page) {
  await page.evaluate(() => document.getElementById('press-widgets')?.scrollIntoView({ block: 'start' }));
}

export async function readCards(page, id, { counts = true } = {}) {
  return until(page, ([id, counts]) => {
    const root = document.getElementById(id)?.shadowRoot;
    const error = root?.querySelector('[part~="error"]')?.textContent?.trim();
    if (error) return { error };
    const cards = [...(root?.querySelectorAll('press-card') ?? [])];
    if (!cards.length) return null;
    const read = cards.map((c) => {
      const s = c.shadowRoot;
      const q = (sel) => s?.querySelector(sel) ?? c.querySelector(sel);
      return {
        headline: q('[part~="headline"]')?.textContent?.trim() ?? '',
        href: q('[part~="headline"] a')?.href ?? '',
        alt: q('img[part~="image"], [part~="image"] img')?.getAttribute('alt') ?? null,
        credit: q('[part~="credit"]')?.textContent?.trim() ?? null,
        // <press-comment-count part="comment-count"> in the card; while it loads its base is .pending
        count: (() => { const el = q('[part~="comment-count"]'); if (!el) return null; const base = el.shadowRoot?.querySelector('[part~="base"]'); return base ? (base.classList.contains('pending') ? '' : base.textContent.trim()) : el.textContent.trim(); })(),
      };
    });
    // Counts (where shown) come after the cards: wait for them too.
    return read.every((c) => c.headline && (!counts || c.count !== '')) ? { cards: read } : null;
  }, [id, counts]);
}

export async function readNav(page, id) {
  return until(page, (id) => {
    const root = document.getElementById(id)?.shadowRoot;
    const error = root?.querySelector('[part~="error"]')?.textContent?.trim();
    if (error) return { error };
    if (!root?.querySelector('nav[part~="base"]:not(.pending)')) return null;
    const side = (part) => {
      const a = root.querySelector(`a[part~="${part}"]`);
      return a ? { href: a.href, rel: a.rel, headline: a.querySelector('[part~="headline"]')?.textContent?.trim() ?? '' } : null;
    };
    return { prev: side('prev'), next: side('next') };
  }, id);
}

/** The comments `<press-comments id>` shows: id, author, held?, depth, text, part list. */
export async function readComments(page, id, ms) {
  return until(page, (id) => {
    const root = document.getElementById(id)?.shadowRoot;
    if (!root || root.querySelector('.skeleton, [part~="skeleton"]')) return null;
    const error = root.querySelector('[part~="thread"] [part~="error"], .status-error')?.textContent?.trim() ?? null;
    const all = [...root.querySelectorAll('[part~="comment"]')];
    if (!all.length && !error && !root.querySelector('[part~="form"]')) return null;
    const comments = all.map((c) => {
      const body = c.querySelector(':scope > [part~="comment-body"]') ?? c;
      let depth = 0;
      for (let n = c; n && n !== root; n = n.parentElement) if (n.matches?.('[part~="comment"]')) depth++;
      return {
        id: c.id, part: c.getAttribute('part'), depth,
        parentId: c.parentElement?.closest('[part~="comment"]')?.id ?? null,
        author: body.querySelector('[part~="author"]')?.textContent?.trim(),
        held: !!body.querySelector('[part~="moderation"]'),
        text: body.querySelector('[part~="content"]')?.textContent?.trim(),
        permalink: body.querySelector('a[part~="permalink"]')?.getAttribute('href') ?? null,
      };
    });
    return { comments, error, more: !!root.querySelector('[part~="load-more"]') };
  }, id, ms);
}

/** Events fired since `from` by the element `id`. */
export const eventsSince = (page, id, from) => page.evaluate(([id, from]) => window.__events.slice(from).filter((e) => e.id === id), [id, from]);

/** The decoded text of rendered WordPress HTML, as a reader sees it. */
export const decode = (html) => html.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&#x([\da-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&nbsp;/g, '\u00a0').trim();

/** "Keine Kommentare" / "1 Kommentar" / "12 Kommentare": what CONTRACT.md says a German count reads. */
export const germanCount = (n) => (n === 0 ? 'Keine Kommentare' : n === 1 ? '1 Kommentar' : `${n.toLocaleString('de-DE')} Kommentare`);
