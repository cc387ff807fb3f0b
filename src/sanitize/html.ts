import DOMPurify, { type Config } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { nothing } from 'lit';
import { UNTRUSTED_LINK_REL, safeUrl } from './url.js';

/**
 * The one door for untrusted HTML. Every place that shows markup from a source or a reader
 * names its allow-list here; nothing else in the codebase renders HTML.
 *
 * - `excerpt`: inline emphasis and paragraphs only. No links: the card's headline link already
 *   covers the card, and a link inside it would be a second, hidden tab stop.
 * - `comment`: what readers use in comments: paragraphs, emphasis, links, quotes, code, lists.
 */
export const ALLOW_LISTS = {
  excerpt: ['p', 'br', 'b', 'strong', 'i', 'em', 'span', 'sub', 'sup', 'small'],
  comment: ['p', 'br', 'b', 'strong', 'i', 'em', 'a', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'del', 's', 'q', 'cite', 'abbr', 'sub', 'sup'],
} as const;

export type HtmlPlace = keyof typeof ALLOW_LISTS;

// A private instance, so hooks a host page adds to its own DOMPurify never touch ours, and ours never touch theirs.
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const el = node as Element;
  const href = safeUrl(el.getAttribute('href'), { allowMailto: true });
  if (href) {
    el.setAttribute('href', href);
    el.setAttribute('rel', UNTRUSTED_LINK_REL);
  } else {
    el.removeAttribute('href');
    el.removeAttribute('rel');
  }
});

function configFor(place: HtmlPlace): Config {
  return {
    ALLOWED_TAGS: [...ALLOW_LISTS[place]],
    ALLOWED_ATTR: place === 'comment' ? ['href', 'title', 'rel'] : [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
  };
}

/**
 * Sanitized markup by place, page base and input. An element re-renders often (every keystroke in
 * the comment form re-renders the thread), and sanitizing is the costly part of a render; the same
 * input always gives the same output, so it is done once. Bounded: the oldest entries go first.
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 500;

/** Sanitizes untrusted HTML for `place` and returns the cleaned markup as a string. */
export function sanitizeHtml(html: string | null | undefined, place: HtmlPlace): string {
  if (!html) return '';
  // Relative links resolve against the page, so its base is part of the key.
  const key = `${place}\u0000${document.baseURI}\u0000${html}`;
  let clean = cache.get(key);
  if (clean === undefined) {
    clean = String(purifier.sanitize(String(html), { ...configFor(place), RETURN_TRUSTED_TYPE: false }));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, clean);
  }
  return clean;
}

/**
 * Renders untrusted HTML inside a Lit template after sanitizing it for `place`.
 * This is the only call of `unsafeHTML` in press-widgets, and it only ever sees sanitizer output.
 * Lit parses the result through its own Trusted Types policy, so this works under
 * `require-trusted-types-for 'script'`.
 */
export function sanitizedHtml(html: string | null | undefined, place: HtmlPlace) {
  const clean = sanitizeHtml(html, place);
  return clean ? unsafeHTML(clean) : nothing;
}

/** Sanitized markup, ready for a template: made by `sanitizedOnce`, rendered as often as needed. */
export type SafeMarkup = ReturnType<typeof sanitizedHtml>;

/**
 * Sanitizes untrusted HTML for `place` once, bypassing the shared cache: for a caller that keeps
 * the result with its item (a comment body), so a long thread neither fills nor churns the cache.
 */
export function sanitizedOnce(html: string | null | undefined, place: HtmlPlace): SafeMarkup {
  if (!html) return nothing;
  const clean = String(purifier.sanitize(String(html), { ...configFor(place), RETURN_TRUSTED_TYPE: false }));
  return clean ? unsafeHTML(clean) : nothing;
}
