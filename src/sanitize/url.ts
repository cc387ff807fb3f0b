/** Longer URLs are refused: no real link or image needs more, and a megabyte `href` is an attack on layout and memory. */
export const MAX_URL_LENGTH = 4096;

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
  let url: URL;
  try {
    // The URL parser drops tabs and newlines and trims controls the way browsers do, so
    // "java\nscript:" is seen as the javascript: URL it would become in an href.
    url = new URL(String(raw), base);
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
