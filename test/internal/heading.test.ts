import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { heading } from '../../src/internal/heading.js';

describe('heading', () => {
  const rendered = (level: number, id?: string) => {
    const container = document.createElement('div');
    render(html`${heading(level, { part: 'headline', id, className: 'headline' }, html`<a href="#x">Titel</a>`)}`, container);
    return container.querySelector('[part="headline"]')!;
  };

  it('renders a real heading at the level asked for, with its part, id, class and content', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = rendered(level, 'h-id');
      expect(el.localName).to.equal(`h${level}`);
      expect(el.id).to.equal('h-id');
      expect(el.className).to.equal('headline');
      expect(el.querySelector('a')!.textContent).to.equal('Titel');
    }
  });

  it('clamps levels to h1…h6, takes 2 for nonsense, and leaves out an id it was not given', () => {
    expect(rendered(-3).localName).to.equal('h1');
    expect(rendered(0).localName).to.equal('h2');
    expect(rendered(9).localName).to.equal('h6');
    expect(rendered(2.6).localName).to.equal('h3');
    expect(rendered(Number.NaN).localName).to.equal('h2');
    expect(rendered(3).hasAttribute('id')).to.equal(false);
  });
});
