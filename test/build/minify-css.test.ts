import { expect } from '@open-wc/testing';
import { squeezeCss } from '../../scripts/minify-css.js';

describe('squeezeCss (build-time, after Lightning CSS)', () => {
  it('drops the spaces after commas and spells transparent #0000, outside strings only', () => {
    expect(squeezeCss('a{color:color-mix(in srgb, currentColor 9%, transparent)}')).to.equal('a{color:color-mix(in srgb,currentColor 9%,#0000)}');
    expect(squeezeCss(`a:before{content:", x\\", transparent"}b:after{content:'a, b'}`)).to.equal(`a:before{content:", x\\", transparent"}b:after{content:'a, b'}`);
    expect(squeezeCss('a{--no-transparent:1;animation:transparent-fade 1s}')).to.equal('a{--no-transparent:1;animation:transparent-fade 1s}');
  });

  it('leaves what an element computes unchanged, custom properties included', () => {
    const css =
      ':host{--rule:1px solid color-mix(in srgb, currentColor 16%, transparent)}p{border-top:var(--rule);color:color-mix(in srgb, red 40%, blue);background:color-mix(in srgb, red 30%, transparent);font-family:"A, B", serif}';
    const computed = (text: string) => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${text}</style><p>x</p>`;
      const style = getComputedStyle(root.querySelector('p')!);
      const values = [style.borderTopColor, style.borderTopWidth, style.color, style.backgroundColor, style.fontFamily];
      host.remove();
      return values;
    };
    expect(computed(squeezeCss(css))).to.deep.equal(computed(css));
    expect(squeezeCss(css)).to.contain('currentColor 16%,#0000').and.contain('"A, B",serif');
  });
});
