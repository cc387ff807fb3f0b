import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-card/define.js';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { FakeServer, hang, json } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';
import { mount, unmountAll } from './helpers.js';

// A file of its own: ICU's start-up steps run once per page, and this page has no other widget before.
const DATE = '2024-08-28T08:00:00Z';
const dateText = (card: Element) => text(shadow(card).querySelector('time'));

afterEach(() => unmountAll());

describe('date formatter warm-up', () => {
  it('makes the list’s date formatter while its request is out, ICU started in steps of a task each, none in the task that started loading', async () => {
    const server = new FakeServer().on('GET', '/feed.json', hang).install();
    const made: Array<{ kind: string; lang: unknown; task: number }> = [];
    let task = 0;
    const ticker = setInterval(() => task++, 0);
    const originals = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
    for (const kind of Object.keys(originals) as Array<keyof typeof originals>) {
      const Original = originals[kind] as unknown as new (...a: unknown[]) => object;
      (Intl as Record<string, unknown>)[kind] = new Proxy(Original, {
        construct: (target, args) => (made.push({ kind, lang: args[0], task }), new target(...args)),
      });
    }
    try {
      // A language no element of this page used before: its formatter is new.
      const list = await fixture<PressCardList>(html`<press-card-list source="/feed.json" lang="de-ch"></press-card-list>`);
      const startedIn = task;
      await until(() => made.some((m) => m.kind === 'DateTimeFormat' && m.lang === 'de-ch'), 3000, 'the de-CH date formatter made');
      expect(made.every((m) => m.task > startedIn), JSON.stringify(made)).to.equal(true);
      const steps = made.filter((m) => m.lang === 'de-ch');
      expect(steps.map((m) => m.kind), 'plural rules, numbers, then dates').to.deep.equal(['PluralRules', 'NumberFormat', 'DateTimeFormat']);
      expect(new Set(steps.map((m) => m.task)).size, 'one task per step').to.equal(3);
      expect(shadow(list).querySelector('[part~="card"]'), 'no card yet: the request is still out').to.equal(null);
      const before = made.length;
      expect(dateText(await mount(html`<press-card date=${DATE} lang="de-ch"></press-card>`))).to.equal('28. August 2024');
      expect(made.length, 'the first date shown makes no formatter').to.equal(before);
    } finally {
      Object.assign(Intl, originals);
      clearInterval(ticker);
      server.uninstall();
    }
  });

  it('a response that comes first waits for the formatter: no card renders in the task that makes it', async () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'F', items: [{ id: '1', url: 'https://news.example/1', title: 'Eins', date_published: DATE }] };
    const server = new FakeServer().on('GET', '/fast.json', () => json(feed, 200, { 'content-type': 'application/feed+json' })).install();
    const Original = Intl.DateTimeFormat;
    const cardsWhenMade: number[] = [];
    (Intl as Record<string, unknown>).DateTimeFormat = new Proxy(Original, {
      construct: (target, args) => {
        const list = document.querySelector('press-card-list[lang="de-at"]');
        if (args[0] === 'de-at') cardsWhenMade.push(list?.shadowRoot ? list.shadowRoot.querySelectorAll('press-card').length : -1);
        return new target(...(args as []));
      },
    });
    try {
      // Another language than the first test's: its formatter is new, made by a step of its own.
      const list = await fixture<PressCardList>(html`<press-card-list source="/fast.json" lang="de-at"></press-card-list>`);
      await until(() => shadow(list).querySelector('press-card') && dateText(shadow(list).querySelector('press-card')!), 3000, 'the card with its date');
      expect(dateText(shadow(list).querySelector('press-card')!)).to.equal('28. August 2024');
      expect(cardsWhenMade, 'made once, before any card').to.deep.equal([0]);
    } finally {
      Intl.DateTimeFormat = Original;
      server.uninstall();
    }
  });
});
