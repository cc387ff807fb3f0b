import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LiveThread, liveConverter, type LiveCheckResult } from '../../src/elements/press-comments/live-thread.js';
import type { ThreadController } from '../../src/elements/press-comments/thread-controller.js';
import type { Comment } from '../../src/sources/models.js';
import { until } from '../support/dom.js';

const comment = (id: number): Comment => ({ id, post: 6, parent: 0, authorName: `N${id}`, authorUrl: '', avatar: '', date: `2025-09-04T10:0${id}:00Z`, contentHtml: '', link: '', status: 'approved' });

/** The timing of LiveThread, with its check (the request) replaced by what the test queued. */
class TimedLive extends LiveThread {
  constructor(private readonly recorder: LiveHost) {
    super(recorder, { interval: () => recorder.interval, thread: {} as ThreadController, where: () => ({ source: '', post: 0 }), timeout: () => 1000 });
  }

  protected override check(): Promise<LiveCheckResult> {
    const host = this.recorder;
    host.started++;
    host.inFlight++;
    host.maxInFlight = Math.max(host.maxInFlight, host.inFlight);
    return host.answer().finally(() => host.inFlight--);
  }
}

/** A host that records every check and answers with what the test queued. */
class LiveHost extends LitElement {
  interval: number | null = 1;
  started = 0;
  inFlight = 0;
  maxInFlight = 0;
  answer: () => Promise<LiveCheckResult> = async () => ({ comments: [], total: 0 });
  readonly live: LiveThread = new TimedLive(this);
}
customElements.define('live-host', LiveHost);

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LiveThread timing', () => {
  before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  afterEach(() => setVisibility('visible'));

  it('reads `live` as seconds: alone 60, absent off', () => {
    expect(liveConverter.fromAttribute(null)).to.equal(null);
    expect(liveConverter.fromAttribute('')).to.equal(60);
    expect(liveConverter.fromAttribute('2')).to.equal(2);
    expect(liveConverter.fromAttribute('soon')).to.equal(60);
    expect(liveConverter.fromAttribute('0.1')).to.equal(1);
  });

  it('checks while on screen and visible, and holds what it finds until taken', async () => {
    const el = await fixture<LiveHost>(html`<live-host></live-host>`);
    el.answer = async () => ({ comments: [comment(1), comment(2)], total: 3 });
    await until(() => el.started >= 1, 4000, 'first check');
    await until(() => el.live.count === 3, 2000, 'count');
    expect(el.live.pending.map((c) => c.id)).to.deep.equal([1, 2]);
    el.answer = async () => ({ comments: [comment(3)], total: 1 });
    expect(el.live.take().map((c) => c.id)).to.deep.equal([1, 2]);
    // One more was announced than fetched: it is looked for at once, not after the interval.
    await until(() => el.live.pending.length === 1, 800, 'the rest');
    expect(el.live.count).to.equal(1);
  });

  it('never has two checks in flight', async () => {
    const el = await fixture<LiveHost>(html`<live-host></live-host>`);
    let release: () => void = () => {};
    el.answer = () => new Promise((resolve) => (release = () => resolve({ comments: [], total: 0 })));
    await until(() => el.started === 1, 4000, 'first check');
    await wait(2300); // more than two intervals with the first answer still outstanding
    expect(el.started).to.equal(1);
    release();
    await until(() => el.started === 2, 4000, 'next check after the answer');
    expect(el.maxInFlight).to.equal(1);
  });

  it('asks nothing while the tab is hidden and checks again as soon as it is visible', async () => {
    const el = await fixture<LiveHost>(html`<live-host></live-host>`);
    await until(() => el.started === 1, 4000, 'first check');
    setVisibility('hidden');
    const before = el.started;
    await wait(2500);
    expect(el.started, 'no check while hidden').to.equal(before);
    setVisibility('visible');
    await until(() => el.started === before + 1, 500, 'check on return');
  });

  it('asks nothing while the element is off screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.prepend(spacer);
    try {
      const el = await fixture<LiveHost>(html`<live-host style="display:block;height:10px"></live-host>`);
      await wait(1800);
      expect(el.started).to.equal(0);
      el.scrollIntoView();
      await until(() => el.started === 1, 4000, 'check once on screen');
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('backs off after failures and recovers', async () => {
    const el = await fixture<LiveHost>(html`<live-host></live-host>`);
    el.answer = async () => Promise.reject(new Error('offline'));
    await until(() => el.live.failures === 1, 4000, 'first failure');
    await wait(1300); // the interval is 1 s; after one failure the next check waits 2 s
    expect(el.started).to.equal(1);
    await until(() => el.live.failures === 2, 4000, 'second failure');
    el.answer = async () => ({ comments: [comment(1)], total: 1 });
    await until(() => el.live.failures === 0, 6000, 'recovered');
    expect(el.live.count).to.equal(1);
  });

  it('stops when live is switched off or the element leaves', async () => {
    const el = await fixture<LiveHost>(html`<live-host></live-host>`);
    await until(() => el.started === 1, 4000, 'first check');
    el.interval = null;
    el.requestUpdate();
    await el.updateComplete;
    await wait(1500);
    expect(el.started).to.equal(1);
    el.interval = 1;
    el.requestUpdate();
    await until(() => el.started === 2, 4000, 'on again');
    el.remove();
    await wait(1500);
    expect(el.started).to.equal(2);
  });
});
