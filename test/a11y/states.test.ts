import { expect } from '@open-wc/testing';
import '../../src/press-widgets.js';
import type { PressElement } from '../../src/internal/press-element.js';
import { FakeServer, hang, json, recorded } from '../support/fake-server.js';
import { shadow, until } from '../support/dom.js';

const POSTS = 'https://news.example/wp-json/wp/v2/posts';
const COMMENTS = 'https://news.example/wp-json/wp/v2/comments';
const serverError = () => new Response('<html><head><title>Internal Server Error</title></head><body>Boom</body></html>', { status: 500, headers: { 'content-type': 'text/html' } });

type Respond = 'hang' | 'empty' | 'error' | 'filled';

/** Every request of every element answers the same way: hangs, is empty, fails, or is the recorded site. */
function site(respond: Respond): FakeServer {
  const server = new FakeServer();
  if (respond === 'hang') return server.on('GET', () => true, hang).install();
  if (respond === 'error') return server.on('GET', () => true, serverError).install();
  if (respond === 'empty') return server.on('GET', () => true, () => json([], 200, { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' })).install();
  return server
    .on('GET', (url) => url.pathname.endsWith('/posts'), () => recorded('posts-per_page5-page1'))
    .on('GET', (url) => url.searchParams.has('include'), async () => json([await (await recorded('post-bexbach')).json()]))
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .on('GET', (url) => url.pathname.endsWith('/comments'), () => recorded('comments-asc'))
    .install();
}

const elements: Array<[string, Record<string, string>]> = [
  ['press-card-list', { source: POSTS, limit: '3' }],
  ['press-nav', { source: POSTS, current: '6' }],
  ['press-comments', { source: COMMENTS, post: '6' }],
];

/** What each state looks like once reached, so axe checks the state and not a moment before it. */
const reached: Record<Respond, (root: ShadowRoot) => unknown> = {
  hang: (root) => root.querySelector('[aria-busy="true"], .skeleton'),
  // Rendered, and no longer busy (an empty press-nav renders no links and no box: there is nothing to link).
  empty: (root) => root.childElementCount > 0 && !root.querySelector('[aria-busy="true"], .skeleton'),
  error: (root) => root.querySelector('[part~="error"]'),
  filled: (root) => root.querySelector('press-card, [part~="prev"], [part~="comment"]'),
};

describe('every element in every state is accessible, light and dark', function () {
  this.timeout(20_000);
  let server: FakeServer | undefined;
  let page: HTMLElement | undefined;
  afterEach(() => {
    server?.uninstall();
    page?.remove();
    page = undefined;
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const respond of ['hang', 'empty', 'error', 'filled'] as const) {
      it(`${respond}, ${scheme}`, async () => {
        server = site(respond);
        page = Object.assign(document.createElement('main'), { lang: 'de' });
        Object.assign(page.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
        document.body.append(page);
        const mounted = elements.map(([tag, attributes]) => {
          const el = document.createElement(tag) as PressElement;
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          page!.append(el);
          return el;
        });
        for (const el of mounted) await until(() => reached[respond](shadow(el)), 5000, `${el.localName} ${respond}`);
        await expect(page).to.be.accessible();
      });
    }

    it(`form errors, ${scheme}`, async () => {
      server = site('filled');
      page = Object.assign(document.createElement('main'), { lang: 'de' });
      Object.assign(page.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
      document.body.append(page);
      const comments = document.createElement('press-comments') as PressElement;
      comments.setAttribute('source', COMMENTS);
      comments.setAttribute('post', '6');
      page.append(comments);
      await until(() => shadow(comments).querySelector('[part~="submit"]'), 5000, 'the form');
      shadow(comments).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await until(() => shadow(comments).querySelector('[aria-invalid="true"]'), 3000, 'field errors');
      await expect(page).to.be.accessible();
    });
  }
});
