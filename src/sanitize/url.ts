/** Longer URLs are refused: no real link or image needs more, and a megabyte `href` is an attack on layout and memory. */
export const MAX_URL_LENGTH = 4096;

/**
 * Checked URLs by base and input. Lists and threads check the same few URLs again and again (each
 * re-render, each image and link of a card, a commenter's site on every comment), and parsing is
 * the cost; the same input on the same base always gives the same answer. Bounded: it starts over
 * when full.
 */
const checked = new Map<string, string>();

/**
 * Returns `raw` as an absolute URL when it is http(s) (or mailto: when allowed), else ''.
 * Relative URLs resolve against `base` (the page). Every URL from a source or a reader goes
 * through here before it reaches an `href` or `src`.
 */
export function safeUrl(
  raw: string | null | undefined,
  { base = document.baseURI, allowMailto = false }: { base?: string; allowMailto?: boolean } = {},
): string {
  if (!raw || raw.length > MAX_URL_LENGTH) return '';
  // A serialized base holds no line break, so this key names one input on one base.
  const key = `${+allowMailto}${base}\n${raw}`;
  let url = checked.get(key);
  if (url === undefined) {
    if (checked.size >= 4000) checked.clear();
    checked.set(key, (url = check(String(raw), base, allowMailto)));
  }
  return url;
}

/** `new URL(raw, base)`, or null where that throws. */
export function parseUrl(raw: string | URL, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function check(raw: string, base: string, allowMailto: boolean): string {
  // The URL parser drops tabs and newlines and trims controls the way browsers do, so
  // "java\nscript:" is seen as the javascript: URL it would become in an href.
  const href = parseUrl(raw, base)?.href ?? '';
  return href.length <= MAX_URL_LENGTH && (/^https?:/.test(href) || (allowMailto && href.startsWith('mailto:'))) ? href : '';
}

/** The rel every link from untrusted content or a commenter's website carries. */
export const UNTRUSTED_LINK_REL = 'nofollow ugc noopener noreferrer';
