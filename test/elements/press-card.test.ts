import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/press-card/define.js';
import type { PressCard } from '../../src/elements/press-card/press-card.js';
import { shadow, text } from '../support/dom.js';

describe('press-card', () => {
  it('renders headline link, image with alt, credit, date, excerpt and meta as parts', async () => {
    const el = await fixture<PressCard>(html`<press-card
      href="https://example.org/bexbach"
      headline="Sicherheitspartnerschaft mit Bexbach"
      excerpt="<p>Das Ministerium <b>arbeitet</b> zusammen.</p>"
      image="https://example.org/bexbach.jpg"
      image-alt="Unterzeichnung im Rathaus"
      credit="Foto: MIBS/C. Stoll"
      author="Redaktion"
      date="2024-08-28T08:00:00Z"
      category="Innere Sicherheit"
    ></press-card>`);
    const root = shadow(el);
    const link = root.querySelector('[part="headline"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/bexbach');
    expect(text(link)).to.equal('Sicherheitspartnerschaft mit Bexbach');
    const img = root.querySelector('img[part="image"]')!;
    expect(img.getAttribute('alt')).to.equal('Unterzeichnung im Rathaus');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(text(root.querySelector('[part="credit"]'))).to.contain('Foto: MIBS/C. Stoll');
    expect(root.querySelector('[part="excerpt"] b')).to.exist;
    expect(root.querySelector('[part="base"]')!.localName).to.equal('article');
    const time = root.querySelector('[part="meta"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-08-28T08:00:00.000Z');
    expect(text(time)).to.equal('August 28, 2024');
    await expect(el).to.be.accessible();
  });

  it('localizes the date from an ancestor lang', async () => {
    // Mount the card itself into a German parent: fixture() of a plain <div> waits for an animation
    // frame, which a page the runner keeps in the background may never get.
    const parentNode = document.createElement('div');
    parentNode.lang = 'de';
    document.body.append(parentNode);
    const el = await fixture<PressCard>(html`<press-card headline="A" date="2024-08-28T08:00:00Z"></press-card>`, { parentNode });
    expect(text(shadow(el).querySelector('time'))).to.equal('28. August 2024');
  });

  it('renders hostile text as text and drops unsafe URLs and markup', async () => {
    const el = await fixture<PressCard>(html`<press-card
      href="javascript:alert(1)"
      headline="<img src=x onerror=alert(1)>"
      excerpt="<img src=x onerror=alert(1)><script>alert(1)</script><a href='javascript:alert(1)'>x</a><p style='color:red' onclick='alert(1)'>ok</p>"
      image="data:image/svg+xml,<svg onload=alert(1)>"
      credit="<b>Foto</b>"
    ></press-card>`);
    const root = shadow(el);
    expect(root.querySelector('[part="headline"] a')).to.equal(null, 'a javascript: href is not linked');
    expect(text(root.querySelector('[part="headline"]'))).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).to.equal(null);
    const excerpt = root.querySelector('[part="excerpt"]')!;
    expect(excerpt.querySelector('img, script, a, [onclick], [style]')).to.equal(null);
    expect(text(excerpt)).to.contain('ok');
  });

  it('takes an article object, attributes winning', async () => {
    const el = await fixture<PressCard>(html`<press-card headline="Override"></press-card>`);
    el.article = { id: '1', url: 'https://example.org/a', headline: 'From object', excerptHtml: '', category: 'Sport' };
    await el.updateComplete;
    const root = shadow(el);
    expect(text(root.querySelector('[part="headline"]'))).to.equal('Override');
    expect(text(root.querySelector('[part="category"]'))).to.equal('Sport');
    expect(root.querySelector('a')!.href).to.equal('https://example.org/a');
  });

  it("takes an article object under the attributes' own names too", async () => {
    const el = await fixture<PressCard>(html`<press-card></press-card>`);
    el.article = { href: 'https://example.org/b', headline: 'Attribut-Namen', excerpt: '<p>Text <em>hier</em></p>', image: 'https://example.org/b.jpg', imageAlt: 'Ein Bild', credit: 'Foto: X', date: '2024-08-28T08:00:00Z' };
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector<HTMLAnchorElement>('[part="headline"] a')!.href).to.equal('https://example.org/b');
    expect(root.querySelector('[part="image"]')!.getAttribute('alt')).to.equal('Ein Bild');
    expect(root.querySelector('[part="excerpt"] em')).to.exist;
    expect(text(root.querySelector('[part="credit"]'))).to.contain('Foto: X');
  });

  it('keeps a photo that cannot load in place, with its alt text and credit, as a plain placeholder', async () => {
    const el = await fixture<PressCard>(html`<press-card headline="A" image="https://example.invalid/gone.jpg" image-alt="Ein Foto" credit="Foto: X"></press-card>`);
    const root = shadow(el);
    root.querySelector('img')!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    const img = root.querySelector<HTMLImageElement>('[part="image"]')!;
    expect(img.alt).to.equal('Ein Foto');
    expect(getComputedStyle(img).opacity).to.equal('0', 'no broken-image icon');
    expect(text(root.querySelector('[part="credit"]'))).to.contain('Foto: X');
  });
});
