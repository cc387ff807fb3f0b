import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { NearViewportController } from '../../src/controllers/near-viewport-controller.js';
import { until } from '../support/dom.js';

/** A host that records when it is told it may fetch, the way the elements read it. */
class NearProbe extends LitElement {
  static override properties = { eager: { type: Boolean } };
  declare eager: boolean;
  readonly nearViewport = new NearViewportController(this, () => this.eager);
  /** `near` as each render saw it: what an element's SourceController reads. */
  readonly seen: boolean[] = [];
  constructor() {
    super();
    this.eager = false;
  }
  protected override render() {
    this.seen.push(this.nearViewport.near);
    return html`<button>inside</button>`;
  }
}
customElements.define('near-probe', NearProbe);

const placed: HTMLElement[] = [];
/** A probe `offset` px below the bottom of the viewport (0: on screen at the top). */
function probe(offset: number, attributes: Record<string, string> = {}): NearProbe {
  const wrapper = document.createElement('div');
  if (offset) {
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight + offset}px`;
    wrapper.append(spacer);
  }
  const el = document.createElement('near-probe') as NearProbe;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.display = attributes.style ? '' : 'block';
  wrapper.append(el);
  document.body.append(wrapper);
  placed.push(wrapper);
  return el;
}

afterEach(() => {
  placed.splice(0).forEach((wrapper) => wrapper.remove());
  window.scrollTo(0, 0);
});

describe('NearViewportController', () => {
  it('a host on screen becomes near and renders again; one 3000 px below the fold stays far until scrolled near', async () => {
    const onScreen = probe(0);
    const far = probe(3000);
    await until(() => onScreen.nearViewport.near, 3000, 'the on-screen host to be near');
    expect(onScreen.seen.at(-1)).to.equal(true, 'a render saw near = true');
    // The observer has answered for both hosts by now (same task): the far one is still far.
    await new Promise((r) => setTimeout(r, 100));
    expect(far.nearViewport.near).to.equal(false);
    expect(far.seen.every((near) => !near)).to.equal(true);
    // Scrolled to within one viewport of it (not yet on screen): near.
    window.scrollTo(0, far.getBoundingClientRect().top + window.scrollY - 2 * window.innerHeight + 10);
    await until(() => far.nearViewport.near, 3000, 'the far host to be near after scrolling');
    expect(far.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight, 'near counts before it is seen');
    await far.updateComplete;
    expect(far.seen.at(-1)).to.equal(true);
  });

  it('eager is near before the first render', async () => {
    const el = probe(3000, { eager: '' });
    await el.updateComplete;
    expect(el.seen[0]).to.equal(true);
  });

  it('eager set later loads at once', async () => {
    const el = probe(3000);
    await el.updateComplete;
    expect(el.nearViewport.near).to.equal(false);
    el.eager = true;
    await el.updateComplete;
    expect(el.nearViewport.near).to.equal(true);
  });

  it('focus moving into a far host makes it near', async () => {
    const el = probe(3000);
    await el.updateComplete;
    expect(el.nearViewport.near).to.equal(false);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus({ preventScroll: true });
    // A window in the background of a concurrent run gets no focus events: send the one focus would.
    if (!document.hasFocus()) button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(el.nearViewport.near).to.equal(true);
  });

  it('load() makes it near at once (a #comment- hash)', async () => {
    const el = probe(3000);
    await el.updateComplete;
    el.nearViewport.load();
    await el.updateComplete;
    expect(el.seen.at(-1)).to.equal(true);
  });

  it('a host that is display: none never becomes near, even on screen', async () => {
    const visible = probe(0);
    const hidden = probe(0, { style: 'display: none' });
    hidden.style.display = 'none';
    await until(() => visible.nearViewport.near, 3000, 'the visible host to be near');
    await new Promise((r) => setTimeout(r, 100));
    expect(hidden.nearViewport.near).to.equal(false);
  });

  it('stops watching when disconnected, and watches again when reconnected', async () => {
    const el = probe(3000);
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    window.scrollTo(0, document.body.scrollHeight);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.nearViewport.near).to.equal(false);
    window.scrollTo(0, 0);
    parent.append(el);
    el.scrollIntoView();
    await until(() => el.nearViewport.near, 3000, 'near after reconnecting');
  });
});
