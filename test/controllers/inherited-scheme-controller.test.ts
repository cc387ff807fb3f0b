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
