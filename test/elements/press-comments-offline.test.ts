import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-comments/define.js';
import type { PressComments } from '../../src/elements/press-comments/press-comments.js';
import { createDemoApi } from '../../demo/api/router.js';
import type { FakeServer } from '../support/fake-server.js';
import { demoServer } from '../support/demo-server.js';
import { shadow, text, until } from '../support/dom.js';

const SOURCE = `${location.origin}/wp-json/wp/v2/comments`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);

describe('press-comments posting while offline', function () {
  this.timeout(15_000);
  let server: FakeServer;
  beforeEach(() => {
    localStorage.clear();
    ({ server } = demoServer({ api: createDemoApi() }));
  });
  afterEach(() => {
    server.uninstall();
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('says the comment was not sent, keeps the text, sends nothing, and posts once back online', async () => {
    const el = await fixture<PressComments>(html`<press-comments lang="de" source=${SOURCE} post="23" eager></press-comments>`);
    await until(() => $(el, '[part~="comment"]') && $(el, 'textarea[name="comment"]'), 3000, 'thread and form');
    const fill = (name: string, value: string) => {
      const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('author', 'Erika Muster');
    fill('email', 'erika@example.org');
    fill('comment', 'Geschrieben im Zug, im Funkloch.');
    // What the browser does without a network: onLine turns false and fetch rejects.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const online = window.fetch;
    window.fetch = (...args) => (navigator.onLine === false ? Promise.reject(new TypeError('Failed to fetch')) : online(...args));
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();

    await until(() => text(shadow(el)).includes('offline'), 3000, 'the offline message');
    expect(text(shadow(el))).to.contain('Ihr Kommentar wurde deshalb nicht gesendet');
    expect(server.requests.filter((r) => r.method === 'POST'), 'nothing reached the server').to.have.length(0);
    expect(text(shadow(el)), 'not the "may have arrived" message of a lost answer').not.to.contain('vielleicht schon angekommen');
    expect($<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!.value).to.equal('Geschrieben im Zug, im Funkloch.');

    delete (navigator as { onLine?: boolean }).onLine;
    window.fetch = online;
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await until(() => server.requests.some((r) => r.method === 'POST'), 3000, 'the post once online');
    await until(() => text(shadow(el)).includes('Geschrieben im Zug'), 3000, 'the comment in the thread');
    expect(server.requests.filter((r) => r.method === 'POST')).to.have.length(1);
  });
});
