import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/press-card/define.js';
import type { PressCard } from '../../src/elements/press-card/press-card.js';
import { shadow } from '../support/dom.js';

const card = () => html`<press-card href="https://example.org/a" headline="Schlagzeile" category="Region" date="2024-08-28T08:00:00Z"></press-card>`;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`)!;

describe('theming', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    style?.remove();
    style = undefined;
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  const pageStyle = (css: string) => {
    style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  };

  it('applies a page rule on ::part(headline)', async () => {
    pageStyle('press-card::part(headline) { letter-spacing: 3px; text-transform: uppercase; }');
    const el = await fixture<PressCard>(card());
    const headline = getComputedStyle(part(el, 'headline'));
    expect(headline.letterSpacing).to.equal('3px');
    expect(headline.textTransform).to.equal('uppercase');
  });

  it('reads --press-* custom properties set on :root, specific before general', async () => {
    const el = await fixture<PressCard>(card());
    expect(getComputedStyle(part(el, 'base')).borderTopLeftRadius).to.equal('8px');
    pageStyle(':root { --press-radius: 3px; --press-accent: rgb(1, 2, 3); }');
    expect(getComputedStyle(part(el, 'base')).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(part(el, 'category')).color).to.equal('rgb(1, 2, 3)');
    style!.textContent += ' :root { --press-card-radius: 11px; }';
    expect(getComputedStyle(part(el, 'base')).borderTopLeftRadius).to.equal('11px');
  });

  it('inherits the page font and text colour', async () => {
    pageStyle('.host-page { font-family: Georgia; color: rgb(40, 50, 60); }');
    const wrapper = await fixture(html`<div class="host-page">${card()}</div>`);
    const headline = part(wrapper.querySelector('press-card')!, 'link');
    expect(getComputedStyle(headline).fontFamily).to.equal('Georgia');
    expect(getComputedStyle(headline).color).to.equal('rgb(40, 50, 60)');
  });

  it("follows the page's own color-scheme switch live", async () => {
    const el = await fixture<PressCard>(card());
    const light = getComputedStyle(part(el, 'category')).color;
    document.documentElement.style.setProperty('color-scheme', 'dark');
    const dark = getComputedStyle(part(el, 'category')).color;
    expect(dark).to.not.equal(light);
  });

  it('follows prefers-color-scheme live with theme="auto", and theme="dark" pins dark', async () => {
    const auto = await fixture<PressCard>(html`<press-card theme="auto" headline="A" category="Region"></press-card>`);
    const lightBackground = getComputedStyle(auto).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(auto).backgroundColor).to.not.equal(lightBackground);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await fixture<PressCard>(html`<press-card theme="dark" headline="A"></press-card>`);
    expect(getComputedStyle(dark).backgroundColor).to.not.equal(lightBackground);
  });

  it('draws its surfaces from the page: a page that turns dark (color-scheme light dark, OS dark) darkens the card', async () => {
    // A dark-aware page that sets no colours of its own: the UA's canvas and text follow the OS.
    pageStyle(':root { color-scheme: light dark; }');
    const el = await fixture<PressCard>(card());
    const light = getComputedStyle(part(el, 'base')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(part(el, 'base')).backgroundColor;
    expect(light).to.not.equal('rgba(0, 0, 0, 0)', 'the card has a surface by default');
    expect(dark).to.not.equal(light);
  });
});
