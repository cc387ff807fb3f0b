import { expect } from '@open-wc/testing';
import { UNTRUSTED_LINK_REL, safeUrl } from '../../src/sanitize/url.js';

const base = 'https://site.example/blog/post/';

describe('safeUrl', () => {
  it('keeps http and https, normalized to absolute', () => {
    expect(safeUrl('https://a.example/x?y=1#z')).to.equal('https://a.example/x?y=1#z');
    expect(safeUrl('HTTP://A.EXAMPLE')).to.equal('http://a.example/');
  });

  it('resolves relative and protocol-relative URLs against the base', () => {
    expect(safeUrl('../other/', { base })).to.equal('https://site.example/blog/other/');
    expect(safeUrl('/wp-json/', { base })).to.equal('https://site.example/wp-json/');
    expect(safeUrl('//cdn.example/i.jpg', { base })).to.equal('https://cdn.example/i.jpg');
    expect(safeUrl('?p=6', { base })).to.equal('https://site.example/blog/post/?p=6');
  });

  it('defaults the base to the page', () => {
    expect(safeUrl('x.html')).to.equal(new URL('x.html', document.baseURI).href);
  });

  it('refuses javascript:, vbscript:, data:, file:, blob: and friends, however written', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\r\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'file:///etc/passwd',
      'blob:https://site.example/uuid',
      'ftp://files.example/',
      'about:blank',
      'mailto:a@example.org',
    ]) {
      expect(safeUrl(bad, { base }), JSON.stringify(bad)).to.equal('');
    }
  });

  it('allows mailto: only when asked', () => {
    expect(safeUrl('mailto:leser@example.org', { allowMailto: true })).to.equal('mailto:leser@example.org');
    expect(safeUrl('javascript:alert(1)', { allowMailto: true })).to.equal('');
  });

  it('treats entity text literally (entities are decoded by HTML parsing, not here)', () => {
    expect(safeUrl('javascript&#58;alert(1)', { base })).to.equal('https://site.example/blog/post/javascript&#58;alert(1)');
  });

  it('returns empty for empty, null, undefined and unparsable input', () => {
    expect(safeUrl('')).to.equal('');
    expect(safeUrl(null)).to.equal('');
    expect(safeUrl(undefined)).to.equal('');
    expect(safeUrl('http://')).to.equal('');
    expect(safeUrl('http://[::1')).to.equal('');
  });

  it('exports the rel for untrusted links', () => {
    expect(UNTRUSTED_LINK_REL).to.equal('nofollow ugc noopener noreferrer');
  });
});
