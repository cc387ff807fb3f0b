import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-card/define.js';
import '../../src/elements/press-card-list/define.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { FakeServer, hang } from '../support/fake-server.js';
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
});
