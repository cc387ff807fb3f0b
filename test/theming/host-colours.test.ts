import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/press-widgets.js';
import { FakeServer, fixtureText, json, recorded } from '../support/fake-server.js';
import { shadow, until } from '../support/dom.js';

const POSTS = 'https://news.example/wp-json/wp/v2/posts';
const COMMENTS = 'https://news.example/wp-json/wp/v2/comments';
const held = { id: 99, post: 6, parent: 0, author_name: 'Erika Muster', date_gmt: '2024-08-28T10:00:00', content: { rendered: '<p>Gute Sache!</p>' }, status: 'hold' };

function site(failing: boolean): FakeServer {
  const server = new FakeServer();
  if (failing) return server.on('GET', () => true, () => new Response('<title>Bad Gateway</title>', { status: 502, headers: { 'content-type': 'text/html' } })).install();
  return server
    .on('GET', (url) => url.searchParams.has('include'), async () => json([await (await recorded('post-bexbach')).json()]))
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .on('GET', (url) => url.pathname.endsWith('/posts'), () => recorded('posts-per_page5-page1'))
    .on('GET', (url) => url.pathname.endsWith('/comments'), () => recorded('comments-asc'))
    .on('POST', '/wp/v2/comments', () => json(held, 201))
    .install();
}

/** A host page in the style of a WordPress theme: light by default, dark by its own CSS only. */
const PAGE_CSS = `
  .theme-page { background: #ffffff; color: #222222; padding: 1rem; }
  .theme-page.is-dark { background: #181818; color: #e6e6e6; }
  @media (prefers-color-scheme: dark) { .theme-page.follows-os { background: #181818; color: #e6e6e6; } }
`;

const widgets = [
  '<press-card href="https://news.example/a" headline="Schlagzeile" excerpt="<p>Anriss</p>" category="Region" author="Anna" date="2024-08-28T08:00:00Z"></press-card>',
  `<press-card-list eager source="${POSTS}" limit="3"></press-card-list>`,
  `<press-nav eager source="${POSTS}" current="6"></press-nav>`,
  `<press-comments eager source="${COMMENTS}" post="6"></press-comments>`,
  `<press-comment-count eager source="${COMMENTS}" post="6" href="https://news.example/a"></press-comment-count>`,
].join('');

const tags = ['press-card', 'press-card-list', 'press-nav', 'press-comments', 'press-comment-count'];

describe('a host page that turns dark by its own CSS (no color-scheme)', function () {
  this.timeout(30_000);
  let server: FakeServer | undefined;
  let page: HTMLElement | undefined;
  let style: HTMLStyleElement | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    server?.uninstall();
    page?.remove();
    style?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  async function mount(className: string, failing = false, theme = ''): Promise<HTMLElement[]> {
    server = site(failing);
    const themeCss = theme ? await fixtureText(`../../src/themes/${theme}.css`) : '';
    style = Object.assign(document.createElement('style'), { textContent: PAGE_CSS + themeCss });
    document.head.append(style);
    page = Object.assign(document.createElement('main'), { lang: 'de', className: `theme-page ${className}` });
    page.innerHTML = widgets;
    document.body.append(page);
    const elements = tags.map((tag) => page!.querySelector<HTMLElement>(tag)!);
    const ready = failing ? '[part~="error"]' : '[part~="headline"], [part~="prev"], [part~="comment"], a[part~="base"]';
    // press-comment-count keeps a count it already fetched on this page (one request per post): then it shows that.
    const shown = (el: HTMLElement) => shadow(el).querySelector(el.localName === 'press-comment-count' ? '[part~="error"], a[part~="base"]' : ready) || shadow(el).querySelector('press-card');
    for (const el of elements.slice(1)) await until(() => shown(el), 5000, `${el.localName} rendered`);
    return elements;
  }

  const allDark = (elements: HTMLElement[]) => until(() => elements.every((el) => el.matches(':state(dark)')), 3000, 'every widget to see the dark page');

  async function formErrorsThenHeld(comments: HTMLElement): Promise<void> {
    const root = shadow(comments);
    root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await until(() => root.querySelector('[aria-invalid="true"]'), 3000, 'field errors');
    await expect(page).to.be.accessible();
    for (const [name, value] of Object.entries({ author: 'Erika Muster', email: 'erika@example.org', comment: 'Gute Sache!' })) {
      const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await until(() => root.querySelector('[part~="moderation"]'), 3000, 'the held comment');
    await expect(page).to.be.accessible();
  }

  for (const theme of ['', 'default', 'newspaper']) {
    it(`a class switch (live)${theme ? `, ${theme} theme` : ''}: every element, filled, then form errors and a held comment, passes axe`, async () => {
      const elements = await mount('', false, theme);
      expect(elements.some((el) => el.matches(':state(dark)'))).to.equal(false);
      const accentLight = getComputedStyle(shadow(elements[0]).querySelector('[part~="category"]')!).color;
      const heard: Event[] = [];
      const listen = (event: Event) => heard.push(event);
      document.addEventListener('transitionend', listen);
      page!.classList.add('is-dark');
      await allDark(elements);
      document.removeEventListener('transitionend', listen);
      expect(heard, "the widgets' own colour watch does not reach the page's listeners").to.have.length(0);
      expect(getComputedStyle(shadow(elements[0]).querySelector('[part~="category"]')!).color).to.not.equal(accentLight);
      await expect(page).to.be.accessible();
      await formErrorsThenHeld(elements[3]);
      page!.classList.remove('is-dark');
      await until(() => elements.every((el) => !el.matches(':state(dark)')), 3000, 'back to light');
      await expect(page).to.be.accessible();
    });
  }

  it('a prefers-color-scheme media rule (live): every element, filled, then form errors and a held comment, passes axe', async () => {
    const elements = await mount('follows-os');
    await emulateMedia({ colorScheme: 'dark' });
    await allDark(elements);
    await expect(page).to.be.accessible();
    await formErrorsThenHeld(elements[3]);
  });

  for (const how of ['is-dark', 'follows-os'] as const) {
    it(`error states on a page dark by ${how === 'is-dark' ? 'a class' : 'a media rule'} pass axe`, async () => {
      if (how === 'follows-os') await emulateMedia({ colorScheme: 'dark' });
      const elements = await mount(how, true);
      await allDark(elements);
      await expect(page).to.be.accessible();
    });
  }

  it('theme="light" and theme="dark" still pin their scheme on a dark page', async () => {
    const elements = await mount('is-dark');
    await allDark(elements);
    const pinned = document.createElement('press-card');
    pinned.setAttribute('theme', 'light');
    pinned.setAttribute('category', 'Region');
    pinned.setAttribute('headline', 'Hell');
    page!.append(pinned);
    await until(() => shadow(pinned).querySelector('[part~="category"]'));
    expect(getComputedStyle(pinned).colorScheme).to.equal('light');
    expect(getComputedStyle(elements[0]).colorScheme).to.equal('dark');
    await expect(page).to.be.accessible();
  });

  it('a page that declares color-scheme: dark keeps working as before', async () => {
    const elements = await mount('');
    page!.style.colorScheme = 'dark';
    page!.style.background = 'Canvas';
    page!.style.color = 'CanvasText';
    await allDark(elements);
    await expect(page).to.be.accessible();
  });
});
