import { parseUrl } from '../sanitize/url.js';
import { restUrl } from './wordpress.js';

/** What a WordPress page tells about itself in its markup. */
export interface WordPressPage {
  /** The REST API root (`…/wp-json/` or `…/?rest_route=/`), or null on a page that is not WordPress. */
  restRoot: URL | null;
  /** The id of the post this page shows, or null on an archive or front page. */
  postId: number | null;
}

/**
 * Reads the REST root from `<link rel="https://api.w.org/">` and the current post id from
 * `<link rel="shortlink" href="…?p=ID">` or the body class `postid-ID`: what every WordPress
 * theme prints, so the widgets work on WordPress without any configuration.
 */
export function discoverWordPress(doc: Document = document): WordPressPage {
  // An empty href would resolve to the page itself: that is no REST root (nor shortlink).
  const href = (selector: string) => {
    const link = doc.querySelector<HTMLLinkElement>(selector);
    return link?.getAttribute('href')?.trim() ? parseUrl(link.href) : null;
  };
  const root = href('link[rel="https://api.w.org/"]');
  const id = Number(href('link[rel="shortlink"]')?.searchParams.get('p'));
  const match = /(?:^|\s)postid-(\d+)(?:\s|$)/.exec(doc.body?.className ?? '');
  return {
    restRoot: root && /^https?:$/.test(root.protocol) ? root : null,
    postId: Number.isInteger(id) && id > 0 ? id : match ? Number(match[1]) : null,
  };
}

/** The URL of a REST route (`wp/v2/posts`) of the WordPress site this page belongs to, or null. */
export function discoveredRoute(route: string, doc: Document = document): URL | null {
  const { restRoot } = discoverWordPress(doc);
  return restRoot ? restUrl(restRoot, route) : null;
}

/**
 * Where the page's own WordPress comment form posts (`<form id="commentform" action="…/wp-comments-post.php">`,
 * printed by every theme under a post with comments open), or null. It knows the handler's address
 * even when WordPress lives in a subfolder of the site.
 */
export function discoverCommentFormAction(doc: Document = document): string | null {
  const action = doc.querySelector('form#commentform, form.comment-form')?.getAttribute('action');
  return action && /wp-comments-post\.php(?:$|[?#])/.test(action) ? (parseUrl(action, doc.baseURI)?.href ?? null) : null;
}
