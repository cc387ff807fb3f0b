import { ResponseTooLargeError } from './errors.js';

/** Lists, feeds and comment pages larger than this end in a `too-large` error instead of filling the tab's memory. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a body as a stream and stops at `maxBytes`: an endless or huge answer is cancelled at the
 * cap, never read into memory whole. A declared Content-Length over the cap fails before reading.
 */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  // A declared length over the cap counts as read already: nothing is read at all.
  let total = Number(response.headers.get('content-length')) > maxBytes ? Infinity : 0;
  while (total <= maxBytes) {
    const { done, value } = await reader.read();
    // One chunk (most answers) is used as it is; more are joined once.
    if (done) return chunks.length === 1 ? chunks[0] : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
    total += value.byteLength;
    chunks.push(value);
  }
  void reader.cancel().catch(() => {});
  throw new ResponseTooLargeError(maxBytes, response.status || null);
}

/** The `charset` parameter of a Content-Type header, or ''. */
export function charsetOf(contentType: string): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? '';
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="windows-1251"?>`), or ''. */
function declaredEncoding(head: string): string {
  // UTF-16 without a BOM shows itself by the zero bytes around "<?" (XML 1.0, appendix F).
  if (head.startsWith('<\0?\0')) return 'utf-16le';
  if (head.startsWith('\0<\0?')) return 'utf-16be';
  // Not only at the very start: PHP warnings printed before a feed push its declaration down.
  const label = /<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? '';
  // A declaration readable as ASCII cannot be UTF-16: the server transcoded and kept the old declaration.
  return /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/** Decodes with `label`, or returns null when the label is unknown or (strictly) the bytes do not fit it. */
function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  // WHATWG maps us-ascii to windows-1252, which never fails: check the promise of plain ASCII here.
  if (fatal && /^(us-)?ascii$/i.test(label)) {
    if (bytes.some((b) => b > 0x7f)) return null;
    label = 'utf-8';
  }
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of a body, decoded as a feed reader would: a byte order mark wins; else the charset of
 * the Content-Type; else the XML declaration's encoding; else UTF-8 (JSON's only encoding). A
 * declared encoding the bytes do not fit (a "UTF-8" feed that is really windows-1252) gives way to
 * the next candidate. Last resort: a declared legacy encoding with its faults replaced, else
 * windows-1252, which reads any byte (the usual truth behind a false "UTF-8").
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  // A decoder drops the byte order mark of its own encoding.
  const bom = /^(\xef\xbb\xbf)|^(\xfe\xff)|^\xff\xfe/.exec(head);
  if (bom) return new TextDecoder(bom[1] ? 'utf-8' : bom[2] ? 'utf-16be' : 'utf-16le').decode(bytes);
  const candidates = [charsetOf(contentType), declaredEncoding(head), 'utf-8'].filter(Boolean);
  for (const label of candidates) {
    const text = tryDecode(bytes, label, true);
    if (text !== null) return text;
  }
  const legacy = candidates.find((label) => !/^utf-?8$/i.test(label) && tryDecode(new Uint8Array(0), label, false) !== null);
  return new TextDecoder(legacy ?? 'windows-1252').decode(bytes);
}
