import { clamp, htmlToText } from '../sanitize/text.js';

/** Text fields of feeds (RSS, Atom, JSON Feed) as a feed reader shows them. */

/** C1 control characters that are really windows-1252 punctuation (`&#147;` for “), as every feed reader maps them (the five it leaves undefined stay). */
const cp1252 = new TextDecoder('windows-1252');
const fixC1 = (text: string): string => text.replace(/[\u0080-\u009f]/g, (c) => cp1252.decode(Uint8Array.of(c.charCodeAt(0))));

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 that a publisher's system read as Latin-1 and encoded again ("FÃ¼r" for "Für") is undone,
 * as feed readers undo it: only text within Latin-1 whose bytes are valid UTF-8 is touched.
 */
function undoDoubleUtf8(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  try {
    return strictUtf8.decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  } catch {
    return text;
  }
}

/** Text of a feed element as readers see it: double-encoded UTF-8 undone, C1 controls mapped to windows-1252. */
export const repairText = (text: string): string => fixC1(undoDoubleUtf8(text));

/**
 * Elements whose tags make a "plain text" RSS field really HTML (the common case of escaped markup
 * in titles). Not "whatever the platform knows": that would take <title>, <script>, <form> and
 * <iframe> too, and grow with each browser release; excluding those costs as many bytes as this list.
 */
const HTML_TAG =
  /^(a|abbr|acronym|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|br|button|caption|center|cite|code|col|colgroup|dd|del|details|dfn|dir|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|img|ins|kbd|label|legend|li|main|map|mark|nav|ol|p|picture|pre|q|s|samp|section|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|var|video|wbr)$/i;

/**
 * Whether text that is nominally plain (RSS titles, JSON Feed titles) is really HTML: it has a
 * closing tag or an entity, and every tag is an ordinary HTML one. "Use the <title> tag" stays
 * text; "Fish &amp; Chips" and "<b>Bold</b> news" are HTML.
 */
export function looksLikeHtml(text: string): boolean {
  if (!/<\/\w+>|&#?\w+;/.test(text)) return false;
  for (const [, tag] of text.matchAll(/<\/?([A-Za-z][\w-]*)/g)) if (!HTML_TAG.test(tag)) return false;
  return true;
}

/** A nominally plain text field as the reader sees it: decoded when it is really HTML, whitespace collapsed, cut as any text field is. */
export function plainText(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : clamp(text);
}

/** Escapes plain text so that the HTML sanitizer keeps it as the same text. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
