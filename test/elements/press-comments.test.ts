import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import type { PressCommentPostedEvent, PressCommentSubmitEvent, PressErrorEvent } from '../../src/internal/events.js';
import { FakeServer, json, recorded, type Handler } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';
import { FORBIDDEN_TAGS, HOSTILE_BODIES, HOSTILE_NAMES, HOSTILE_URLS } from '../sanitize/comment-corpus.js';

const SOURCE = 'http://127.0.0.1:8881/wp-json/wp/v2/comments';
const loginRequired = () => json({ code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } }, 401);

let server: FakeServer;

function serve(list: Handler = () => recorded('comments-asc')): FakeServer {
  server = new FakeServer().on('GET', '/wp/v2/comments', list).install();
  return server;
}

const root = (el: Element) => shadow(el);
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const settled = (el: Element) => until(() => $(el, '[part="comment"], [part="empty"], .status-error'), 3000, 'thread to settle');
const posts = () => server.requests.filter((r) => r.method === 'POST');

async function mount(template = html`<press-comments source=${SOURCE} post="6"></press-comments>`, parentNode?: HTMLElement): Promise<PressComments> {
  const el = await fixture<PressComments>(template, { parentNode });
  await settled(el);
  return el;
}

/**
 * A `lang` ancestor for the element. The fixture is rendered into it rather than being a
 * wrapper template itself: open-wc waits for an animation frame on a plain wrapper, and a test
 * page the runner keeps in the background gets none.
 */
function languageParent(lang: string): HTMLElement {
  const parent = document.createElement('div');
  parent.lang = lang;
  // open-wc's cleanup removes it from the body after the test, as it does its own wrappers.
  document.body.append(parent);
  return parent;
}

