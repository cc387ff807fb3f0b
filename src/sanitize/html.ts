import createPurifier, { type Config, type DOMPurify } from 'dompurify';
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
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

function configFor(place: HtmlPlace): Config {
  return {
    ALLOWED_TAGS: [...ALLOW_LISTS[place]],
    ALLOWED_ATTR: place === 'comment' ? ['href', 'title', 'rel'] : [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // No ALLOWED_URI_REGEXP: the only URL attribute allowed is href, which checkLink keeps on links
    // alone, checked (http(s) or mailto, absolute), and removes everywhere else.
    // KEEP_CONTENT is DOMPurify's default: a removed element's text stays.
    // DOM out, not a string: what it built is what renders, with no serialize-and-parse-again in between.
    RETURN_DOM_FRAGMENT: true,
  };
}

/** Only links keep an href, and only a checked http(s)/mailto one, always with the untrusted rel. */
function checkLink(node: Element): void {
  const href = node.nodeName === 'A' && safeUrl(node.getAttribute('href'), { allowMailto: true });
  if (href) {
    node.setAttribute('href', href);
    node.setAttribute('rel', UNTRUSTED_LINK_REL);
  } else {
    node.removeAttribute('href');
    node.removeAttribute('rel');
  }
}

/**
 * One private DOMPurify per place, configured once. Private, so hooks a host page adds to its own
 * DOMPurify never touch ours, and ours never touch theirs; configured once, because a config passed
 * with each call is parsed again on each call (every allow-list rebuilt), a good part of the cost of
 * sanitizing a short excerpt.
 */
const purifiers = {} as Record<HtmlPlace, DOMPurify>;
for (const place of Object.keys(ALLOW_LISTS) as HtmlPlace[]) {
  const purifier = createPurifier(window);
  purifier.setConfig(configFor(place));
  purifier.addHook('afterSanitizeAttributes', checkLink);
  purifiers[place] = purifier;
}

/** The sanitized DOM of `html` for `place`, owned by this document and not yet in it. */
export function sanitizeToFragment(html: string, place: HtmlPlace): DocumentFragment {
  // Behind a <br>, which closes the parser's frameset-ok door, any markup parses into a body (a
  // leading <frameset> would leave none, and DOMPurify would answer null). The <br> is ours: removed.
  const fragment = purifiers[place].sanitize(`<br>${html}`) as unknown as DocumentFragment;
  fragment.firstChild!.remove();
  return document.adoptNode(fragment);
}

/** Sanitizes untrusted HTML for `place` and returns the cleaned markup as a string. */
export function sanitizeHtml(html: string | null | undefined, place: HtmlPlace): string {
  if (!html) return '';
  const holder = document.createElement('div');
  holder.append(sanitizeToFragment(String(html), place));
  return holder.innerHTML;
}

/** Sanitized markup, ready for a template: made by `sanitizedOnce`, rendered as often as needed. */
export type SafeMarkup = DirectiveResult | typeof nothing;

/**
 * Renders sanitized DOM in a text position: untrusted HTML (with its place) sanitized when it
 * changes, not on every render (an element re-renders often, on every keystroke in the comment
 * form, and sanitizing is the costly part of a render); or DOM `sanitizedOnce` made, as a copy per
 * place it is shown in.
 */
class MarkupDirective extends Directive {
  #key: unknown[] | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('Sanitized markup goes between tags');
  }

  render(input: string | DocumentFragment, place?: HtmlPlace) {
    // Relative links resolve against the page, so a new base is a new input.
    const key = [input, place, place && document.baseURI];
    if (this.#key?.every((k, i) => k === key[i])) return noChange;
    this.#key = key;
    if (typeof input !== 'string') return input.cloneNode(true);
    const fragment = sanitizeToFragment(input, place!);
    return fragment.hasChildNodes() ? fragment : nothing;
  }
}

const markup = directive(MarkupDirective);

/**
 * Renders untrusted HTML inside a Lit template after sanitizing it for `place`.
 * What renders is the DOM DOMPurify returned, never a string parsed again: no HTML sink is involved,
 * so this works under `require-trusted-types-for 'script'` (DOMPurify parses through its own policy).
 */
export function sanitizedHtml(html: string | null | undefined, place: HtmlPlace): SafeMarkup {
  return html ? markup(String(html), place) : nothing;
}

/**
 * Sanitizes untrusted HTML for `place` once, for a caller that keeps the result with its item (a
 * comment body): rendering it again, here or in another part, never sanitizes again.
 */
export function sanitizedOnce(html: string | null | undefined, place: HtmlPlace): SafeMarkup {
  if (!html) return nothing;
  const clean = sanitizeToFragment(String(html), place);
  return clean.hasChildNodes() ? markup(clean) : nothing;
}
