// Nothing here may import the localize module statically: the first test announces a language
// before it loads, the way a locale <script> placed before the bundle does.
import { expect, fixture, html } from '@open-wc/testing';
import type { PressCard } from '../../src/elements/press-card/press-card.js';
import type { PressElement } from '../../src/internal/press-element.js';
import { announceTranslation, receiveTranslations, TRANSLATION_EVENT, type AnnouncedTranslation } from '../../src/i18n/announce.js';
import type { Translation } from '../../src/i18n/translation.js';
import { en } from '../../src/i18n/translations/en.js';
import { de } from '../../src/i18n/translations/de.js';
import { fr } from '../../src/i18n/translations/fr.js';
import { es } from '../../src/i18n/translations/es.js';
import { it as italian } from '../../src/i18n/translations/it.js';
import { nl } from '../../src/i18n/translations/nl.js';
import { pl } from '../../src/i18n/translations/pl.js';
import { pt } from '../../src/i18n/translations/pt.js';
import { FakeServer, hang } from '../support/fake-server.js';
import { shadow, text, until } from '../support/dom.js';
import { mount, unmountAll } from './helpers.js';

const ALL: Translation[] = [en, de, fr, es, italian, nl, pl, pt];
const byline = (card: Element) => text(shadow(card).querySelector('.author'));

/** Renders one term through the real LocalizeController, in the element's language. */
async function defineProbe(): Promise<void> {
  const { PressElement } = await import('../../src/internal/press-element.js');
  class PressTestProbe extends PressElement {
    static override properties = { count: { type: Number } };
    count = 0;
    override render() {
      return html`<p>${this.localize.term('commentCount', this.count)}</p>`;
    }
  }
  customElements.define('press-test-probe', PressTestProbe);
}

afterEach(() => unmountAll());

describe('language modules', () => {
  before(async () => {
    announceTranslation({ $code: 'eo', byAuthor: (name) => `de ${name}` });
    await import('../../src/elements/press-card/define.js');
    await import('../../src/elements/press-card-list/define.js');
    await defineProbe();
  });

  it('picks up a language announced before the elements loaded', async () => {
    const el = await fixture<PressCard>(html`<press-card author="Anna" lang="eo"></press-card>`);
    expect(byline(el)).to.equal('de Anna');
  });

  it('switches lang="fr" elements to French when the French module loads after them', async () => {
    const server = new FakeServer().on('GET', '/feed.json', hang).install();
    try {
      const wrapper = await mount(html`<div lang="fr">
        <press-card headline="Conseil municipal" author="Anna" date="2024-08-28T08:00:00Z"></press-card>
        <press-card-list source="/feed.json"></press-card-list>
      </div>`);
      const card = wrapper.querySelector<PressCard>('press-card')!;
      const list = wrapper.querySelector('press-card-list')!;
      const status = () => text(shadow(list).querySelector('[part="status"]'));
      await until(() => status() === 'Loading articles…', 3000, 'English before the module loads');
      expect(byline(card)).to.equal('by Anna');

      await import('../../src/locales/fr.js');
      await until(() => byline(card) === 'par Anna', 3000, 'French byline');
      await until(() => status() === 'Chargement des articles…', 3000, 'French loading text');
      expect(text(shadow(card).querySelector('time'))).to.equal('28 août 2024');
      await expect(wrapper).to.be.accessible();
    } finally {
      server.uninstall();
    }
  });

  it('each language module registers its language', async () => {
    await Promise.all(['es', 'it', 'nl', 'pl', 'pt'].map((code) => import(`../../src/locales/${code}.ts`)));
    const expected: Record<string, string> = { es: 'por Anna', it: 'di Anna', nl: 'door Anna', pl: 'Autor: Anna', pt: 'por Anna' };
    for (const [lang, line] of Object.entries(expected)) {
      const el = await fixture<PressCard>(html`<press-card author="Anna" lang=${lang}></press-card>`);
      expect(byline(el), lang).to.equal(line);
    }
  });

  it('renders Polish plurals through the controller (1, 2, 5, 22 comments)', async () => {
    const el = await fixture<PressElement & { count: number }>(html`<press-test-probe lang="pl"></press-test-probe>`);
    const rendered = async (count: number) => {
      el.count = count;
      await el.updateComplete;
      return text(shadow(el));
    };
    expect(await rendered(1)).to.equal('1 komentarz');
    expect(await rendered(2)).to.equal('2 komentarze');
    expect(await rendered(5)).to.equal('5 komentarzy');
    expect(await rendered(22)).to.equal('22 komentarze');
    el.setAttribute('lang', 'en');
    expect(await rendered(1)).to.equal('1 comment');
    expect(await rendered(2)).to.equal('2 comments');
  });
});

describe('announce channel', () => {
  it('hands a receiver what was announced before it and what is announced after', () => {
    const early = { $code: 'x-early', retry: 'early' };
    announceTranslation(early);
    const received: AnnouncedTranslation[] = [];
    receiveTranslations((t) => received.push(t));
    expect(received).to.include(early);
    const late = { $code: 'x-late', retry: 'late' };
    announceTranslation(late);
    expect(received.at(-1)).to.equal(late);
  });

  it('skips malformed announcements instead of throwing', () => {
    const received: AnnouncedTranslation[] = [];
    receiveTranslations((t) => received.push(t));
    const count = received.length;
    globalThis.dispatchEvent(new CustomEvent(TRANSLATION_EVENT, { detail: null }));
    globalThis.dispatchEvent(new CustomEvent(TRANSLATION_EVENT, { detail: { retry: 'no code' } }));
    expect(received.length).to.equal(count);
  });
});

