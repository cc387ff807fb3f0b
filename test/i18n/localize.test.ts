import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/press-card/define.js';
import '../../src/elements/press-card-list/define.js';
import type { PressCard } from '../../src/elements/press-card/press-card.js';
import type { PressCardList } from '../../src/elements/press-card-list/press-card-list.js';
import { registerTranslation } from '../../src/i18n/localize.js';
import { FakeServer, hang } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';
import { mount, unmountAll } from './helpers.js';

/** A real image, so the card keeps its figure and credit (a failed image is dropped). */
const PHOTO = new URL('../fixtures/feeds/media/photo.svg', import.meta.url).href;
const DATE = '2024-08-28T08:00:00Z';
const byline = (card: Element) => text(shadow(card).querySelector('.author'));
const dateText = (card: Element) => text(shadow(card).querySelector('time'));
const status = (list: Element) => text(shadow(list).querySelector('[part="status"]'));

/** A card with an author and a date, the two things on it that change with the language. */
const card = (lang?: string) => html`<press-card headline="Kreistag" author="Anna" date=${DATE} lang=${ifDefined(lang)}></press-card>`;

afterEach(() => unmountAll());

describe('language resolution', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('uses the element’s own lang, before any ancestor’s', async () => {
    const wrapper = await mount(html`<div lang="en"><press-card headline="K" author="Anna" date=${DATE} lang="de"></press-card></div>`);
    const el = wrapper.querySelector('press-card')!;
    expect(byline(el)).to.equal('von Anna');
    expect(dateText(el)).to.equal('28. August 2024');
    await expect(el).to.be.accessible();
  });

  it('uses the nearest ancestor with a lang', async () => {
    const wrapper = await mount(html`<div lang="en"><section lang="de"><p><press-card headline="K" author="Anna" date=${DATE}></press-card></p></section></div>`);
    const el = wrapper.querySelector('press-card')!;
    expect(byline(el)).to.equal('von Anna');
  });

  it('looks across shadow roots, the nearest lang inside the shadow tree winning', async () => {
    const host = await mount(html`<div lang="de"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<press-card author="Anna"></press-card><div lang="en"><press-card author="Anna"></press-card></div>';
    const [outer, inner] = [...root.querySelectorAll<PressCard>('press-card')];
    await Promise.all([outer.updateComplete, inner.updateComplete]);
    expect(byline(outer)).to.equal('von Anna');
    expect(byline(inner)).to.equal('by Anna');
  });

  it('falls back to <html lang>', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<PressCard>(card());
    expect(byline(el)).to.equal('von Anna');
  });

  it('uses the base language of a regional tag (de-AT → German), with regional dates', async () => {
    const el = await fixture<PressCard>(card('de-AT'));
    expect(byline(el)).to.equal('von Anna');
    expect(dateText(el)).to.equal('28. August 2024');
    const january = await fixture<PressCard>(html`<press-card headline="K" date="2024-01-15T12:00:00Z" lang="de-AT"></press-card>`);
    expect(dateText(january)).to.equal('15. Jänner 2024', 'Austrian German names January its own way');
  });

  it('falls back to English for an unknown or malformed language', async () => {
    document.documentElement.lang = 'de';
    const unknown = await fixture<PressCard>(card('xx'));
    expect(byline(unknown)).to.equal('by Anna');
    const malformed = await fixture<PressCard>(card('not a language!'));
    expect(byline(malformed)).to.equal('by Anna');
    expect(dateText(malformed)).to.equal('August 28, 2024');
  });

  it('treats lang="" as unknown, not as “inherit” (HTML semantics)', async () => {
    const wrapper = await mount(html`<div lang="de"><press-card headline="K" author="Anna" lang=""></press-card></div>`);
    expect(byline(wrapper.querySelector('press-card')!)).to.equal('by Anna');
  });
});

describe('live language switching', () => {
  const server = new FakeServer().on('GET', '/feed.json', hang);
  const pageLang = document.documentElement.getAttribute('lang');
  before(() => server.install());
  after(() => server.uninstall());
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('re-renders cards and the loading text when <html lang> changes', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await mount(html`<div>${card()}<press-card-list source="/feed.json"></press-card-list></div>`);
    const el = wrapper.querySelector<PressCard>('press-card')!;
    const list = wrapper.querySelector<PressCardList>('press-card-list')!;
    await until(() => status(list) === 'Loading articles…', 3000, 'English loading text');
    expect(dateText(el)).to.equal('August 28, 2024');

    document.documentElement.lang = 'de';
    await until(() => dateText(el) === '28. August 2024', 3000, 'German date');
    expect(byline(el)).to.equal('von Anna');
    await until(() => status(list) === 'Artikel werden geladen …', 3000, 'German loading text');
    await expect(list).to.be.accessible();
  });

  it('re-renders when an ancestor’s lang changes or is removed', async () => {
    const wrapper = await mount(html`<div lang="de">${card()}</div>`);
    const el = wrapper.querySelector<PressCard>('press-card')!;
    expect(dateText(el)).to.equal('28. August 2024');
    wrapper.setAttribute('lang', 'en');
    await until(() => dateText(el) === 'August 28, 2024', 3000, 'English date');
    wrapper.setAttribute('lang', 'de');
    await until(() => dateText(el) === '28. August 2024', 3000, 'German date again');
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await until(() => byline(el) === 'by Anna', 3000, 'back to the page language');
  });

  it('re-renders when a lang inside a shadow root changes', async () => {
    const host = await mount(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section lang="de"><press-card author="Anna" date="${DATE}"></press-card></section>`;
    const el = root.querySelector<PressCard>('press-card')!;
    await el.updateComplete;
    expect(dateText(el)).to.equal('28. August 2024');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await until(() => dateText(el) === 'August 28, 2024', 3000, 'English date inside the shadow root');
    el.setAttribute('lang', 'de');
    await until(() => byline(el) === 'von Anna', 3000, 'the element’s own lang inside the shadow root');
  });
});

