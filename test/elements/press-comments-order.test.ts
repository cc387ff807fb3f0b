import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import { FakeServer, json } from '../support/fake-server.js';
import { makeThread, wordpressComments, type WpComment } from '../support/comment-thread.js';
import { shadow, text, until } from '../support/dom.js';

const SOURCE = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';

let server: FakeServer | undefined;
const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
/** Ids of the comments of one list, in the order shown. */
const ids = (list: Element | null) => [...(list?.children ?? [])].map((item) => Number(item.id.replace('comment-', '')));
const topLevel = (el: Element) => ids($(el, '[part="thread"]'));
const repliesOf = (el: Element, id: number) => ids($(el, `#comment-${id} > [part="thread"]`));
const serve = (comments: WpComment[]) => (server = new FakeServer().on('GET', '/wp/v2/comments', wordpressComments(comments)).install());
const mount = (template = html`<press-comments source=${SOURCE} post="6" order="newest" eager></press-comments>`) => fixture<PressComments>(template);

/** 12 comments: 2 and 3 answer 1, 4 answers 2 (a reply to a reply), 12 answers 1 (a late reply to the oldest comment). */
const parents: Record<number, number> = { 2: 1, 3: 1, 4: 2, 12: 1 };
const small = () => makeThread(12, (id) => parents[id] ?? 0);

describe('press-comments: order', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => server?.uninstall());

  it('order="newest" puts the newest thread first, replies under their parent oldest first', async () => {
    serve(small());
    const el = await mount();
    await until(() => $(el, '#comment-12'));
    expect(topLevel(el)).to.deep.equal([11, 10, 9, 8, 7, 6, 5, 1]);
    expect(repliesOf(el, 1)).to.deep.equal([2, 3, 12]);
    expect(repliesOf(el, 2)).to.deep.equal([4]);
    expect(text($(el, '[part="heading"]')), 'the whole thread is counted').to.equal('12 comments');
    const asked = server!.requested('/wp/v2/comments').map((url) => Object.fromEntries(url.searchParams));
    expect(asked).to.deep.include({ post: '6', parent: '0', order: 'desc', per_page: '100' });
    expect(asked).to.deep.include({ post: '6', parent: '11,10,9,8,7,6,5,1', order: 'asc', per_page: '100' });
    expect(asked).to.deep.include({ post: '6', parent: '2,3,12', order: 'asc', per_page: '100' });
  });

  it('the sort control switches the order, and the choice wins after a reload', async () => {
    serve(small());
    const el = await mount(html`<press-comments source=${SOURCE} post="6" eager></press-comments>`);
    await until(() => $(el, '#comment-12'));
    expect(topLevel(el)).to.deep.equal([1, 5, 6, 7, 8, 9, 10, 11]);
    const sort = $<HTMLButtonElement>(el, '[part="sort"]')!;
    expect(text(sort)).to.equal('Newest first');
    expect(sort.getAttribute('aria-pressed')).to.equal('false');
    sort.click();
    await until(() => topLevel(el)[0] === 11, 3000, 'newest first');
    expect($(el, '[part="sort"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(localStorage.getItem('press-widgets:comment-order')).to.equal('newest');
    el.remove();

    const again = await mount(html`<press-comments source=${SOURCE} post="6" order="oldest" eager></press-comments>`);
    await until(() => $(again, '#comment-12'));
    expect(topLevel(again), "the reader's choice over the attribute").to.deep.equal([11, 10, 9, 8, 7, 6, 5, 1]);
  });

  it('pages newest first: the next page holds older threads with their replies, nothing twice', async () => {
    // 150 top-level comments; every one from 101 on has a reply, newer than everything else.
    const thread = makeThread(150);
    for (let i = 0; i < 50; i++) thread.push({ ...makeThread(1)[0], id: 1000 + i, parent: 101 + i, author_name: `Antwort ${i}`, date_gmt: `2025-01-01T00:${String(i).padStart(2, '0')}:00` });
    serve(thread);
    const el = await mount();
    await until(() => $(el, '#comment-150'));
    expect(topLevel(el)).to.have.length(100);
    expect(topLevel(el).slice(0, 2)).to.deep.equal([150, 149]);
    expect(repliesOf(el, 150)).to.deep.equal([1049]);
    $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await until(() => $(el, '#comment-1'), 5000, 'the second page');
    const shown = topLevel(el);
    expect(shown).to.have.length(150);
    expect(shown.slice(98, 102)).to.deep.equal([52, 51, 50, 49]);
    expect(new Set(shown).size).to.equal(150);
    expect(shadow(el).querySelectorAll('[part~="comment"]')).to.have.length(200);
    expect($(el, '[part="load-more"]')).to.equal(null);
  });

  it("puts the reader's own new comment where the order puts it, and brings it into view", async () => {
    serve(small()).on('POST', '/wp/v2/comments', () =>
      json({ id: 99, post: 6, parent: 0, author_name: 'Erika Muster', date_gmt: '2030-01-01T10:00:00', content: { rendered: '<p>Neu</p>' }, status: 'approved' }, 201),
    );
    const el = await mount();
    await until(() => $(el, '#comment-12'));
    const fill = (name: string, value: string) => {
      const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    };
    fill('comment', 'Neu');
    fill('author', 'Erika Muster');
    fill('email', 'erika@example.org');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => $(el, '#comment-99'));
    expect(topLevel(el)[0]).to.equal(99);
    await until(() => shadow(el).activeElement?.id === 'comment-99', 2000, 'focus on the new comment');
  });
});
