import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import { createDemoApi, type DemoApi } from '../../demo/api/router.js';
import { DEMO_READER, SESSION_COOKIE, nonceFor } from '../../demo/api/session.js';
import type { FakeServer } from '../support/fake-server.js';
import { demoServer } from '../support/demo-server.js';
import { shadow, text, until } from '../support/dom.js';

// The demo's /stock site refuses anonymous REST comments, as a stock WordPress does.
const SOURCE = `${location.origin}/stock/wp-json/wp/v2/comments`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);

let server: FakeServer;
let api: DemoApi;
let token = 'abcdef0123456789';

async function mount(attributes = html`<press-comments source=${SOURCE} post="23" eager></press-comments>`, parentNode?: HTMLElement): Promise<PressComments> {
  const el = await fixture<PressComments>(attributes, { parentNode });
  await until(() => $(el, '[part~="comment"]') && $(el, 'textarea[name="comment"]'), 3000, 'thread and form');
  return el;
}
const visible = (el: HTMLElement | null) => !!el && el.getClientRects().length > 0;
async function write(el: PressComments, comment: string): Promise<void> {
  const textarea = $<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!;
  textarea.value = comment;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
}
const posts = () => server.requests.filter((r) => r.method === 'POST');

describe('press-comments for a signed-in reader', function () {
  this.timeout(15_000);
  beforeEach(() => {
    localStorage.clear();
    token = 'abcdef0123456789';
    window.wpApiSettings = { root: `${location.origin}/stock/wp-json/`, nonce: nonceFor(token) };
    ({ server, api } = demoServer({ api: createDemoApi(), cookie: () => `${SESSION_COOKIE}=${token}` }));
  });
  afterEach(() => {
    server.uninstall();
    delete window.wpApiSettings;
  });

  it('asks users/me with X-WP-Nonce, greets the reader, asks no name or e-mail, and posts as them over REST', async () => {
    const el = await mount();
    await until(() => $(el, '[part~="signed-in"]'), 3000, 'greeting');
    const [me] = server.requests.filter((r) => r.url.includes('/users/me'));
    expect(me.headers.get('X-WP-Nonce')).to.equal(nonceFor(token));
    expect(me.credentials).to.equal('same-origin');
    expect(text($(el, '[part~="signed-in"]'))).to.equal(`Signed in as ${DEMO_READER.name}`);
    expect(visible($(el, '[name="author"]')), 'no name field').to.equal(false);
    expect(visible($(el, '[name="email"]')), 'no e-mail field').to.equal(false);
    expect(visible($(el, '[name="url"]')), 'no website field').to.equal(false);

    await write(el, 'Danke für die vielen Hinweise – die Redaktion bleibt dran.');
    await until(() => posts().length && $(el, `#comment-${api.store.comments[api.store.comments.length - 1].id}`), 4000, 'posted comment');
    const [post] = posts();
    expect(new URL(post.url).pathname, 'REST, not the classic form').to.equal('/stock/wp-json/wp/v2/comments');
    expect(post.headers.get('X-WP-Nonce')).to.equal(nonceFor(token));
    expect(await post.clone().json()).to.deep.include({ post: 23, author: DEMO_READER.id });
    const stored = api.store.comments[api.store.comments.length - 1];
    expect(stored).to.include({ author_name: DEMO_READER.name, user_id: DEMO_READER.id, status: 'approved' });
    expect(text($(el, `#comment-${stored.id} [part="author"]`))).to.equal(DEMO_READER.name);
    expect(server.requested('wp-comments-post.php')).to.have.length(0);
  });

  it('while users/me is pending: no guest fields, the greeting line kept, the comment field usable', async () => {
    let answer!: (response: Response) => void;
    server.on('GET', '/users/me', () => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await mount();
    await until(() => answer, 3000, 'users/me asked');
    for (const name of ['author', 'email', 'url']) expect(visible($(el, `[name="${name}"]`)), `no ${name} field while asking`).to.equal(false);
    expect($(el, '[part~="signed-in"]'), 'no greeting yet').to.equal(null);
    const textarea = $<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!;
    textarea.focus();
    textarea.value = 'Schon beim Laden getippt.';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(shadow(el).activeElement, 'the comment field takes focus').to.equal(textarea);
    const top = textarea.getBoundingClientRect().top;
    answer(new Response(JSON.stringify({ id: DEMO_READER.id, name: DEMO_READER.name }), { headers: { 'content-type': 'application/json' } }));
    await until(() => $(el, '[part~="signed-in"]'), 3000, 'greeting');
    expect(text($(el, '[part~="signed-in"]'))).to.equal(`Signed in as ${DEMO_READER.name}`);
    expect($(el, 'textarea[name="comment"]'), 'the same field').to.equal(textarea);
    expect(textarea.getBoundingClientRect().top, 'the greeting took the reserved line: nothing moved').to.equal(top);
    expect(textarea.value).to.equal('Schon beim Laden getippt.');
    expect(visible($(el, '[name="author"]'))).to.equal(false);
  });

  it('a guest on a page without a nonce sees the guest fields at once (nothing is asked)', async () => {
    delete window.wpApiSettings;
    const el = await fixture<PressComments>(html`<press-comments source=${SOURCE} post="23" eager></press-comments>`);
    await until(() => $(el, 'textarea[name="comment"]'), 3000, 'form');
    expect(visible($(el, '[name="author"]')), 'with the first form').to.equal(true);
    expect(visible($(el, '[name="email"]'))).to.equal(true);
    await until(() => $(el, '[part~="comment"]'), 3000, 'thread');
    expect(server.requested('/users/me')).to.have.length(0);
  });

  it('greets in German and is accessible, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = Object.assign(document.createElement('main'), { lang: 'de' });
      Object.assign(page.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
      document.body.append(page);
      const el = await mount(undefined, page);
      await until(() => $(el, '[part~="signed-in"]'), 3000, 'greeting');
      expect(text($(el, '[part~="signed-in"]'))).to.equal('Angemeldet als Jana Redakteurin');
      await expect(page).to.be.accessible();
      page.hidden = true;
    }
  });

  it('an expired nonce falls back to the guest form with a clear message, the text kept', async () => {
    const el = await mount();
    await until(() => $(el, '[part~="signed-in"]'), 3000, 'greeting');
    token = 'fedcba9876543210'; // signed in again elsewhere: the nonce printed in this page is stale now
    const words = 'Dieser Text darf nicht verloren gehen.';
    await write(el, words);
    await until(() => $(el, '[part~="error"]'), 4000, 'the message');
    expect(text($(el, '[part~="error"]'))).to.contain('Your sign-in has expired');
    expect(!!$(el, '[part~="signed-in"]')).to.equal(false);
    expect(visible($(el, '[name="author"]')), 'the guest form is back').to.equal(true);
    expect($<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!.value).to.equal(words);
    expect(api.store.comments.some((c) => c.content.includes('verloren'))).to.equal(false);
  });

  it('a nonce already stale when the page loads says so above the guest form', async () => {
    window.wpApiSettings = { nonce: 'deadbeef00' };
    const el = await mount();
    await until(() => $(el, '[part~="session-expired"]'), 3000, 'notice');
    expect(text($(el, '[part~="session-expired"]'))).to.contain('Your sign-in has expired');
    expect(visible($(el, '[name="author"]'))).to.equal(true);
  });

  it('sends no nonce to another origin, and no nonce means no users/me', async () => {
    const el = await mount(html`<press-comments source="http://127.0.0.1:8881/wp-json/wp/v2/comments" post="23" eager></press-comments>`);
    const other = server.requests.filter((r) => r.url.startsWith('http://127.0.0.1:8881/'));
    expect(other.length).to.be.above(0);
    expect(other.some((r) => r.headers.has('X-WP-Nonce')), 'no nonce to another host').to.equal(false);
    expect(other.some((r) => r.url.includes('/users/me')), 'no users/me there').to.equal(false);
    expect(visible($(el, '[name="author"]'))).to.equal(true);
  });
});

