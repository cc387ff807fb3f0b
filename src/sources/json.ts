/** Reading untrusted JSON without trusting its shape. */

export type Json = Record<string, unknown>;

/** `value` as an object, or undefined when it is anything else (an array, a string, null). */
export const obj = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** `value` when it is a string, else ''. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A WordPress item's date: `date_gmt` as UTC (WordPress sends it without the `Z`), else the site-local `date`, else ''. */
export function wpDate(item: Json): string {
  const gmt = str(item.date_gmt);
  return gmt ? gmt.replace(/Z?$/, 'Z') : str(item.date);
}

/** A WordPress field that is `{rendered: '…'}` in a full answer and may be a plain string elsewhere, as a string. */
export const rendered = (value: unknown): string => str(obj(value)?.rendered ?? value);