/** Types into the form the way a reader would (value + input event). */
async function fill(el: PressComments, values: Partial<Record<'author' | 'email' | 'url' | 'comment', string>>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

const valid = { author: 'Erika Muster', email: 'erika@example.org', url: '', comment: 'Gute Sache für Bexbach!' };
const submit = (el: PressComments) => $<HTMLButtonElement>(el, '[part="submit"]')!.click();

describe('press-comments', () => {
  beforeEach(() => {
    localStorage.clear();
    delete window.__xss;
  });
  afterEach(() => server?.uninstall());

  describe('thread', () => {
    it('shows the recorded thread oldest first with the reply nested under its parent', async () => {
      serve();
      const el = await mount();
      const [request] = server.requested('/wp/v2/comments');
      expect(Object.fromEntries(request.searchParams)).to.deep.equal({ post: '6', order: 'asc', per_page: '100' });

      expect(text($(el, '[part="heading"]'))).to.equal('3 comments');
      const top = $(el, '[part="thread"]')!;
      const topLevel = [...top.children].map((comment) => comment.id);
      expect(topLevel).to.deep.equal(['comment-2', 'comment-4']);
      expect([...top.children].every((comment) => comment.matches('[part~="comment"]'))).to.equal(true);
      const reply = top.children[0].querySelector(':scope > [part="thread"] > [part~="comment"]')!;
      expect(reply.id).to.equal('comment-3');
      expect(top.children[0].contains(reply), 'the reply is inside its parent comment').to.equal(true);
      expect(text(reply.querySelector('[part="author"]'))).to.equal('Thomas Becker');

      const link = reply.querySelector<HTMLAnchorElement>('[part="author"] a')!;
      expect(link.href).to.equal('https://example.org/thomas');
      expect(link.rel).to.equal('nofollow ugc noopener noreferrer');
      const time = $(el, '#comment-2 time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2024-08-28T12:12:00.000Z');
      expect(text(time)).to.match(/^August 28, 2024/);
      const body = $(el, '#comment-4 [part="content"]')!;
      expect(body.querySelector('b')).to.exist;
      expect(body.querySelector('a')!.getAttribute('rel')).to.equal('nofollow ugc noopener noreferrer');
      expect(text($(el, '[part="form-heading"]'))).to.equal('Leave a reply');
      await expect(el).to.be.accessible();
    });

    it('caps the nesting depth: deeper replies show at the cap level, in order', async () => {
      const chain = [1, 2, 3, 4].map((id) => ({ id, post: 6, parent: id - 1, author_name: `N${id}`, date_gmt: `2024-01-0${id}T10:00:00`, content: { rendered: `<p>c${id}</p>` } }));
      serve(() => json(chain, 200, { 'X-WP-Total': '4', 'X-WP-TotalPages': '1' }));
      const el = await mount(html`<press-comments source=${SOURCE} post="6" max-depth="2"></press-comments>`);
      const depthOf = (id: number) => {
        let depth = 0;
        for (let node: Element | null = $(el, `#comment-${id}`); node; node = node.parentElement) if (node.matches('ol')) depth++;
        return depth;
      };
      expect([1, 2, 3, 4].map(depthOf)).to.deep.equal([1, 2, 2, 2]);
      const level2 = $(el, '#comment-1')!.parentElement!.querySelector('ol')!;
      expect([...level2.querySelectorAll('[part="comment"]')].map((c) => c.id)).to.deep.equal(['comment-2', 'comment-3', 'comment-4']);
      // The indent no longer says whom a flattened reply answers, so the reply says it.
      const inReplyTo = (id: number) => text($(el, `#comment-${id} > [part~="comment-body"] [part="in-reply-to"]`));
      expect([2, 3, 4].map(inReplyTo)).to.deep.equal(['', 'In reply to N2', 'In reply to N3']);
    });

    it('pages a long thread behind "Show more comments" and moves focus to the new comments', async () => {
      const page = (ids: number[]) => ids.map((id) => ({ id, post: 6, parent: 0, author_name: `N${id}`, date_gmt: new Date(Date.UTC(2024, 0, 1) + id * 60_000).toISOString().slice(0, 19), content: { rendered: `<p>c${id}</p>` } }));
      serve((_request, url) =>
        url.searchParams.get('page') === '2'
          ? json(page([101, 102]), 200, { 'X-WP-Total': '102', 'X-WP-TotalPages': '2' })
          : json(page([1, 2]), 200, { 'X-WP-Total': '102', 'X-WP-TotalPages': '2', Link: `<${SOURCE}?page=2>; rel="next"` }),
      );
      const el = await mount();
      expect(text($(el, '[part="heading"]'))).to.equal('102 comments');
      const more = $<HTMLButtonElement>(el, '[part="load-more"]')!;
      expect(text(more)).to.equal('Show more comments');
      more.click();
      await until(() => $(el, '#comment-102'));
      expect(server.requested('/wp/v2/comments')[1].searchParams.get('page')).to.equal('2');
      expect($$(el, '[part="comment"]').map((c) => c.id)).to.deep.equal(['comment-1', 'comment-2', 'comment-101', 'comment-102']);
      expect($(el, '[part="load-more"]')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('comment-101');
    });

    it('shows initials when an avatar cannot load', async () => {
      serve(() => json([{ id: 9, post: 6, parent: 0, author_name: 'Maria Schneider', date_gmt: '2024-01-01T10:00:00', author_avatar_urls: { 96: 'http://127.0.0.1:1/avatar.png' }, content: { rendered: '<p>x</p>' } }]));
      const el = await mount();
      // The initials are there from the start, under the picture, so no blank circle while it loads.
      expect(text($(el, '[part="avatar"]'))).to.equal('MS');
      // The unreachable avatar may already have failed by now; if not, fail it by hand rather than wait.
      const img = $<HTMLImageElement>(el, 'img[part="avatar-image"]');
      if (img) {
        expect(img.getAttribute('alt'), 'the name is next to it: the picture is decorative').to.equal('');
        img.dispatchEvent(new Event('error'));
      }
      await until(() => !$(el, 'img[part="avatar-image"]'), 2000, 'the failed picture to go');
      expect(text($(el, '[part="avatar"]'))).to.equal('MS');
    });

    it('has an explicit, accessible empty state', async () => {
      serve(() => json([], 200, { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' }));
      const el = await mount();
      expect(text($(el, '[part="empty"]'))).to.equal('No comments yet. Be the first to write one.');
      expect(text($(el, '[part="heading"]'))).to.equal('Comments');
      await expect(el).to.be.accessible();
    });

    it('offers no sort control on an empty thread, and offers it once a comment is posted', async () => {
      serve(() => json([], 200, { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' })).on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      expect($(el, '[part="sort"]'), 'nothing to sort').to.equal(null);
      await fill(el, valid);
      submit(el);
      await until(() => $(el, '#comment-5'), 3000, 'the posted comment');
      expect(text($(el, '[part="sort"]'))).to.equal('Newest first');
    });

    it('shows the sort control while the thread loads and when it has comments', async () => {
      let answer!: (response: Response) => void;
      serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const el = await fixture<PressComments>(html`<press-comments source=${SOURCE} post="6"></press-comments>`);
      await until(() => $(el, '[part="skeleton"]'), 3000, 'loading');
      expect(text($(el, '[part="sort"]')), 'no jump in the heading row when it arrives').to.equal('Newest first');
      await until(() => answer, 3000, 'the request');
      answer(await recorded('comments-asc'));
      await settled(el);
      expect(text($(el, '[part="sort"]'))).to.equal('Newest first');
    });

    it('shows a failed load with a retry and fires press-error; the form stays usable', async () => {
      let calls = 0;
      serve(() => (++calls === 1 ? json({ code: 'rest_post_invalid_id', message: 'Invalid post &amp; ID.', data: { status: 404 } }, 404) : recorded('comments-asc')));
      const errors: PressErrorEvent[] = [];
      document.addEventListener('press-error', (e) => errors.push(e), { once: true });
      const el = await mount();
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('The comments could not be loaded.');
      expect(text(error)).to.contain('Invalid post & ID.');
      await until(() => errors.length);
      expect(errors[0].detail).to.deep.equal({ code: 'rest_post_invalid_id', message: 'Invalid post & ID.', status: 404 });
      expect($(el, 'form[part="form"] textarea[name="comment"]')).to.exist;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await until(() => $(el, '#comment-2'));
    });

    it('discovers source and post on a WordPress page', async () => {
      const links = [Object.assign(document.createElement('link'), { rel: 'https://api.w.org/', href: 'http://127.0.0.1:8881/?rest_route=/' }), Object.assign(document.createElement('link'), { rel: 'shortlink', href: 'http://127.0.0.1:8881/?p=6' })];
      document.head.append(...links);
      try {
        serve();
        await mount(html`<press-comments></press-comments>`);
        const [url] = server.requested('rest_route');
        expect(url.searchParams.get('rest_route')).to.equal('/wp/v2/comments');
        expect(url.searchParams.get('post')).to.equal('6');
      } finally {
        links.forEach((l) => l.remove());
      }
    });
  });

  describe('validation', () => {
    it('an empty submit shows every message, marks and describes the fields, focuses the first, and sends nothing', async () => {
      serve();
      const el = await mount();
      submit(el);
      await el.updateComplete;
      const summary = $(el, '.summary[role="alert"]')!;
      expect(text(summary)).to.contain('Please correct 3 fields.');
      const comment = $(el, '[name="comment"]')!;
      const author = $(el, '[name="author"]')!;
      expect(author.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, `#${author.getAttribute('aria-describedby')}`))).to.equal('Please enter your name.');
      expect(comment.getAttribute('aria-describedby')!.split(' ')).to.include('comment-error');
      expect(text($(el, '#comment-error'))).to.equal('Please enter your comment.');
      expect(text($(el, '#email-error'))).to.equal('Please enter your email address.');
      await until(() => root(el).activeElement === comment, 1000, 'focus on the first invalid field');
      expect(posts()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a form in another place (a reply, or back at the end) starts without the last one\'s errors', async () => {
      serve();
      const el = await mount();
      submit(el);
      await el.updateComplete;
      expect($(el, '#comment-error')).to.not.equal(null);
      $<HTMLButtonElement>(el, '#comment-2 [part="reply"]')!.click();
      await el.updateComplete;
      expect($(el, '#comment-2 form')).to.not.equal(null);
      expect(root(el).querySelectorAll('[part~="error"]').length).to.equal(0);
      submit(el);
      await el.updateComplete;
      expect($(el, '#comment-2 #comment-error')).to.not.equal(null);
      $<HTMLButtonElement>(el, '[part="cancel"]')!.click();
      await el.updateComplete;
      expect($(el, 'form')!.closest('li')).to.equal(null);
      expect(root(el).querySelectorAll('[part~="error"]').length).to.equal(0);
    });

    it('speaks German from an ancestor lang', async () => {
      serve();
      const el = await mount(undefined, languageParent('de'));
      expect(text($(el, '[part="form-heading"]'))).to.equal('Hinterlassen Sie eine Antwort');
      submit(el);
      await el.updateComplete;
      expect(text($(el, '#author-error'))).to.equal('Bitte geben Sie Ihren Namen ein.');
      expect(text($(el, '#comment-error'))).to.equal('Bitte geben Sie Ihren Kommentar ein.');
      expect(text($(el, '#email-error'))).to.equal('Bitte geben Sie Ihre E-Mail-Adresse ein.');
      await fill(el, { email: 'kein-at-zeichen', url: 'javascript:alert(1)' });
      submit(el);
      await el.updateComplete;
      expect(text($(el, '#email-error'))).to.equal('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
      expect(text($(el, '#url-error'))).to.equal('Bitte geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.');
      expect(posts()).to.have.length(0);
    });

    it('rejects an invalid email and website and a comment over maxlength, with a live counter', async () => {
      serve();
      const el = await mount(html`<press-comments source=${SOURCE} post="6" maxlength="10"></press-comments>`);
      const counter = $(el, '[part="counter"]')!;
      const announced = () => text($(el, '[part="counter"] + [aria-live="polite"]'));
      expect(text(counter)).to.equal('10 characters left');
      await fill(el, { author: 'A', email: 'a@b', url: 'vbscript:msgbox(1)', comment: 'elf Zeichen!' });
      expect(text(counter)).to.equal('Your comment is too long: at most 10 characters.');
      expect(announced()).to.equal('Your comment is too long: at most 10 characters.');
      submit(el);
      await el.updateComplete;
      expect(text($(el, '#email-error'))).to.equal('Please enter a valid email address.');
      expect(text($(el, '#url-error'))).to.equal('Please enter a web address starting with http:// or https://.');
      expect(text($(el, '#comment-error'))).to.equal('Your comment is too long: at most 10 characters.');
      expect(posts()).to.have.length(0);
      await fill(el, { comment: 'kurz' });
      expect($(el, '#comment-error'), 'a fixed field loses its error').to.equal(null);
      expect(text(counter)).to.equal('6 characters left');
    });

    it('announces the counter only when few characters are left, not on every keystroke', async () => {
      serve();
      const el = await mount(html`<press-comments source=${SOURCE} post="6" maxlength="200"></press-comments>`);
      const announced = () => text($(el, '[part="counter"] + [aria-live="polite"]'));
      await fill(el, { comment: 'x'.repeat(50) });
      expect(announced()).to.equal('');
      await fill(el, { comment: 'x'.repeat(110) });
      expect(announced()).to.equal('90 characters left');
      await fill(el, { comment: 'x'.repeat(111) });
      expect(announced(), 'same step: unchanged').to.equal('90 characters left');
      await fill(el, { comment: 'x'.repeat(121) });
      expect(announced()).to.equal('79 characters left');
    });

    it('needs only the comment when email-required="false"', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount(html`<press-comments source=${SOURCE} post="6" email-required="false"></press-comments>`);
      expect($(el, '[name="author"]')!.hasAttribute('required')).to.equal(false);
      await fill(el, { comment: 'Nur Text' });
      submit(el);
      await until(() => posts().length === 1);
    });
  });

  describe('posting', () => {
    it('POSTs exactly the six fields, shows the comment in place, focuses and announces it, fires press-comment-posted', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      await fill(el, { ...valid, url: 'www.example.org/erika' });
      const posted = oneEvent(document, 'press-comment-posted') as Promise<PressCommentPostedEvent>;
      submit(el);
      const event = await posted;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.id).to.equal(5);
      const [request] = posts();
      expect(request.url).to.equal(SOURCE);
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(await request.json()).to.deep.equal({ post: 6, parent: 0, author_name: 'Erika Muster', author_email: 'erika@example.org', author_url: 'https://www.example.org/erika', content: 'Gute Sache für Bexbach!' });
      await until(() => root(el).activeElement?.id === 'comment-5', 2000, 'focus on the new comment');
      expect(text($(el, '#comment-5 [part="content"]'))).to.contain('Gute Sache für Bexbach!');
      expect(text($(el, '[part="status"]'))).to.equal('Your comment has been posted.');
      expect(text($(el, '[part="heading"]'))).to.equal('4 comments');
      expect($<HTMLTextAreaElement>(el, '[name="comment"]')!.value).to.equal('');
    });

    it('a reply moves the form under the comment, sends its parent, and can be cancelled', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-reply-form'));
      const el = await mount();
      $<HTMLButtonElement>(el, '#comment-2 [part="reply"]')!.click();
      await el.updateComplete;
      const form = $(el, 'form[part="form"]')!;
      expect(form.closest('[part~="comment"]')!.id).to.equal('comment-2');
      expect(text($(el, '[part="form-heading"]'))).to.equal('Reply to Maria Schneider');
      await until(() => root(el).activeElement === $(el, '[name="comment"]'));
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="cancel"]')!.click();
      await el.updateComplete;
      expect($(el, 'form')!.closest('li')).to.equal(null);
      await until(() => root(el).activeElement === $(el, '#comment-2 [part="reply"]'));

      $<HTMLButtonElement>(el, '#comment-2 [part="reply"]')!.click();
      await el.updateComplete;
      await fill(el, valid);
      submit(el);
      await until(() => posts().length === 1);
      expect(((await posts()[0].json()) as { parent: number }).parent).to.equal(2);
      // Held for moderation: shown to its author, under its parent, marked.
      await until(() => $(el, '#comment-7'));
      expect($(el, '#comment-7')!.parentElement!.closest('[part~="comment"]')!.id).to.equal('comment-2');
      expect(text($(el, '#comment-7 [part="moderation"]'))).to.equal('Your comment is awaiting moderation.');
      expect(text($(el, '[part="status"]'))).to.equal('Your comment is awaiting moderation.');
      expect($(el, '#comment-7 [part="reply"]')).to.equal(null);
      expect(text($(el, '[part="heading"]'))).to.equal('3 comments', 'a held comment is not counted');
      await expect(el).to.be.accessible();

      // After a reload the author still sees it, until the server lists it.
      el.remove();
      const again = await mount();
      await until(() => $(again, '#comment-7 [part="moderation"]'));
      expect($(again, '#comment-7')!.parentElement!.closest('[part~="comment"]')!.id).to.equal('comment-2');
    });

    it('posts the classic form to form-action when WordPress lives in a subfolder', async () => {
      serve(() => recorded('comments-asc'))
        .on('POST', '/wp/v2/comments', loginRequired)
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form'));
      const el = await mount(html`<press-comments source=${SOURCE} post="6" form-action="http://127.0.0.1:8881/wp/wp-comments-post.php"></press-comments>`);
      await fill(el, valid);
      submit(el);
      // Wait for the whole round trip, so nothing of this test lands in the next one's storage.
      await until(() => $(el, '#comment-8'), 3000, 'the classic comment');
      expect(posts().map((r) => r.url)).to.deep.equal([SOURCE, 'http://127.0.0.1:8881/wp/wp-comments-post.php']);
    });

    it('falls back to the classic form after 401 and shows the comment from the reloaded thread', async () => {
      let reloaded = false;
      serve(() => (reloaded ? recorded('comments-after-posting') : recorded('comments-asc')))
        .on('POST', '/wp/v2/comments', loginRequired)
        .on('POST', '/wp-comments-post.php', () => {
          reloaded = true;
          return recorded('classic-form');
        });
      const el = await mount();
      await fill(el, { ...valid, url: 'https://example.org/erika' });
      submit(el);
      await until(() => $(el, '#comment-8'), 3000, 'the classic comment');
      const [rest, classic] = posts();
      expect(rest.url).to.equal(SOURCE);
      expect(classic.url).to.equal('http://127.0.0.1:8881/wp-comments-post.php');
      expect(classic.headers.get('content-type')).to.equal('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(await classic.text()))).to.deep.equal({
        comment_post_ID: '6',
        author: 'Erika Muster',
        email: 'erika@example.org',
        url: 'https://example.org/erika',
        comment: 'Gute Sache für Bexbach!',
        comment_parent: '0',
      });
      expect(text($(el, '#comment-8 [part="author"]'))).to.equal('Klassik Formular');
      expect($(el, '#comment-8 [part="moderation"]')).to.equal(null);
    });

    it('shows a classic comment that is not listed yet as awaiting moderation, sanitized', async () => {
      serve()
        .on('POST', '/wp/v2/comments', loginRequired)
        .on('POST', '/wp-comments-post.php', () => new Response(null, { status: 302, headers: { Location: 'http://127.0.0.1:8881/p/#comment-42' } }));
      const el = await mount();
      await fill(el, { ...valid, comment: `Hallo <img src=x onerror="window.__xss='own'">\n\nZweiter Absatz` });
      submit(el);
      await until(() => $(el, '#comment-42'));
      expect(text($(el, '#comment-42 [part="moderation"]'))).to.equal('Your comment is awaiting moderation.');
      const content = $(el, '#comment-42 [part="content"]')!;
      expect(content.querySelectorAll('p')).to.have.length(2);
      expect(content.querySelector('img')).to.equal(null);
      expect(window.__xss).to.equal(undefined);
    });

    it('shows an opaque (cross-origin) classic post as held, and once only after it is approved and listed', async () => {
      const approved = async () => {
        const list = (await (await recorded('comments-asc')).json()) as Record<string, unknown>[];
        const twin = { ...list[0], id: 9, parent: 0, author_name: 'Erika Muster', date_gmt: '2099-01-01T10:00:00', content: { rendered: '<p>&#8220;Gute&#8221; Sache &#8211; für Bexbach&#8230;</p>\n' } };
        return json([...list, twin], 200, { 'X-WP-Total': '4', 'X-WP-TotalPages': '1' });
      };
      let isApproved = false;
      serve(() => (isApproved ? approved() : recorded('comments-asc')))
        .on('POST', '/wp/v2/comments', loginRequired)
        // A no-cors answer is opaque: no status, no headers, no body (Response.error() is the closest a test can build).
        .on('POST', '/wp-comments-post.php', () => Response.error());
      const el = await mount();
      await fill(el, { ...valid, comment: '"Gute" Sache -- für Bexbach...' });
      submit(el);
      await until(() => $(el, '[part="comment"].held'), 3000, 'the held copy');
      expect(text($(el, '[part="comment"].held [part="moderation"]'))).to.equal('Your comment is awaiting moderation.');

      // Reloaded while still held: the reader still sees it.
      el.remove();
      const again = await mount();
      await until(() => $(again, '[part="comment"].held'), 3000, 'the held copy after a reload');
      again.remove();

      // Approved by a moderator and listed under its real id: one copy, not two.
      isApproved = true;
      const later = await mount();
      await until(() => $(later, '#comment-9'), 3000, 'the approved comment');
      // Counts, not elements, in the assertions: a failing assertion about an element can hang the runner's serializer.
      expect(root(later).querySelectorAll('[part="comment"].held').length).to.equal(0, 'no held copy left');
      expect(root(later).querySelectorAll('[part="comment"]').length).to.equal(4);
    });

    it('shows the classic form’s wp_die message as text', async () => {
      serve()
        .on('POST', '/wp/v2/comments', loginRequired)
        .on('POST', '/wp-comments-post.php', () => recorded('classic-form-error-missing-author'));
      const el = await mount();
      await fill(el, valid);
      submit(el);
      await until(() => $(el, 'form .status-error'));
      expect(text($(el, 'form .status-error'))).to.contain('The server said: Please fill the required fields.');
      expect($(el, 'form .status-error style, form .status-error a')).to.equal(null);
    });

    for (const [name, english, german] of [
      ['post-comment-error-duplicate', 'Duplicate comment detected: it looks as though you’ve already said that.', 'Doppelter Kommentar: Es sieht so aus, als hätten Sie das bereits geschrieben.'],
      ['post-comment-error-flood', 'You are posting comments too quickly. Please wait a moment.', 'Sie schreiben Kommentare zu schnell hintereinander. Bitte warten Sie einen Moment.'],
      ['post-comment-error-no-post', 'This article cannot be commented on.', 'Dieser Artikel kann nicht kommentiert werden.'],
      ['post-comment-error-missing-author', 'This site requires your name and email address.', 'Diese Website verlangt Ihren Namen und Ihre E-Mail-Adresse.'],
      ['post-comment-error-empty-content', 'Please enter your comment.', 'Bitte geben Sie Ihren Kommentar ein.'],
      ['post-comment-error-bad-email', 'Please enter a valid email address.', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.'],
    ] as const) {
      it(`explains ${name} in both languages, keeps the text and offers a retry`, async () => {
        serve().on('POST', '/wp/v2/comments', () => recorded(name));
        const wrapper = languageParent('en');
        const el = await mount(undefined, wrapper);
        await fill(el, valid);
        const failed = oneEvent(el, 'press-error') as Promise<PressErrorEvent>;
        submit(el);
        const event = await failed;
        expect(event.composed).to.equal(true);
        await el.updateComplete;
        const alert = $(el, 'form .status-error[role="alert"]')!;
        expect(text(alert)).to.contain(english);
        expect(text(alert), "the server's own words, decoded, under ours").to.contain(event.detail.message);
        expect($<HTMLTextAreaElement>(el, '[name="comment"]')!.value).to.equal(valid.comment);
        await expect(el).to.be.accessible();
        wrapper.lang = 'de';
        await until(() => text($(el, 'form .status-error')).includes(german), 2000, 'German message');
        $<HTMLButtonElement>(el, 'form [part="retry"]')!.click();
        await until(() => posts().length === 2, 2000, 'a retried post');
      });
    }

    it('sends one POST for five rapid clicks and disables submit while in flight', async () => {
      let release: (r: Response) => void = () => {};
      serve().on('POST', '/wp/v2/comments', () => new Promise<Response>((r) => (release = r)));
      const el = await mount();
      await fill(el, valid);
      for (let i = 0; i < 5; i++) submit(el);
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '[part="submit"]')!.disabled).to.equal(true);
      expect(text($(el, '[part="submit"]'))).to.equal('Posting…');
      await until(() => posts().length === 1);
      release(await recorded('post-comment-response'));
      await until(() => $(el, '#comment-5'));
      expect(posts()).to.have.length(1);
      expect($<HTMLButtonElement>(el, '[part="submit"]')!.disabled).to.equal(false);
    });

    it('sends what the controls hold even when they were filled without input events (autofill)', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      const control = (name: string) => $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`)!;
      control('author').value = 'Erika Muster';
      control('email').value = 'erika@example.org';
      control('comment').value = 'Ausgefüllt ohne Tippen.';
      submit(el);
      await until(() => posts().length === 1, 3000, 'the POST');
      expect(JSON.parse(await posts()[0].text())).to.include({ author_name: 'Erika Muster', author_email: 'erika@example.org', content: 'Ausgefüllt ohne Tippen.' });
      await until(() => $(el, '#comment-5'), 3000, 'the posted comment');
    });

    it('ignores the rest of a double click that lands after a fast post succeeded', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      await fill(el, valid);
      submit(el);
      await until(() => $(el, '#comment-5'));
      submit(el);
      await el.updateComplete;
      expect($(el, '[part="form"] [part="error"]'), 'no validation errors after the success').to.equal(null);
      expect(text($(el, '[part="status"]'))).to.equal('Your comment has been posted.');
      expect(posts()).to.have.length(1);
    });

    it('lets the page veto through a cancelable press-comment-submit, and pass extra data', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      await fill(el, valid);
      const veto = (e: PressCommentSubmitEvent) => e.preventDefault();
      document.addEventListener('press-comment-submit', veto, { once: true });
      const seen = oneEvent(document, 'press-comment-submit') as Promise<PressCommentSubmitEvent>;
      submit(el);
      const event = await seen;
      expect(event.cancelable && event.composed).to.equal(true);
      expect(event.detail).to.include({ post: 6, parent: 0, author_name: 'Erika Muster', content: valid.comment });
      await el.updateComplete;
      expect(posts()).to.have.length(0);

      document.addEventListener('press-comment-submit', (e) => (e.detail.extra.captcha = 'tok'), { once: true });
      submit(el);
      await until(() => posts().length === 1);
      expect(((await posts()[0].json()) as { captcha: string }).captcha).to.equal('tok');
    });

    it('silently drops a post when the honeypot is filled', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount();
      const trap = $<HTMLInputElement>(el, 'input[name="homepage"]')!;
      expect(trap.closest('[inert]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      trap.value = 'http://spam.example';
      await fill(el, valid);
      submit(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(posts()).to.have.length(0);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('keeps a draft across a failed post and a reload, per post and parent, and clears it after success', async () => {
      let fail = true;
      serve().on('POST', '/wp/v2/comments', () => (fail ? json({ code: 'comment_flood', message: 'Slow down.', data: { status: 400 } }, 400) : recorded('post-comment-response')));
      const first = await mount();
      await fill(first, valid);
      submit(first);
      await until(() => $(first, 'form .status-error'));
      first.remove();

      const second = await mount();
      expect($<HTMLTextAreaElement>(second, '[name="comment"]')!.value).to.equal(valid.comment);
      $<HTMLButtonElement>(second, '#comment-2 [part="reply"]')!.click();
      await second.updateComplete;
      expect($<HTMLTextAreaElement>(second, '[name="comment"]')!.value, 'a reply has its own draft').to.equal('');
      $<HTMLButtonElement>(second, '[part="cancel"]')!.click();
      await second.updateComplete;
      await fill(second, { author: valid.author, email: valid.email });
      fail = false;
      submit(second);
      await until(() => $(second, '#comment-5'));
      second.remove();

      const third = await mount();
      expect($<HTMLTextAreaElement>(third, '[name="comment"]')!.value).to.equal('');
    });

    it('remembers name, email and website only after opting in', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const first = await mount();
      await fill(first, { ...valid, url: 'https://example.org/erika' });
      submit(first);
      await until(() => $(first, '#comment-5'));
      expect(localStorage.getItem('press-widgets:comment-author')).to.equal(null);
      first.remove();

      const second = await mount();
      await fill(second, { ...valid, url: 'https://example.org/erika' });
      $<HTMLInputElement>(second, '[name="wp-comment-cookies-consent"]')!.click();
      submit(second);
      await until(() => $(second, '#comment-5'));
      second.remove();

      const third = await mount();
      expect($<HTMLInputElement>(third, '[name="author"]')!.value).to.equal('Erika Muster');
      expect($<HTMLInputElement>(third, '[name="email"]')!.value).to.equal('erika@example.org');
      expect($<HTMLInputElement>(third, '[name="url"]')!.value).to.equal('https://example.org/erika');
      expect($<HTMLInputElement>(third, '[name="wp-comment-cookies-consent"]')!.checked).to.equal(true);
    });

    it('works from the keyboard: Tab through the fields in order, Enter on submit posts', async () => {
      serve().on('POST', '/wp/v2/comments', () => recorded('post-comment-response'));
      const el = await mount(html`<press-comments source=${SOURCE} post="6"></press-comments>`);
      $(el, '[name="comment"]')!.focus();
      await sendKeys({ type: 'Mit der Tastatur' });
      const order: string[] = [];
      for (const value of ['Erika Muster', 'erika@example.org', 'https://example.org']) {
        await sendKeys({ press: 'Tab' });
        order.push(root(el).activeElement!.getAttribute('name')!);
        await sendKeys({ type: value });
      }
      await sendKeys({ press: 'Tab' });
      order.push(root(el).activeElement!.getAttribute('name')!);
      await sendKeys({ press: 'Tab' });
      order.push(root(el).activeElement!.getAttribute('part')!);
      expect(order).to.deep.equal(['author', 'email', 'url', 'wp-comment-cookies-consent', 'submit']);
      await sendKeys({ press: 'Enter' });
      await until(() => posts().length === 1);
      expect(await posts()[0].json()).to.deep.equal({ post: 6, parent: 0, author_name: 'Erika Muster', author_email: 'erika@example.org', author_url: 'https://example.org/', content: 'Mit der Tastatur' });
    });
  });

  describe('sanitizing', () => {
    it('runs no script from hostile bodies, names, websites or avatars', async () => {
      const hostile = HOSTILE_BODIES.map((body, i) => ({
        id: i + 1,
        post: 6,
        parent: 0,
        author_name: HOSTILE_NAMES[i % HOSTILE_NAMES.length],
        author_url: HOSTILE_URLS[i % HOSTILE_URLS.length],
        author_avatar_urls: { 96: `javascript:window.__xss='avatar'` },
        date_gmt: '2024-01-01T10:00:00',
        content: { rendered: body },
        link: `javascript:window.__xss='link'`,
      }));
      serve(() => json(hostile)).on('POST', '/wp/v2/comments', () =>
        json({ ...hostile[1], id: 500, author_name: HOSTILE_NAMES[0], content: { rendered: HOSTILE_BODIES[1] + HOSTILE_BODIES[0] }, status: 'approved' }, 201),
      );
      const el = await mount();
      await fill(el, valid);
      submit(el);
      await until(() => $(el, '#comment-500'));
      await new Promise((r) => setTimeout(r, 100)); // let any injected handler (onerror, onload) have its chance
      expect(window.__xss).to.equal(undefined);

      const shadowRoot = root(el);
      expect($$(el, '[part="content"]')).to.have.length(HOSTILE_BODIES.length + 1);
      for (const content of $$(el, '[part="content"]')) expect(content.querySelector(FORBIDDEN_TAGS), content.innerHTML).to.equal(null);
      for (const node of shadowRoot.querySelectorAll('*')) {
        for (const attribute of node.attributes) {
          expect(attribute.name, `${node.localName}[${attribute.name}]`).not.to.match(/^on/i);
          if (node.closest('[part="content"]')) expect(attribute.name).not.to.equal('style');
        }
      }
      // Our own permalinks lead to this page, built from its URL and the numeric id: nothing of the commenter's.
      const page = location.href.split('#')[0];
      for (const a of shadowRoot.querySelectorAll<HTMLAnchorElement>('a[part="permalink"]')) expect(a.href.replace(page, '')).to.match(/^#comment-\d+$/);
      for (const a of shadowRoot.querySelectorAll<HTMLAnchorElement>('a[href]:not([part="permalink"])')) {
        expect(a.protocol, a.href).to.be.oneOf(['http:', 'https:', 'mailto:']);
        expect(a.rel).to.equal('nofollow ugc noopener noreferrer');
      }
      for (const img of shadowRoot.querySelectorAll('img')) expect(img.getAttribute('src')).to.match(/^https?:/);
      // Names are text: nothing in them becomes an element (only our own website link wraps them).
      for (const author of $$(el, '[part="author"]')) expect(author.querySelector(':not(a), a *'), author.innerHTML).to.equal(null);
      expect($$(el, '[part="author"]').map((a) => text(a))).to.include('">');
    });
  });
});
