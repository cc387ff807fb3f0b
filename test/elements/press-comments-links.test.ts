import { expect } from '@open-wc/testing';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import { FakeServer } from '../support/fake-server.js';
import { makeThread, wordpressComments } from '../support/comment-thread.js';
import { shadow, text, until } from '../support/dom.js';

const SOURCE = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';

let server: FakeServer | undefined;
let page: HTMLElement | undefined;

/** Puts a press-comments `offset` px below the top of the page (a spacer above it, like an article). */
function place(offset: number, attributes: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light'): PressComments {
  page = document.createElement('main');
  Object.assign(page.style, { colorScheme: scheme, color: scheme === 'dark' ? '#ececec' : '#1b1b1b', background: scheme === 'dark' ? '#121212' : '#ffffff' });
  const spacer = Object.assign(document.createElement('div'), { className: 'spacer' });
  spacer.style.height = `${offset}px`;
  const el = document.createElement('press-comments') as PressComments;
  for (const [name, value] of Object.entries({ source: SOURCE, post: '6', ...attributes })) el.setAttribute(name, value);
  page.append(spacer, el);
  document.body.append(page);
  return el;
}

const serveThread = (count: number, parentOf?: (id: number) => number) => {
  server = new FakeServer().on('GET', '/wp/v2/comments', wordpressComments(makeThread(count, parentOf))).install();
  return server;
};
const requests = () => server!.requested('/wp/v2/comments');
const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const inView = (node: Element) => {
  const rect = node.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= innerHeight;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pageUrl = () => location.href.split('#')[0];

describe('press-comments: links, arriving at a comment, lazy loading', function () {
  this.timeout(15_000);
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', pageUrl());
    scrollTo(0, 0);
  });
  afterEach(() => {
    server?.uninstall();
    page?.remove();
    page = undefined;
    history.replaceState(null, '', pageUrl());
  });

  it('gives every comment a permalink to the page without its hash plus #comment-ID, around its date', async () => {
    history.replaceState(null, '', '#somewhere-else');
    serveThread(5, (id) => (id === 3 ? 2 : 0));
    const el = place(0, { eager: '' });
    await until(() => $(el, '#comment-5'));
    const comments = [...shadow(el).querySelectorAll('[part~="comment"]')];
    expect(comments).to.have.length(5);
    for (const comment of comments) {
      const link = comment.querySelector<HTMLAnchorElement>(':scope > [part="comment-body"] a[part="permalink"]')!;
      expect(link.href).to.equal(`${pageUrl()}#${comment.id}`);
      expect(link.querySelector('time[part="date"]'), 'the date is the link').to.exist;
    }
  });

  it('copies a comment link and says so', async () => {
    serveThread(2);
    let copied = '';
    const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
    const original = clipboard.writeText;
    clipboard.writeText = async (value: string) => void (copied = value);
    try {
      const el = place(0, { eager: '' });
      await until(() => $(el, '#comment-2'));
      const button = $<HTMLButtonElement>(el, '#comment-2 [part="copy-link"]')!;
      expect(text(button)).to.equal('Copy link (comment by Leser 2)');
      button.click();
      await until(() => copied);
      expect(copied).to.equal(`${pageUrl()}#comment-2`);
      await until(() => text($(el, '[part="status"]')) === 'Link copied');
      expect(text($(el, '#comment-2 [part="copy-link"]'))).to.contain('Link copied');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('opened at #comment-ID of page 2 of a 130-comment thread 2400 px down: loads it, marks, scrolls to and focuses it; hashchange moves it', async () => {
    serveThread(130, (id) => (id % 10 === 0 ? id - 1 : 0));
    history.replaceState(null, '', '#comment-125');
    const el = place(2400);
    await until(() => $(el, '[part~="target"]'), 8000, 'the target');
    const target = $(el, '#comment-125')!;
    expect(target.getAttribute('part')).to.equal('comment target');
    expect(requests().map((url) => url.searchParams.get('page'))).to.deep.equal([null, '2']);
    await until(() => document.activeElement === el && shadow(el).activeElement === target, 3000, 'focus on the target');
    expect(inView(target), `top ${target.getBoundingClientRect().top}`).to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="target"]')).to.have.length(1);

    // A reply, on the first page.
    location.hash = '#comment-10';
    await until(() => $(el, '#comment-10')?.getAttribute('part') === 'comment target', 3000, 'the new target');
    expect(target.getAttribute('part')).to.equal('comment');
    await until(() => shadow(el).activeElement?.id === 'comment-10', 3000, 'focus on the new target');
    expect(inView($(el, '#comment-10')!)).to.equal(true);
    expect(requests(), 'nothing more to load').to.have.length(2);
  });

  it('opened at #comment-ID near the end of the first page (rendered in slices): shows it at once, scrolled to and focused', async () => {
    serveThread(130);
    history.replaceState(null, '', '#comment-97');
    const el = place(1200);
    await until(() => $(el, '[part~="target"]'), 8000, 'the target');
    const target = $(el, '#comment-97')!;
    await until(() => shadow(el).activeElement === target, 3000, 'focus on the target');
    expect(inView(target), `top ${target.getBoundingClientRect().top}`).to.equal(true);
    expect(requests(), 'found on the first page').to.have.length(1);
    // Off-screen comments skip layout until near (content-visibility): the target stays put once they render.
    const top = target.getBoundingClientRect().top;
    await pause(300);
    expect(Math.abs(target.getBoundingClientRect().top - top), 'the target did not move').to.be.below(1);
    expect(shadow(el).querySelectorAll('[part~="comment"]')).to.have.length(100);
  });

  it('says once, politely, that a linked comment is not in the thread, and changes nothing else', async () => {
    serveThread(130);
    const el = place(0, { eager: '' });
    await until(() => $(el, '#comment-100'));
    const before = shadow(el).activeElement;
    location.hash = '#comment-4711';
    await until(() => text($(el, '[part="status"]')).includes('not in this thread'), 5000, 'the notice');
    expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    expect(text($(el, '[part="notice"]'))).to.equal('The linked comment is not in this thread: it may await moderation or have been removed.');
    expect($(el, '[part~="target"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(before);
    expect(requests().map((url) => url.searchParams.get('page')), 'looked for it on every page, once').to.deep.equal([null, '2']);
  });

  it('#respond focuses the comment field; #comments scrolls to the element', async () => {
    serveThread(3);
    history.replaceState(null, '', '#respond');
    const el = place(2400);
    await until(() => shadow(el).activeElement?.getAttribute('name') === 'comment', 5000, 'focus in the comment field');
    expect(inView($(el, '[name="comment"]')!)).to.equal(true);

    scrollTo(0, 0);
    location.hash = '#comments';
    await until(() => Math.abs(el.getBoundingClientRect().top) < 2, 3000, 'the element at the top of the view');
  });

  it('an element 3000 px below the fold makes no request until scrolled near', async () => {
    serveThread(3);
    const el = place(innerHeight + 3000);
    await pause(300);
    expect(requests()).to.have.length(0);
    expect($(el, '[part="skeleton"]'), 'a placeholder holds its place').to.exist;
    scrollTo(0, 2500);
    await until(() => requests().length === 1, 3000, 'the request once near');
    await until(() => $(el, '#comment-3'));
  });

  it('with eager, or when focus moves in, it loads at once', async () => {
    serveThread(3);
    const eager = place(innerHeight + 3000, { eager: '' });
    await until(() => requests().length === 1, 3000, 'the eager request');
    await until(() => $(eager, '#comment-3'));
    page!.remove();

    server!.requests.length = 0;
    const far = place(innerHeight + 3000);
    await pause(200);
    expect(requests()).to.have.length(0);
    far.focus({ preventScroll: true });
    // A test page the runner keeps in the background gets no focus events: send the one a focused page would.
    if (!document.hasFocus()) shadow(far).activeElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await until(() => requests().length === 1, 3000, 'the request after focus');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the target highlight, the pressed sort button and the notice are accessible (${scheme})`, async () => {
      serveThread(12, (id) => (id === 6 ? 5 : 0));
      history.replaceState(null, '', '#comment-6');
      const el = place(0, { lang: 'de' }, scheme);
      await until(() => $(el, '[part~="target"]'), 5000, 'the target');
      await expect(page).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="sort"]')!.click();
      await until(() => $(el, '[part="sort"]')!.getAttribute('aria-pressed') === 'true' && $(el, '#comment-12'));
      location.hash = '#comment-999';
      await until(() => $(el, '[part="notice"]'), 5000, 'the notice');
      await expect(page).to.be.accessible();
    });
  }
});
