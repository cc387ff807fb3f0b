import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import { createDemoApi, type DemoApi } from '../../demo/api/router.js';
import { gmt, siteLocal } from '../../demo/api/time.js';
import type { FakeServer } from '../support/fake-server.js';
import { demoServer } from '../support/demo-server.js';
import { shadow, text, until } from '../support/dom.js';

const SOURCE = `${location.origin}/wp-json/wp/v2/comments`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);

let server: FakeServer;
let api: DemoApi;
let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Another reader's comment arriving on the server now. */
function arrive(author: string, parent = 0): number {
  const now = new Date();
  return api.store.add({ post: 23, parent, author_name: author, author_email: `${author.split(' ')[0].toLowerCase()}@example.org`, author_url: '', content: `<p>Kommentar von ${author}</p>`, date: siteLocal(now), date_gmt: gmt(now), status: 'approved' }).id;
}
const commentRequests = () => server.requested('/wp/v2/comments');

async function mount(live = '1', parentNode?: HTMLElement): Promise<PressComments> {
  const el = await fixture<PressComments>(html`<press-comments source=${SOURCE} post="23" live=${live}></press-comments>`, { parentNode });
  await until(() => $(el, '[part~="comment"]'), 3000, 'thread');
  return el;
}

describe('press-comments live', function () {
  this.timeout(20_000);
  before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  beforeEach(() => {
    localStorage.clear();
    ({ server, api } = demoServer({ api: createDemoApi() }));
  });
  afterEach(() => {
    server.uninstall();
    setVisibility('visible');
  });

  it('announces a new comment with part new-comments, shows it only when asked, and focuses it', async () => {
    const el = await mount();
    const id = arrive('Lena Hartmann');
    await until(() => $(el, '[part="new-comments"]'), 5000, 'announcement');
    const button = $<HTMLButtonElement>(el, '[part="new-comments"]')!;
    expect(text(button)).to.equal('1 new comment');
    expect(!!button.closest('[role="status"]'), 'announced politely').to.equal(true);
    expect(!!$(el, `#comment-${id}`), 'not inserted by surprise').to.equal(false);
    await expect(el).to.be.accessible();

    const scrolled = window.scrollY;
    button.click();
    await until(() => $(el, `#comment-${id}`), 2000, 'the new comment');
    expect(shadow(el).activeElement?.id).to.equal(`comment-${id}`);
    expect(window.scrollY, 'no scroll jump').to.equal(scrolled);
    expect(!!$(el, '[part="new-comments"]')).to.equal(false);
    expect(text($(el, '[part="heading"]'))).to.equal('5 comments');
  });

  for (const order of ['oldest', 'newest']) it(`the announcement moves nothing in view when it appears (${order} first)`, async () => {
    const footer = Object.assign(document.createElement('footer'), { textContent: 'Impressum · Datenschutz' });
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
    });
    try {
      const el = await mount();
      el.order = order as 'oldest' | 'newest';
      await el.updateComplete;
      el.after(footer);
      // Where the announcement will appear is in view: the end of the thread (oldest first) or its start.
      if (order === 'oldest') footer.scrollIntoView({ block: 'end' });
      else $(el, '.thread-area')!.scrollIntoView({ block: 'start' });
      await wait(100);
      observer.observe({ type: 'layout-shift' });
      arrive('Lena Hartmann');
      await until(() => $(el, '[part="new-comments"]'), 5000, 'announcement');
      await wait(200);
      expect(shifts.reduce((sum, value) => sum + value, 0), 'layout shift when the announcement appears').to.equal(0);
    } finally {
      observer.disconnect();
      footer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('asks one small question whose URL is the same for every reader, and counts in German', async () => {
    const parent = Object.assign(document.createElement('div'), { lang: 'de' });
    document.body.append(parent);
    const el = await mount('1', parent);
    await until(() => commentRequests().length >= 3, 5000, 'two checks');
    const [, first, second] = commentRequests();
    expect(first.href, 'no cache buster: the same question gives the same URL').to.equal(second.href);
    expect(Object.fromEntries(first.searchParams)).to.deep.equal({
      post: '23',
      after: '2025-09-05T06:20:00Z',
      order: 'asc',
      per_page: '20',
      _fields: 'id,post,parent,author_name,author_url,author_avatar_urls,date,date_gmt,content,link,status',
    });
    arrive('Lena Hartmann');
    arrive('Klaus Wagner');
    arrive('Fatma Yılmaz');
    await until(() => text($(el, '[part="new-comments"]')) === '3 neue Kommentare', 5000, '"3 neue Kommentare"');
  });

  it('asks nothing while the tab is hidden and checks again when it is visible', async () => {
    const el = await mount();
    await until(() => commentRequests().length >= 2, 5000, 'a first check');
    setVisibility('hidden');
    const before = commentRequests().length;
    arrive('Lena Hartmann');
    await wait(2500);
    expect(commentRequests().length, 'no comment request while hidden').to.equal(before);
    expect(!!$(el, '[part="new-comments"]')).to.equal(false);
    setVisibility('visible');
    await until(() => $(el, '[part="new-comments"]'), 3000, 'checks resumed');
  });

  it('keeps what the reader reads in place when new comments land above it, and backs off when the server fails', async () => {
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 150vh' });
    const after = Object.assign(document.createElement('div'), { style: 'height: 150vh' });
    document.body.prepend(spacer);
    try {
      const el = await mount();
      el.after(after); // room to scroll the comment being read to the top
      el.scrollIntoView(); // checks run only while the thread is on screen
      // A reply to the first comment lands above what the reader is looking at.
      const id = arrive('Klaus Wagner', 2);
      await until(() => $(el, '[part="new-comments"]'), 5000, 'announcement');
      // The reader reads comment 4, which comes after comment 2's replies: the new reply lands above it.
      const reading = $(el, '#comment-4 > [part~="comment-body"]')!;
      reading.scrollIntoView({ block: 'start' });
      const top = reading.getBoundingClientRect().top;
      $<HTMLButtonElement>(el, '[part="new-comments"]')!.click();
      await until(() => $(el, `#comment-${id}`), 2000, 'the reply');
      expect(Math.round(reading.getBoundingClientRect().top - top), 'the comment being read did not move').to.equal(0);

      // Failures double the wait: after a 500, fewer checks follow than the interval would allow.
      server.on('GET', '/wp/v2/comments', () => new Response('{"code":"internal_server_error","message":"x"}', { status: 500, headers: { 'content-type': 'application/json' } }));
      const start = commentRequests().length;
      await wait(4500);
      const failed = commentRequests().length - start;
      expect(failed).to.be.within(1, 3);
      expect(!!$(el, '[part="error"]'), 'a failed live check does not break the thread').to.equal(false);
    } finally {
      spacer.remove();
      after.remove();
      window.scrollTo(0, 0);
    }
  });

  it('is accessible with the announcement, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = Object.assign(document.createElement('main'), { lang: 'de' });
      Object.assign(page.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
      document.body.append(page);
      const el = await mount('1', page);
      arrive(`Leser ${scheme}`);
      await until(() => $(el, '[part="new-comments"]'), 5000, 'announcement');
      await expect(page).to.be.accessible();
      page.hidden = true; // the next scheme gets the screen (open-wc removes both pages afterwards)
    }
  });
});