describe('string overrides', () => {
  it('takes overrides from the strings property, term by term, and drops them again', async () => {
    const el = await fixture<PressCard>(card('de'));
    el.strings = { byAuthor: (name) => `Ein Text von ${name}` };
    await el.updateComplete;
    expect(byline(el)).to.equal('Ein Text von Anna');
    expect(dateText(el)).to.equal('28. August 2024', 'the date still follows lang');
    el.strings = null;
    await el.updateComplete;
    expect(byline(el)).to.equal('von Anna');
  });

  it('overrides the list’s loading text through its strings property', async () => {
    const server = new FakeServer().on('GET', '/feed.json', hang).install();
    try {
      const list = await fixture<PressCardList>(html`<press-card-list source="/feed.json" .strings=${{ loadingArticles: 'Einen Moment …' }}></press-card-list>`);
      await until(() => status(list) === 'Einen Moment …', 3000, 'overridden loading text');
    } finally {
      server.uninstall();
    }
  });

  it('reads a <script type="application/json" data-strings> child, filling {0} and ignoring non-strings', async () => {
    const el = await fixture<PressCard>(html`<press-card author="Anna" credit="dpa" image=${PHOTO} lang="de">
      <script type="application/json" data-strings>{"byAuthor": "Geschrieben von {0}", "photoCredit": 42}</script>
    </press-card>`);
    expect(byline(el)).to.equal('Geschrieben von Anna');
    expect(text(shadow(el).querySelector('[part="credit"]'))).to.equal('Bildnachweis: dpa');
  });

  it('lets the strings property win over the markup, and ignores malformed JSON', async () => {
    const el = await fixture<PressCard>(html`<press-card author="Anna" .strings=${{ byAuthor: 'Autorin: {0}' }}>
      <script type="application/json" data-strings>{"byAuthor": "Von {0}"}</script>
    </press-card>`);
    expect(byline(el)).to.equal('Autorin: Anna');
    const broken = await fixture<PressCard>(html`<press-card author="Anna"><script type="application/json" data-strings>{byAuthor:</script></press-card>`);
    expect(byline(broken)).to.equal('by Anna');
  });
});

describe('registerTranslation', () => {
  it('adds a language at run time and re-renders the elements already showing', async () => {
    const el = await fixture<PressCard>(card('eo'));
    expect(byline(el)).to.equal('by Anna', 'no Esperanto yet: English');
    registerTranslation({ $code: 'EO', byAuthor: (name) => `de ${name}` });
    await until(() => byline(el) === 'de Anna', 3000, 'the new language');
  });

  it('extends a language term by term, a regional code falling back to it', async () => {
    registerTranslation({ $code: 'eo', byAuthor: (name) => `verkita de ${name}` }, { $code: 'eo', photoCredit: 'Fotokredito' });
    const el = await fixture<PressCard>(html`<press-card author="Anna" credit="dpa" image=${PHOTO} lang="eo-XX"></press-card>`);
    expect(byline(el)).to.equal('verkita de Anna');
    expect(text(shadow(el).querySelector('[part="credit"]'))).to.equal('Fotokredito: dpa');
  });
});
