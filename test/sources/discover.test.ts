import { expect } from '@open-wc/testing';
import { discoverCommentFormAction, discoverWordPress, discoveredRoute } from '../../src/sources/discover.js';

/** An inert document with the given head and body class, as a WordPress theme prints them. */
function page(head: string, bodyClass = '', base = 'https://site.example/2024/08/28/bexbach/'): Document {
  const markup = `<!doctype html><html><head><base href="${base}">${head}</head><body class="${bodyClass}"></body></html>`;
  return new DOMParser().parseFromString(markup, 'text/html');
}

describe('discoverWordPress', () => {
  it('reads the REST root and the post id from the shortlink', () => {
    const doc = page('<link rel="https://api.w.org/" href="https://site.example/wp-json/"><link rel="shortlink" href="https://site.example/?p=6">');
    const found = discoverWordPress(doc);
    expect(found.restRoot?.href).to.equal('https://site.example/wp-json/');
    expect(found.postId).to.equal(6);
  });

  it('falls back to the body class postid-N', () => {
    const doc = page('<link rel="https://api.w.org/" href="/wp-json/">', 'post-template-default single single-post postid-42 single-format-standard');
    expect(discoverWordPress(doc)).to.deep.include({ postId: 42 });
    expect(discoverWordPress(doc).restRoot?.href, 'relative to the page').to.equal('https://site.example/wp-json/');
  });

  it('does not take page-id or a class that merely contains postid', () => {
    expect(discoverWordPress(page('', 'page page-id-7 mypostid-3')).postId).to.equal(null);
  });

  it('finds nothing on a page that is not WordPress, and refuses a javascript: root', () => {
    expect(discoverWordPress(page(''))).to.deep.equal({ restRoot: null, postId: null });
    expect(discoverWordPress(page('<link rel="https://api.w.org/" href="javascript:alert(1)">')).restRoot).to.equal(null);
  });

  it('takes an empty or blank href for no link (it would resolve to the page itself)', () => {
    expect(discoverWordPress(page('<link rel="https://api.w.org/" href=""><link rel="shortlink" href=" ">', 'postid-9'))).to.deep.equal({ restRoot: null, postId: 9 });
  });

  it('ignores a shortlink without a numeric p and uses the body class', () => {
    expect(discoverWordPress(page('<link rel="shortlink" href="https://wp.me/p1a2b3-xy">', 'postid-9')).postId).to.equal(9);
  });

  it('discoveredRoute keeps the plain-permalink form of the root', () => {
    const plain = discoveredRoute('wp/v2/posts', page('<link rel="https://api.w.org/" href="https://site.example/?rest_route=/">'));
    expect(plain?.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
    expect(discoveredRoute('wp/v2/comments', page('<link rel="https://api.w.org/" href="https://site.example/wp-json/">'))?.href).to.equal(
      'https://site.example/wp-json/wp/v2/comments',
    );
    expect(discoveredRoute('wp/v2/posts', page(''))).to.equal(null);
  });

  it('reads the live document by default', () => {
    const link = Object.assign(document.createElement('link'), { rel: 'https://api.w.org/', href: 'https://live.example/wp-json/' });
    document.head.append(link);
    try {
      expect(discoverWordPress().restRoot?.href).to.equal('https://live.example/wp-json/');
    } finally {
      link.remove();
    }
    expect(discoverWordPress().restRoot).to.equal(null);
  });
});

describe('discoverCommentFormAction', () => {
  const withForm = (form: string) => {
    const doc = page('');
    doc.body.append(doc.createRange().createContextualFragment(form));
    return doc;
  };

  it("reads where the theme's own comment form posts, even in a subfolder install", () => {
    const doc = withForm('<form id="commentform" action="/wp/wp-comments-post.php" method="post"></form>');
    expect(discoverCommentFormAction(doc)).to.equal('https://site.example/wp/wp-comments-post.php');
  });

  it('ignores a page without one, or a form that posts elsewhere', () => {
    expect(discoverCommentFormAction(page(''))).to.equal(null);
    expect(discoverCommentFormAction(withForm('<form id="commentform" action="/search"></form>'))).to.equal(null);
  });
});
