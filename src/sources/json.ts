/** Reading untrusted JSON without trusting its shape. */

export type Json = Record<string, unknown>;

/** `value` as an object, or undefined when it is anything else (an array, a string, null). */
export const obj = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** `value` when it is a string, else ''. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
