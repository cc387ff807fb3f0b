/** Longer URLs are refused: no real link or image needs more, and a megabyte `href` is an attack on layout and memory. */
export const MAX_URL_LENGTH = 4096;

/**
 * Checked URLs by base and input. Lists and threads check the same few URLs again and again (each
 * re-render, each image and link of a card, a commenter's site on every comment), and parsing is
 * the cost; the same input on the same base always gives the same answer. Bounded: it starts over
 * when full.
 */
const checked = new Map<string, Map<string, string>>();
const CHECKED_LIMIT = 4000;

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
  const input = String(raw);
  const key = allowMailto ? `mailto ${base}` : base;
  let known = checked.get(key);
  if (!known) {
    if (checked.size >= 64) checked.clear();
    checked.set(key, (known = new Map()));
  }
  let url = known.get(input);
  if (url === undefined) {
    url = check(input, base, allowMailto);
    if (known.size >= CHECKED_LIMIT) known.clear();
    known.set(input, url);
  }
  return url;
}

function check(raw: string, base: string, allowMailto: boolean): string {
  let url: URL;
  try {
    // The URL parser drops tabs and newlines and trims controls the way browsers do, so
    // "java\nscript:" is seen as the javascript: URL it would become in an href.
    url = new URL(raw, base);
  } catch {
    return '';
  }
  if (url.href.length > MAX_URL_LENGTH) return '';
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (allowMailto && url.protocol === 'mailto:') return url.href;
  return '';
}

/** The rel every link from untrusted content or a commenter's website carries. */
export const UNTRUSTED_LINK_REL = 'nofollow ugc noopener noreferrer';
