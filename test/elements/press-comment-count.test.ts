import { expect, oneEvent } from '@open-wc/testing';
import '../../src/press-widgets.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/it.js';
import '../../src/locales/nl.js';
import '../../src/locales/pl.js';
import '../../src/locales/pt.js';
import type { PressCommentCount } from '../../src/elements/press-comment-count/press-comment-count.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import type { PressErrorEvent } from '../../src/internal/events.js';
import { clearCommentCounts } from '../../src/sources/comment-counts.js';
import { FakeServer, fixtureText, json } from '../support/fake-server.js';
import { commentsCollection } from '../support/fake-comment-counts.js';
import { shadow, text, until } from '../support/dom.js';

const SITE = 'http://127.0.0.1:8881';
const COMMENTS = `${SITE}/wp-json/wp/v2/comments`;
const POSTS = `${SITE}/wp-json/wp/v2/posts`;

const placed: HTMLElement[] = [];
/** Puts `markup` (our own, trusted test markup) in a fresh wrapper, `offset` px below the fold. */
function place(markup: string, { lang = 'de', offset = 0, style = '' } = {}): HTMLElement {
  const wrapper = document.createElement('main');
  wrapper.lang = lang;
  if (style) wrapper.setAttribute('style', style);
  const spacer = offset ? `<div style="height:${window.innerHeight + offset}px"></div>` : '';
  wrapper.innerHTML = `${spacer}${markup}`;
  document.body.append(wrapper);
  placed.push(wrapper);
  return wrapper;
}
const counts = (root: ParentNode) => [...root.querySelectorAll<PressCommentCount>('press-comment-count')];
const shown = (el: Element) => text(shadow(el).querySelector('[part="base"]:not(.pending)'));
const allShown = (els: Element[]) => until(() => els.every((el) => shown(el)), 4000, 'every count');

/** Seven posts shaped like the recorded ones (ids 9, 8, …, 3). */
async function sevenPosts(): Promise<unknown[]> {
  const posts = JSON.parse(await fixtureText('wordpress/posts.json')) as Array<Record<string, unknown>>;
  return [...posts, { ...posts[5], id: 3, link: `${SITE}/2024/08/01/third/` }];
}

