import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { minifyHtml } from '../../scripts/minify-html.js';

/** A template as the `html` tag would get it, from plain strings (what the build rewrites). */
function template(strings: readonly string[], values: unknown[]): TemplateResult {
  return html(Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray, ...values);
}

/** Elements, attributes and text of a subtree, with whitespace runs read as HTML renders them. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
  if (node.nodeType === Node.COMMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
  const children = [...node.childNodes].map(shape).join('').replace(/ +/g, ' ');
  return `<${element.localName} ${attributes}>${children}</${element.localName}>`;
}

/** Renders the template as written and as minified, side by side in the page. */
function renderBoth(strings: readonly string[], values: unknown[]) {
  const [before, after] = [strings, minifyHtml(strings)].map((s) => {
    const host = document.createElement('div');
    document.body.append(host);
    render(template(s, values), host);
    return host;
  });
  return { before, after, cleanup: () => (before.remove(), after.remove()) };
}

describe('minifyHtml (build-time minification of html literals)', () => {
  it('collapses each whitespace run to one character, keeping a newline where there was one', () => {
    expect(minifyHtml(['<ul>\n      <li>\n        a  b\n      </li>\n    </ul>'])).to.deep.equal(['<ul>\n<li>\na b\n</li>\n</ul>']);
    expect(minifyHtml(['<img\n  part="image"\n  alt=', '\n  loading="lazy"\n/>'])).to.deep.equal(['<img\npart=image\nalt=', '\nloading=lazy\n/>']);
  });

  it('leaves quoted attribute values, comments, <pre> and <textarea> as written, across ${} too', () => {
    const strings = ['<p title="a   b', '  c" class=\'x   y\'>  <!--  keep   me  -->  </p><pre>  one\n   two', '  </pre>  <textarea>  t  </textarea>  ', ''];
    expect(minifyHtml(strings)).to.deep.equal(['<p title="a   b', '  c" class=\'x   y\'> <!--  keep   me  --> </p><pre>  one\n   two', '  </pre> <textarea>  t  </textarea> ', '']);
  });

  it('drops the quotes of plain attribute values only, never of values with a binding, a space, `/` or `&`', () => {
    expect(minifyHtml(['<button part="retry" class="button secondary" type="button" @click=', '>x</button>'])).to.deep.equal(['<button part=retry class="button secondary" type=button @click=', '>x</button>']);
    expect(minifyHtml(['<a href="#comment-', '" rel="nofollow ugc" data-x=\'a.b\'>', '</a>'])).to.deep.equal(['<a href="#comment-', '" rel="nofollow ugc" data-x=a.b>', '</a>']);
    expect(minifyHtml(['<p title="', '" id="x"', '>'])).to.deep.equal(['<p title="', '" id="x"', '>'], 'a value right before a binding keeps its quotes');
    expect(minifyHtml(['<img src="a/b.png" alt="">', '<x y="a&amp;b"/>'])).to.deep.equal(['<img src="a/b.png" alt="">', '<x y="a&amp;b"/>']);
    expect(minifyHtml(['<p class="x">"quoted" text</p>'])).to.deep.equal(['<p class=x>"quoted" text</p>']);
  });

  it('reads a lone < in text as text, and `<${tag}` (lit/static-html) as a tag', () => {
    expect(minifyHtml(['a  <  b'])).to.deep.equal(['a < b']);
    expect(minifyHtml(['<', '   part="x"   >  y  </', '>'])).to.deep.equal(['<', ' part=x > y </', '>']);
  });

  it('renders the same text and the same elements and attributes as the template as written', () => {
    const strings = [
      '<article part="base" class=',
      '>\n        <p part="meta" class="meta">\n          <span class="author">',
      '</span>\n          <time datetime=',
      '>',
      '</time>\n        </p>\n        <label>Comment <span class="required">(',
      ')</span></label>\n        <pre>  keep\n    this</pre>\n        ',
      '\n        ',
      '\n      </article>',
    ];
    const { before, after, cleanup } = renderBoth(strings, ['has-image', 'Ann', '2024-01-01', '1 January 2024', 'required', 'first', html`<b>second</b>`]);
    try {
      expect(after.innerText).to.equal(before.innerText);
      expect(shape(after)).to.equal(shape(before));
      expect(after.innerText).to.contain('Ann 1 January 2024');
      expect(after.querySelector('pre')!.textContent).to.equal('  keep\n    this');
    } finally {
      cleanup();
    }
  });

  it('keeps property, boolean and event bindings working when they sat on lines of their own', () => {
    let clicks = 0;
    const strings = ['<textarea\n          .value=', '\n          ?required=', '\n        ></textarea>\n        <button\n          type="button"\n          @click=', '\n        >Send</button>'];
    const { before, after, cleanup } = renderBoth(strings, ['draft text', true, () => clicks++]);
    try {
      for (const host of [before, after]) {
        expect(host.querySelector('textarea')!.value).to.equal('draft text');
        expect(host.querySelector('textarea')!.required).to.equal(true);
        host.querySelector('button')!.click();
      }
      expect(clicks).to.equal(2);
      expect(shape(after)).to.equal(shape(before));
    } finally {
      cleanup();
    }
  });
});