describe('press-comments: a post that timed out', function () {
  this.timeout(15_000);
  beforeEach(() => {
    localStorage.clear();
    ({ server, api } = demoServer({ api: createDemoApi() }));
  });
  afterEach(() => server.uninstall());

  /** The first POST reaches the server (stored) but its answer never arrives. */
  function landWithoutAnswer(): void {
    let first = true;
    server.on('POST', '/wp/v2/comments', async (request, url) => {
      const body = await request.clone().text();
      const answer = api.handle({ method: 'POST', url: url.href, headers: { 'content-type': 'application/json' }, body });
      if (first) {
        first = false;
        return new Promise<Response>(() => {}); // stored, but the reader never hears
      }
      return new Response(answer!.body, { status: answer!.status, headers: answer!.headers });
    });
  }
  const guest = async (el: PressComments, comment: string) => {
    for (const [name, value] of Object.entries({ author: 'Erika Muster', email: 'erika@example.org', comment })) {
      const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
  };

  it('a retry finds the landed comment in the thread: shown once, sent once', async () => {
    landWithoutAnswer();
    const el = await fixture<PressComments>(html`<press-comments source=${`${location.origin}/wp-json/wp/v2/comments`} post="23" eager timeout="400"></press-comments>`);
    await until(() => $(el, 'textarea[name="comment"]'), 3000, 'form');
    await guest(el, 'Ein Kommentar, der ankam.');
    await until(() => $(el, '[part~="retry"]'), 3000, 'timeout message');
    expect(text($(el, '[part~="error"]'))).to.contain('may have arrived');
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    const stored = () => api.store.comments.filter((c) => c.content.includes('ankam'));
    await until(() => $(el, `#comment-${stored()[0]?.id}`), 3000, 'the comment shown');
    expect(posts()).to.have.length(1);
    expect(stored()).to.have.length(1);
    expect(shadow(el).querySelectorAll(`#comment-${stored()[0].id}`)).to.have.length(1);
  });

  it('a retry answered comment_duplicate counts as posted (held for moderation here)', async () => {
    landWithoutAnswer();
    const el = await fixture<PressComments>(html`<press-comments source=${`${location.origin}/wp-json/wp/v2/comments`} post="23" eager timeout="400"></press-comments>`);
    await until(() => $(el, 'textarea[name="comment"]'), 3000, 'form');
    // "Moderation" makes the demo hold it: the thread does not list it, so the retry sends and meets the duplicate check.
    await guest(el, 'Bitte zur Moderation vorlegen.');
    await until(() => $(el, '[part~="retry"]'), 3000, 'timeout message');
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await until(() => $(el, '[part~="moderation"]'), 3000, 'shown as awaiting moderation');
    expect(posts()).to.have.length(2);
    expect(api.store.comments.filter((c) => c.content.includes('Moderation'))).to.have.length(1);
    expect(shadow(el).querySelectorAll('[part~="moderation"]')).to.have.length(1);
    expect(!!$(el, '[part~="error"]')).to.equal(false);
  });
});
