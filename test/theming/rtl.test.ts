import { expect } from '@open-wc/testing';
import '../../src/elements/press-card/define.js';
import '../../src/elements/press-comments/define.js';
import type { PressElement } from '../../src/internal/press-element.js';
import { FakeServer, recorded } from '../support/fake-server.js';
import { shadow, until } from '../support/dom.js';

describe('right-to-left pages', () => {
  let server: FakeServer | undefined;
  let page: HTMLElement | undefined;
  afterEach(() => {
    server?.uninstall();
    page?.remove();
  });

  /** Mounts `tag` inside a dir="rtl" container, as an Arabic or Hebrew site would. */
  async function mountRtl(tag: string, attributes: Record<string, string>): Promise<PressElement> {
    page ??= Object.assign(document.createElement('div'), { dir: 'rtl' });
    document.body.append(page);
    const el = document.createElement(tag) as PressElement;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    page.append(el);
    await el.updateComplete;
    return el;
  }

  it('indents replies from the right', async () => {
    server = new FakeServer().on('GET', '/wp/v2/comments', () => recorded('comments-asc')).install();
    const comments = await mountRtl('press-comments', { source: 'https://news.example/wp-json/wp/v2/comments', post: '6' });
    await until(() => shadow(comments).querySelector('.replies'), 3000, 'replies');
    const replies = getComputedStyle(shadow(comments).querySelector('.replies')!);
    expect(parseFloat(replies.paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(replies.paddingLeft)).to.equal(0);
  });

  it('puts the photo credit in the corner where the line ends', async () => {
    const card = await mountRtl('press-card', { headline: 'A', image: 'https://news.example/a.jpg', credit: 'Foto: X' });
    const credit = getComputedStyle(shadow(card).querySelector('[part="credit"]')!);
    expect(credit.left).to.equal('0px');
  });
});
