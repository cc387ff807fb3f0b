import { expect } from '@open-wc/testing';
import { luminanceOf } from '../../src/controllers/inherited-scheme-controller.js';

describe('luminanceOf', () => {
  it('measures computed colours of every syntax by WCAG relative luminance', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).to.be.closeTo(1, 0.001);
    expect(luminanceOf('rgb(0, 0, 0)')).to.equal(0);
    expect(luminanceOf('rgb(119, 119, 119)')).to.be.closeTo(0.184, 0.002);
    expect(luminanceOf('rgba(230, 230, 230, 0.8)')).to.be.closeTo(0.79, 0.01);
    expect(luminanceOf('oklch(0.95 0 0)')).to.be.above(0.8);
    expect(luminanceOf('color(srgb 0.1 0.1 0.1)')).to.be.below(0.02);
  });

  it('says nothing (null) for transparent or unreadable colours', () => {
    expect(luminanceOf('rgba(0, 0, 0, 0)')).to.equal(null);
    expect(luminanceOf('rgba(255, 255, 255, 0.05)')).to.equal(null);
  });
});

describe('the first colour reading', () => {
  it('happens before the widget first renders, so the style it forces is the host’s alone, and the dark state is set before the first paint', async () => {
    await import('../../src/elements/press-card/define.js');
    const page = document.createElement('div');
    page.style.color = '#eee';
    document.body.append(page);
    const renderedAtRead: number[] = [];
    const original = window.getComputedStyle;
    window.getComputedStyle = function (this: Window, el: Element, pseudo?: string | null) {
      if (el.localName === 'press-card') renderedAtRead.push(el.shadowRoot?.childElementCount ?? -1);
      return original.call(this, el, pseudo);
    } as typeof window.getComputedStyle;
    try {
      const card = document.createElement('press-card') as HTMLElement & { updateComplete: Promise<unknown> };
      card.setAttribute('headline', 'Kreistag');
      page.append(card);
      await card.updateComplete;
      expect(renderedAtRead, 'one reading, of an empty shadow root').to.deep.equal([0]);
      expect(card.shadowRoot!.childElementCount, 'rendered after it').to.be.above(0);
      const painted = await new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(card.matches(':state(dark)'))));
      expect(painted, 'dark before the first frame').to.equal(true);
    } finally {
      window.getComputedStyle = original;
      page.remove();
    }
  });
});
