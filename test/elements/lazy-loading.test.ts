import { expect } from '@open-wc/testing';
import '../../src/press-widgets.js';
import { clearCommentCounts } from '../../src/sources/comment-counts.js';
import { FakeServer, json, recorded } from '../support/fake-server.js';
import { commentsCollection } from '../support/fake-comment-counts.js';
import { shadow, until } from '../support/dom.js';

const SITE = 'http://127.0.0.1:8881';
const POSTS = `${SITE}/wp-json/wp/v2/posts`;
const COMMENTS = `${SITE}/wp-json/wp/v2/comments`;

/** A WordPress that answers every request these elements make. */
function wordPress(): FakeServer {
  return new FakeServer()
    .on('GET', (url) => url.pathname.endsWith('/posts'), () => recorded('posts-per_page5-page1'))
    .on('GET', (url) => url.searchParams.has('include'), async () => json([await (await recorded('post-bexbach')).json()]))
    .on('GET', (url) => url.searchParams.has('before'), () => recorded('post-bexbach-prev'))
    .on('GET', (url) => url.searchParams.has('after'), () => recorded('post-bexbach-next'))
    .on('GET', (url) => url.pathname.endsWith('/comments'), commentsCollection({ 6: 3 }))
    .install();
}

const cases: Array<[string, string, (root: ShadowRoot) => unknown]> = [
  ['press-card-list', `source="${POSTS}" limit="3"`, (root) => root.querySelector('press-card')],
  ['press-nav', `source="${POSTS}" current="6"`, (root) => root.querySelector('[part="prev"], [part="next"]')],
  ['press-comment-count', `source="${COMMENTS}" post="6"`, (root) => /3/.test(root.textContent ?? '')],
];

describe('lazy by default: fetching waits until the element is near the viewport', () => {
  let server: FakeServer;
  let page: HTMLElement | undefined;
  beforeEach(() => (server = wordPress()));
  afterEach(() => {
    server.uninstall();
    page?.remove();
    clearCommentCounts();
    window.scrollTo(0, 0);
  });

  /** `tag` 3 000 px below the fold, after a spacer; an on-screen sentinel proves the observers have answered. */
  function farBelow(tag: string, attributes: string, extra = ''): { el: HTMLElement; sentinel: HTMLElement } {
    page = document.createElement('main');
    const sentinel = Object.assign(document.createElement('press-card'), { headline: 'on screen' });
    page.append(sentinel);
    page.insertAdjacentHTML('beforeend', `<div style="height:${window.innerHeight + 3000}px"></div><${tag} ${attributes} ${extra}></${tag}>`);
    document.body.append(page);
    return { el: page.querySelector<HTMLElement>(tag)!, sentinel };
  }

  for (const [tag, attributes, rendered] of cases) {
    it(`<${tag}> 3 000 px below the fold makes no request until scrolled near`, async () => {
      const { el } = farBelow(tag, attributes);
      // An eager twin on the same page proves the page is live and answering.
      page!.insertAdjacentHTML('afterbegin', `<${tag} ${attributes} eager></${tag}>`);
      const twin = page!.firstElementChild as HTMLElement;
      await until(() => rendered(shadow(twin)), 4000, 'the eager twin');
      const before = server.requests.length;
      await new Promise((r) => setTimeout(r, 200));
      expect(server.requests.length).to.equal(before, 'nothing more was fetched for the far element');
      expect(rendered(shadow(el))).to.not.be.ok;
      el.scrollIntoView({ block: 'end' });
      await until(() => rendered(shadow(el)), 4000, `${tag} after scrolling`);
    });

    it(`<${tag} eager> 3 000 px below the fold loads at once`, async () => {
      const { el } = farBelow(tag, attributes, 'eager');
      await until(() => rendered(shadow(el)), 4000, `${tag} eager`);
      expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 2, 'still far below');
    });

    it(`<${tag}> that is hidden (display: none) never fetches`, async () => {
      const { el } = farBelow(tag, attributes);
      el.style.display = 'none';
      el.scrollIntoView();
      window.scrollTo(0, document.body.scrollHeight);
      page!.insertAdjacentHTML('beforeend', `<${tag} ${attributes}></${tag}>`);
      const visible = page!.lastElementChild as HTMLElement;
      await until(() => rendered(shadow(visible)), 4000, 'a visible twin next to it');
      const requests = server.requests.length;
      await new Promise((r) => setTimeout(r, 200));
      expect(server.requests.length).to.equal(requests);
      expect(rendered(shadow(el))).to.not.be.ok;
    });
  }

  it('<press-nav keyboard> far below loads at once: the arrow keys work from anywhere on the page', async () => {
    const { el } = farBelow('press-nav', `source="${POSTS}" current="6"`, 'keyboard');
    await until(() => shadow(el).querySelector('[part="prev"]'), 4000, 'the neighbours of a keyboard nav');
  });

  it('focus moving into a far <press-nav> loads it at once', async () => {
    const { el } = farBelow('press-nav', `source="${POSTS}" current="6"`, 'tabindex="-1"');
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests).to.have.length(0);
    el.focus({ preventScroll: true });
    // A window in the background of a concurrent run gets no focus events: send the one focus would.
    if (!document.hasFocus()) el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await until(() => server.requests.length > 0, 3000, 'a request after focus');
  });
});
