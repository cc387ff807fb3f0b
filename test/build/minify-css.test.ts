import { expect } from '@open-wc/testing';
import { squeezeCommas } from '../../scripts/minify-css.js';

describe('squeezeCommas (build-time, after Lightning CSS)', () => {
  it('drops the spaces after commas outside strings and keeps strings as written', () => {
    expect(squeezeCommas('a{color:color-mix(in srgb, currentColor 9%, transparent)}')).to.equal('a{color:color-mix(in srgb,currentColor 9%,transparent)}');
    expect(squeezeCommas(`a:before{content:", x\\", y"}b:after{content:'a, b'}`)).to.equal(`a:before{content:", x\\", y"}b:after{content:'a, b'}`);
  });

  it('leaves what an element computes unchanged, custom properties included', () => {
    const css = ':host{--rule:1px solid color-mix(in srgb, currentColor 16%, transparent)}p{border-top:var(--rule);color:color-mix(in srgb, red 40%, blue);font-family:"A, B", serif}';
    const computed = (text: string) => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${text}</style><p>x</p>`;
      const style = getComputedStyle(root.querySelector('p')!);
      const values = [style.borderTopColor, style.borderTopWidth, style.color, style.fontFamily];
      host.remove();
      return values;
    };
    expect(computed(squeezeCommas(css))).to.deep.equal(computed(css));
    expect(squeezeCommas(css)).to.contain('currentColor 16%,transparent').and.contain('"A, B",serif');
  });
});
