import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/press-widgets.js';
import { FakeServer, json, recorded } from '../support/fake-server.js';
import { fixtureText } from '../support/fake-server.js';
import { shadow, until } from '../support/dom.js';
import 'axe-core/axe.min.js';

declare const axe: typeof import('axe-core');

const POSTS = 'https://news.example/wp-json/wp/v2/posts';
const COMMENTS = 'https://news.example/wp-json/wp/v2/comments';

/** A WordPress site with the recorded Bexbach thread: posts, neighbours, comments, posting. */
function site(): FakeServer {
  return new FakeServer()
    .on('GET', (url) => url.pathname.endsWith('/posts'), () => recorded('posts-per_page5-page1'))
    .on('GET', (url) => url.searchParams.has('include') || url.searchParams.has('slug'), async () => json([await (await recorded('post-bexbach')).json()]))
    .on('GET', (url) => url.pathname.endsWith('/posts/6'), () => recorded('post-bexbach'))
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .on('GET', (url) => url.pathname.endsWith('/comments'), () => recorded('comments-asc'))
    .on('POST', (url) => url.pathname.endsWith('/comments'), () => recorded('post-comment-response'))
    .install();
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// eager: the whole page is checked at once, as a reader who scrolled through it would see it.
const page = () => html`<main lang="de">
  <h1>Sicherheitspartnerschaft mit Bexbach</h1>
  <press-card heading-level="2" href="https://news.example/a" headline="Tag der offenen Tür" image="https://news.example/a.jpg" image-alt="Polizeiwagen" credit="Foto: Polizei" date="2024-08-31T08:00:00Z" category="Polizei" excerpt="<p>Text</p>"></press-card>
  <press-nav eager source=${POSTS} current="6"></press-nav>
  <press-comments eager source=${COMMENTS} post="6"></press-comments>
  <press-card-list eager source=${POSTS} limit="5"></press-card-list>
</main>`;

async function rendered(main: Element): Promise<void> {
  const nav = main.querySelector('press-nav')!;
  const comments = main.querySelector('press-comments')!;
  const list = main.querySelector('press-card-list')!;
  await until(() => shadow(nav).querySelector('[part~="prev"]') && shadow(nav).querySelector('[part~="next"]'), 5000, 'nav links');
  await until(() => shadow(comments).querySelectorAll('[part~="comment"]').length > 0, 5000, 'comments');
  // The list sits below the comment section, more than a viewport down: it loads once a reader scrolls near.
  list.scrollIntoView();
  await until(() => shadow(list).querySelectorAll('press-card').length === 5, 5000, 'cards');
  scrollTo(0, 0);
}

describe('a page with all four elements', function () {
  // Four elements, a dozen requests and a full axe run: slower than a unit test on a busy machine.
  this.timeout(30_000);
  let server: FakeServer;
  beforeEach(() => (server = site()));
  afterEach(async () => {
    server.uninstall();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${scheme} scheme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const main = await fixture(page());
      (main as HTMLElement).style.colorScheme = 'light dark';
      (main as HTMLElement).style.color = scheme === 'dark' ? '#eee' : '#111';
      (main as HTMLElement).style.background = scheme === 'dark' ? '#121212' : '#fff';
      await rendered(main);
      await expect(main).to.be.accessible();
    });
  }

  // WCAG 2.2 AA including target size, with each shipped theme, in both schemes.
  for (const theme of ['default', 'newspaper'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`meets WCAG 2.2 AA with the ${theme} theme in the ${scheme} scheme`, async () => {
        const style = document.createElement('style');
        style.textContent = await fixtureText(`../../src/themes/${theme}.css`);
        document.head.append(style);
        try {
          const main = (await fixture(page())) as HTMLElement;
          Object.assign(main.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
          await rendered(main);
          const result = await axe.run(main, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(found).to.deep.equal([]);
        } finally {
          style.remove();
        }
      });
    }
  }

  it('lets Tab reach the nav links and every form control in order, and Enter on submit submits', async () => {
    const main = await fixture(page());
    await rendered(main);
    const nav = shadow(main.querySelector('press-nav')!);
    const comments = main.querySelector('press-comments')!;
    const root = shadow(comments);

    (main.querySelector('press-card') as HTMLElement).focus();
    const reached: Element[] = [];
    for (let i = 0; i < 40 && reached.length < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active) reached.push(active);
    }
    const index = (el: Element | null) => reached.indexOf(el!);
    const prev = nav.querySelector('[part~="prev"]');
    const next = nav.querySelector('[part~="next"]');
    const controls = ['comment', 'author', 'email', 'url'].map((name) => root.querySelector(`[name="${name}"]`));
    const submit = root.querySelector('[part~="submit"]');
    expect(index(prev)).to.be.greaterThan(-1, 'Tab reaches the previous link');
    expect(index(next)).to.be.greaterThan(index(prev));
    for (const control of controls) expect(index(control)).to.be.greaterThan(index(next), `Tab reaches ${control?.getAttribute('name')}`);
    expect(index(submit)).to.be.greaterThan(Math.max(...controls.map(index)));

    const field = (name: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
    field('author').value = 'Erika Muster';
    field('author').dispatchEvent(new Event('input', { bubbles: true }));
    field('email').value = 'erika@example.org';
    field('email').dispatchEvent(new Event('input', { bubbles: true }));
    field('comment').value = 'Ein guter Schritt für Bexbach.';
    field('comment').dispatchEvent(new Event('input', { bubbles: true }));
    (submit as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => server.requests.some((r) => r.method === 'POST'), 3000, 'the POST');
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(await post.text())).to.include({ author_name: 'Erika Muster', content: 'Ein guter Schritt für Bexbach.', post: 6 });
  });
});