describe('press-comment-count', () => {
  let server: FakeServer;
  const serve = (truth: Record<number, number>) => (server = new FakeServer().on('GET', '/wp/v2/comments', commentsCollection(truth)).install());
  afterEach(() => {
    server?.uninstall();
    placed.splice(0).forEach((wrapper) => wrapper.remove());
    clearCommentCounts();
    window.scrollTo(0, 0);
  });

  it('German: "12 Kommentare", "1 Kommentar", "Keine Kommentare", a link to href#comments, in one request', async () => {
    serve({ 6: 12, 7: 1, 8: 0 });
    const page = place(`
      <press-comment-count source="${COMMENTS}" post="6" href="/2024/08/28/bexbach/"></press-comment-count>
      <press-comment-count source="${COMMENTS}" post="7"></press-comment-count>
      <press-comment-count source="${COMMENTS}" post="8" href="${SITE}/a/#top"></press-comment-count>`);
    const [twelve, one, none] = counts(page);
    await allShown([twelve, one, none]);
    expect([shown(twelve), shown(one), shown(none)]).to.deep.equal(['12 Kommentare', '1 Kommentar', 'Keine Kommentare']);
    const link = shadow(twelve).querySelector('a[part="base"]')!;
    expect(link.getAttribute('href')).to.equal(new URL('/2024/08/28/bexbach/#comments', document.baseURI).href);
    expect(shadow(none).querySelector('a')!.getAttribute('href')).to.equal(`${SITE}/a/#comments`);
    expect(shadow(one).querySelector('a')).to.equal(null, 'no href, no link');
    expect(server.requests).to.have.length(1);
    await expect(page).to.be.accessible();
  });

  it('English: "12 comments", "1 comment", "No comments"', async () => {
    serve({ 6: 12, 7: 1, 8: 0 });
    const page = place(['6', '7', '8'].map((id) => `<press-comment-count source="${COMMENTS}" post="${id}"></press-comment-count>`).join(''), { lang: 'en' });
    await allShown(counts(page));
    expect(counts(page).map(shown)).to.deep.equal(['12 comments', '1 comment', 'No comments']);
  });

  it('every shipped language has its plural forms', async () => {
    serve({ 6: 2, 7: 5, 8: 0 });
    const expected: Record<string, string[]> = {
      es: ['2 comentarios', '5 comentarios', 'Sin comentarios'],
      fr: ['2 commentaires', '5 commentaires', 'Aucun commentaire'],
      it: ['2 commenti', '5 commenti', 'Nessun commento'],
      nl: ['2 reacties', '5 reacties', 'Geen reacties'],
      pl: ['2 komentarze', '5 komentarzy', 'Brak komentarzy'],
      pt: ['2 comentários', '5 comentários', 'Sem comentários'],
    };
    for (const [lang, texts] of Object.entries(expected)) {
      const page = place(['6', '7', '8'].map((id) => `<press-comment-count source="${COMMENTS}" post="${id}"></press-comment-count>`).join(''), { lang });
      await allShown(counts(page));
      expect(counts(page).map(shown), lang).to.deep.equal(texts);
    }
    expect(server.requests).to.have.length(1, 'cached for the page');
  });

  it('finds the REST root and the post on a WordPress page', async () => {
    serve({ 6: 3 });
    const links = ['<link rel="https://api.w.org/" href="/wp-json/">', `<link rel="shortlink" href="${SITE}/?p=6">`].map((markup) => document.createRange().createContextualFragment(markup).firstElementChild!);
    document.head.append(...links);
    try {
      const page = place('<press-comment-count></press-comment-count>');
      await allShown(counts(page));
      expect(shown(counts(page)[0])).to.equal('3 Kommentare');
      expect(server.requested()[0].pathname).to.equal('/wp-json/wp/v2/comments');
    } finally {
      links.forEach((link) => link.remove());
    }
  });

  it('a failed count shows no number, says so quietly, fires press-error, and retries', async () => {
    server = new FakeServer().on('GET', '/wp/v2/comments', () => json({ code: 'rest_forbidden', message: 'Gesperrt', data: { status: 403 } }, 403)).install();
    const failed = oneEvent(document, 'press-error') as Promise<PressErrorEvent>;
    const page = place(`<press-comment-count source="${COMMENTS}" post="6" href="/a/"></press-comment-count>`);
    const el = counts(page)[0];
    const event = await failed;
    expect(event.detail).to.deep.equal({ code: 'rest_forbidden', message: 'Gesperrt', status: 403 });
    await until(() => shadow(el).querySelector('[part="retry"]'), 3000, 'the retry');
    expect(text(shadow(el))).to.not.match(/\d/);
    expect(text(shadow(el).querySelector('[part="base"]'))).to.equal('Kommentare');
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('Anzahl nicht verfügbar');
    await expect(page).to.be.accessible();
    server.uninstall();
    serve({ 6: 4 });
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => shown(el) === '4 Kommentare', 3000, 'the count after retrying');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is accessible in every state, ${scheme}`, async () => {
      server = new FakeServer()
        .on('GET', '/hang/', () => new Promise<Response>(() => {}))
        .on('GET', '/fail/', () => json({ code: 'http', message: 'Boom' }, 500))
        .on('GET', '/ok/', commentsCollection({ 3: 12 }))
        .install();
      const colours = scheme === 'dark' ? 'color-scheme: dark; color: #ececec; background: #121212' : 'color-scheme: light; color: #1b1b1b; background: #fff';
      const page = place(['hang', 'fail', 'ok'].map((site) => `<p><press-comment-count source="${SITE}/${site}/wp-json/wp/v2/comments" post="3" href="/a/"></press-comment-count></p>`).join(''), { style: colours });
      const [pending, failed, done] = counts(page);
      await until(() => shadow(failed).querySelector('[part="retry"]') && shown(done), 4000, 'error and count');
      expect(shadow(pending).querySelector('.pending')).to.not.equal(null);
      await expect(page).to.be.accessible();
    });
  }

  it('3 000 px below the fold: no request until scrolled near; eager: at once', async () => {
    serve({ 6: 2, 7: 5 });
    const page = place(`<press-comment-count source="${COMMENTS}" post="6"></press-comment-count><br><press-comment-count source="${COMMENTS}" post="7" eager></press-comment-count>`, { offset: 3000 });
    const [lazy, eager] = counts(page);
    await until(() => shown(eager) === '5 Kommentare', 3000, 'the eager count');
    await new Promise((r) => setTimeout(r, 150));
    expect(server.requested().map((u) => u.searchParams.get('post'))).to.deep.equal(['7']);
    expect(shown(lazy)).to.equal('');
    lazy.scrollIntoView();
    await until(() => shown(lazy) === '2 Kommentare', 3000, 'the lazy count after scrolling');
    expect(server.requests).to.have.length(2);
  });
});

describe('press-card-list comments', () => {
  let server: FakeServer;
  afterEach(() => {
    server?.uninstall();
    placed.splice(0).forEach((wrapper) => wrapper.remove());
    clearCommentCounts();
  });

  const truth = { 3: 0, 4: 1, 5: 2, 6: 12, 7: 130, 8: 3, 9: 40 };

  it('3 counters and 7 cards cost at most 10 comment requests, and every count is right', async () => {
    const posts = await sevenPosts();
    server = new FakeServer()
      .on('GET', '/wp/v2/posts', () => json(posts, 200, { 'X-WP-Total': '7', 'X-WP-TotalPages': '1' }))
      .on('GET', '/wp/v2/comments', commentsCollection(truth))
      .install();
    const page = place(`
      <press-comment-count source="${COMMENTS}" post="6"></press-comment-count>
      <press-comment-count source="${COMMENTS}" post="7"></press-comment-count>
      <press-comment-count source="${COMMENTS}" post="42"></press-comment-count>
      <press-card-list source="${POSTS}" limit="7" comments layout="list"></press-card-list>`);
    const list = page.querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('press-card').length === 7, 4000, 'seven cards');
    const inCards = [...shadow(list).querySelectorAll<PressCommentCount>('[part="comment-count"]')];
    expect(inCards).to.have.length(7);
    // A reader scrolls down the list: each count loads as it comes near.
    for (const count of inCards) {
      count.scrollIntoView({ block: 'center' });
      await until(() => shown(count), 4000, `the count of post ${count.post}`);
    }
    const all = [...counts(page), ...inCards];
    await allShown(all);
    expect(counts(page).map(shown)).to.deep.equal(['12 Kommentare', '130 Kommentare', 'Keine Kommentare']);
    expect(inCards.map((el) => `${el.post}:${shown(el)}`)).to.deep.equal(['9:40 Kommentare', '8:3 Kommentare', '7:130 Kommentare', '6:12 Kommentare', '5:2 Kommentare', '4:1 Kommentar', '3:Keine Kommentare']);
    const commentRequests = server.requested('/wp/v2/comments');
    expect(commentRequests.length).to.be.at.most(10);
    // Shared: no post is asked alone twice.
    const singles = commentRequests.filter((u) => u.searchParams.get('per_page') === '1').map((u) => u.searchParams.get('post'));
    expect(new Set(singles).size).to.equal(singles.length);
  });

  it('the count sits in the card\'s meta line, links to the article\'s #comments, and is styleable from the page', async () => {
    server = new FakeServer()
      .on('GET', '/wp/v2/posts', async () => json((await sevenPosts()).slice(0, 2)))
      .on('GET', '/wp/v2/comments', commentsCollection(truth))
      .install();
    const style = Object.assign(document.createElement('style'), { textContent: 'press-card-list::part(comment-count) { color: rgb(1, 2, 3); }' });
    document.head.append(style);
    placed.push(style);
    const page = place(`<press-card-list source="${POSTS}" limit="2" comments layout="list"></press-card-list>`);
    const list = page.querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelectorAll('[part="comment-count"]').length === 2, 4000, 'two counts');
    const [first] = shadow(list).querySelectorAll<PressCommentCount>('[part="comment-count"]');
    await allShown([first]);
    const card = first.closest('press-card')!;
    const slot = first.assignedSlot!;
    expect(slot.closest('[part="meta"]') === shadow(card).querySelector('[part="meta"]')).to.equal(true, 'slotted into the meta line');
    expect(getComputedStyle(slot.parentElement!, '::before').content).to.equal('" · "', 'set off from the date like the other meta items');
    expect(getComputedStyle(first).color).to.equal('rgb(1, 2, 3)');
    const link = shadow(first).querySelector('a')!;
    expect(new URL(link.href).hash).to.equal('#comments');
    // Clickable: the headline's card-wide hit area lies under it, not over it.
    const box = link.getBoundingClientRect();
    const hit = shadow(list).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit === first).to.equal(true, `the count is on top, not ${hit?.localName}`);
    await expect(page).to.be.accessible();
  });

  it('a feed shows no counts', async () => {
    server = new FakeServer()
      .on('GET', 'feed.json', () => json({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: '1', url: 'https://news.example/a', title: 'A' }] }, 200, { 'content-type': 'application/feed+json' }))
      .install();
    const page = place('<press-card-list source="https://news.example/feed.json" comments></press-card-list>');
    const list = page.querySelector<PressCardList>('press-card-list')!;
    await until(() => shadow(list).querySelector('press-card'), 4000, 'the card');
    expect(shadow(list).querySelector('press-comment-count')).to.equal(null);
    expect(server.requested('comments')).to.have.length(0);
  });
});
