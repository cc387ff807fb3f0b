import { expect, html as litHtml } from '@open-wc/testing';
import { render } from 'lit';
import { ALLOW_LISTS, sanitizeHtml, sanitizedHtml, type HtmlPlace } from '../../src/sanitize/html.js';
import { UNTRUSTED_LINK_REL } from '../../src/sanitize/url.js';
import '../../src/elements/press-card/define.js';
import { FORBIDDEN_ELEMENTS, XSS_CORPUS } from './xss-corpus.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const ALLOWED_ATTRIBUTES: Record<HtmlPlace, string[]> = { excerpt: [], comment: ['href', 'title', 'rel'] };
const places = Object.keys(ALLOW_LISTS) as HtmlPlace[];

/** The sanitizer's output parsed inertly, to inspect what it would build. */
function parsed(clean: string): DocumentFragment {
  return new DOMParser().parseFromString(`<body>${clean}`, 'text/html').body as unknown as DocumentFragment;
}

/** Gives handlers, image errors and animations a chance to fire. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('sanitizeHtml allow-lists against the XSS corpus', () => {
  for (const place of places) {
    describe(`place "${place}"`, () => {
      for (const payload of XSS_CORPUS) {
        it(`neutralizes ${JSON.stringify(payload).slice(0, 90)}`, () => {
          const clean = sanitizeHtml(payload, place);
          const root = parsed(clean);
          for (const el of Array.from(root.querySelectorAll('*'))) {
            expect(ALLOW_LISTS[place] as readonly string[], `element <${el.localName}> in ${clean}`).to.include(el.localName);
            expect(FORBIDDEN_ELEMENTS).not.to.include(el.localName);
            for (const attr of Array.from(el.attributes)) {
              expect(ALLOWED_ATTRIBUTES[place], `attribute ${attr.name} in ${clean}`).to.include(attr.name);
            }
            const href = el.getAttribute('href');
            if (href !== null) {
              expect(href, clean).to.match(/^(https?:|mailto:)/i);
              expect(el.getAttribute('rel')).to.equal(UNTRUSTED_LINK_REL);
            }
          }
          expect(clean.toLowerCase()).not.to.match(/javascript:|vbscript:|data:|on[a-z]+=|<script|style=/);
        });
      }
    });
  }

  it('rendering every output into the live document never runs anything', async () => {
    window.__xss = undefined;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const place of places) {
        for (const payload of XSS_CORPUS) {
          // createContextualFragment makes <script> executable: the harshest way to insert markup.
          host.append(document.createRange().createContextualFragment(sanitizeHtml(payload, place)));
        }
      }
      host.querySelectorAll('a').forEach((a) => a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
      await settle();
      expect(window.__xss).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('rendering every payload through sanitizedHtml() in a Lit template never runs anything', async () => {
    window.__xss = undefined;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      render(litHtml`${places.map((place) => XSS_CORPUS.map((payload) => litHtml`<div>${sanitizedHtml(payload, place)}</div>`))}`, host);
      await settle();
      expect(window.__xss).to.equal(undefined);
      expect(host.querySelector('script, img, iframe, svg, math, style, form, [onerror], [style]')).to.equal(null);
    } finally {
      host.remove();
    }
  });

  it('a press-card with every payload as excerpt runs nothing and shows no forbidden element', async () => {
    window.__xss = undefined;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    render(litHtml`${XSS_CORPUS.map((payload) => litHtml`<press-card headline="x" href="https://ok.example/" .excerpt=${payload}></press-card>`)}`, wrapper);
    const cards = Array.from(wrapper.querySelectorAll('press-card'));
    await Promise.all(cards.map((card) => card.updateComplete));
    await settle();
    expect(window.__xss).to.equal(undefined);
    for (const card of cards) {
      const excerpt = card.shadowRoot!.querySelector('[part="excerpt"]');
      expect(excerpt?.querySelector(FORBIDDEN_ELEMENTS.join(','))).to.equal(null);
      expect(excerpt?.querySelector('a'), 'excerpts carry no links').to.equal(null);
    }
    wrapper.remove();
  });
});

describe('sanitizeHtml keeps what each place allows', () => {
  it('excerpt: paragraphs and emphasis stay, links become their text', () => {
    expect(sanitizeHtml('<p>Das <strong>Land</strong> <em>fördert</em> <a href="https://x.example/">Vereine</a>.</p>', 'excerpt')).to.equal(
      '<p>Das <strong>Land</strong> <em>fördert</em> Vereine.</p>',
    );
  });

  it('excerpt: attributes of allowed elements are dropped', () => {
    expect(sanitizeHtml('<p class="lead" id="x" title="t" lang="de">Text</p>', 'excerpt')).to.equal('<p>Text</p>');
  });

  it('comment: links keep a safe href and get the untrusted rel, replacing the author’s own', () => {
    const clean = sanitizeHtml('<p>Siehe <a href="https://example.org/a?b=1&amp;c=2" rel="opener" title="Quelle" target="_self">hier</a></p>', 'comment');
    const a = parsed(clean).querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://example.org/a?b=1&c=2');
    expect(a.getAttribute('rel')).to.equal('nofollow ugc noopener noreferrer');
    expect(a.getAttribute('title')).to.equal('Quelle');
    expect(a.hasAttribute('target')).to.equal(false);
  });

  it('comment: mailto links stay; unsafe links lose href and rel but keep their text', () => {
    expect(parsed(sanitizeHtml('<a href="mailto:leser@example.org">Mail</a>', 'comment')).querySelector('a')!.getAttribute('href')).to.equal('mailto:leser@example.org');
    const bad = parsed(sanitizeHtml('<a href="javascript:alert(1)" rel="x">Klick</a>', 'comment')).querySelector('a')!;
    expect(bad.hasAttribute('href')).to.equal(false);
    expect(bad.hasAttribute('rel')).to.equal(false);
    expect(bad.textContent).to.equal('Klick');
  });

  it('comment: quotes, code, lists survive', () => {
    const input = '<blockquote><p>Zitat</p></blockquote><pre><code>a &lt; b</code></pre><ul><li>eins</li></ul><ol><li>zwei</li></ol>';
    expect(sanitizeHtml(input, 'comment')).to.equal(input);
  });

  it('empty input gives empty output; text-only input stays text', () => {
    expect(sanitizeHtml('', 'comment')).to.equal('');
    expect(sanitizeHtml(null, 'excerpt')).to.equal('');
    expect(sanitizeHtml(undefined, 'excerpt')).to.equal('');
    expect(sanitizeHtml('a &lt;b&gt; c', 'excerpt')).to.equal('a &lt;b&gt; c');
  });

  it('a hook on the page’s global DOMPurify does not loosen ours', async () => {
    const { default: globalPurify } = await import('dompurify');
    globalPurify.addHook('uponSanitizeAttribute', (_node, data) => {
      data.forceKeepAttr = true;
    });
    try {
      expect(sanitizeHtml('<p onclick="x()" style="color:red">t</p>', 'excerpt')).to.equal('<p>t</p>');
    } finally {
      globalPurify.removeHooks('uponSanitizeAttribute');
    }
  });
});