describe('translations', () => {
  const keys = Object.keys(en) as Array<keyof Translation>;

  it('every language has every key, of the same kind, and no empty value', () => {
    for (const t of ALL) {
      expect(Object.keys(t), t.$code).to.have.members(keys);
      for (const key of keys) {
        const value = t[key];
        expect(typeof value, `${t.$code}.${key}`).to.equal(typeof en[key]);
        const shown = typeof value === 'function' ? (value as (...a: unknown[]) => string)('Ⓝ', 'Ⓓ') : value;
        expect(shown.trim(), `${t.$code}.${key}`).not.to.equal('');
      }
    }
  });

  it('terms with arguments show them', () => {
    for (const t of ALL) {
      const code = t.$code;
      expect(t.errorHttp(503), code).to.contain('503');
      expect(t.byAuthor('Ⓝ'), code).to.contain('Ⓝ');
      expect(t.replyTo('Ⓝ'), code).to.contain('Ⓝ');
      expect(t.copyLinkOf('Ⓝ'), code).to.contain('Ⓝ');
      expect(t.errorServerSaid('Ⓜ'), code).to.contain('Ⓜ');
      for (const n of [0, 1, 2, 5, 22, 1000]) {
        for (const term of [t.commentCount, t.charactersLeft, t.commentTooLong, t.fixErrors]) expect(term(n), code).to.contain(String(n));
      }
    }
  });

  it('is really translated: codes match and almost nothing is left in English', () => {
    expect(ALL.map((t) => t.$code)).to.deep.equal(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']);
    for (const t of ALL.slice(1)) {
      const same = keys.filter((key) => !key.startsWith('$') && typeof en[key] === 'string' && t[key] === en[key]);
      expect(same.length, `${t.$code} keeps English for ${same.join(', ')}`).to.be.below(3);
      expect(new Set(keys.map((key) => t[key])).size, t.$code).to.be.above(keys.length - 6);
    }
  });

  it('keeps the contract strings in English and German exactly', () => {
    expect([en.previousArticle, en.nextArticle, en.leaveReply, en.enterName, en.enterComment]).to.deep.equal([
      'Previous article', 'Next article', 'Leave a reply', 'Please enter your name.', 'Please enter your comment.',
    ]);
    expect([de.previousArticle, de.nextArticle, de.leaveReply, de.enterName, de.enterComment]).to.deep.equal([
      'Vorheriger Artikel', 'Nächster Artikel', 'Hinterlassen Sie eine Antwort', 'Bitte geben Sie Ihren Namen ein.', 'Bitte geben Sie Ihren Kommentar ein.',
    ]);
  });

  it('counts in Polish with one, few and many forms', () => {
    expect([1, 2, 4, 5, 12, 21, 22, 25, 0].map(pl.commentCount)).to.deep.equal([
      '1 komentarz', '2 komentarze', '4 komentarze', '5 komentarzy', '12 komentarzy', '21 komentarzy', '22 komentarze', '25 komentarzy', '0 komentarzy',
    ]);
    expect(pl.commentCount(1.5)).to.equal('1.5 komentarza');
    expect([1, 3, 5].map(pl.charactersLeft)).to.deep.equal(['Pozostał 1 znak', 'Pozostały 3 znaki', 'Pozostało 5 znaków']);
    expect([1, 2, 5].map(pl.fixErrors)).to.deep.equal(['Prosimy poprawić 1 pole.', 'Prosimy poprawić 2 pola.', 'Prosimy poprawić 5 pól.']);
    expect(pl.commentTooLong(1000)).to.contain('1000 znaków');
  });

  it('counts in the other languages by their own rules', () => {
    expect([en.commentCount(1), en.commentCount(2), en.commentCount(0)]).to.deep.equal(['1 comment', '2 comments', '0 comments']);
    expect([fr.commentCount(0), fr.commentCount(1), fr.commentCount(2)]).to.deep.equal(['0 commentaire', '1 commentaire', '2 commentaires']);
    expect([es.charactersLeft(1), es.charactersLeft(3)]).to.deep.equal(['Queda 1 carácter', 'Quedan 3 caracteres']);
    expect([italian.commentCount(1), italian.commentCount(7)]).to.deep.equal(['1 commento', '7 commenti']);
    expect([nl.commentCount(1), nl.commentCount(3)]).to.deep.equal(['1 reactie', '3 reacties']);
    expect([pt.commentCount(1), pt.commentCount(2)]).to.deep.equal(['1 comentário', '2 comentários']);
  });

  it('follows each language’s typography and grammar', () => {
    for (const [key, value] of Object.entries(fr)) {
      const shown = typeof value === 'function' ? value('Anne', 'Paul') : value;
      expect(shown, `fr.${key}`).not.to.match(/ [:;!?]/, 'French puts a no-break space before : ; ! ?');
    }
    expect([fr.copyLinkOf('Anne'), fr.copyLinkOf('Paul'), fr.copyLinkOf('Émile')]).to.deep.equal([' (commentaire d’Anne)', ' (commentaire de Paul)', ' (commentaire d’Émile)']);
  });
});
