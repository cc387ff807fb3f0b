import type { Comment } from '../../sources/models.js';

/**
 * What press-comments remembers for the reader in localStorage, apart from drafts: their own
 * comments awaiting moderation (so they still see them after a reload) and, only after they opted
 * in, their name, email and website. Blocked or full storage costs the convenience, never the form.
 */

/** The commenter's details as the form holds them. */
export interface AuthorFields {
  author: string;
  email: string;
  url: string;
}

/** Where "remember me" keeps the commenter's name, email and website (only after opting in). */
const AUTHOR_KEY = 'press-widgets:comment-author';
/** Where the reader's choice of order is kept: one per site (localStorage is per origin). */
const ORDER_KEY = 'press-widgets:comment-order';
const HELD_PREFIX = 'press-widgets:held:';
/** Held comments older than this are forgotten: moderation is done by then, one way or the other. */
const HELD_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
export const heldKey = (source: string, post: number) => `${HELD_PREFIX}${source}#${post}`;

/** Reads a stored string; blocked storage reads as nothing. */
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a string, or forgets the key for null. Blocked or full storage: nothing is kept, which is the safe side. */
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // the convenience is lost, never the form
  }
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(read(key)!); // null parses as null
  } catch {
    return null;
  }
}

export function readHeld(key: string): Comment[] {
  const parsed = readJson(key);
  if (!Array.isArray(parsed)) return [];
  const now = Date.now();
  return parsed
    .filter((c): c is Comment => !!c && typeof c === 'object' && Number.isInteger(c.id) && typeof c.contentHtml === 'string' && typeof c.authorName === 'string' && now - (Date.parse(c.date) || 0) < HELD_MAX_AGE_MS)
    .map((c) => ({ ...c, status: 'hold' }));
}

export function writeHeld(key: string, comments: Comment[]): void {
  write(key, comments.length ? JSON.stringify(comments.slice(-20)) : null);
}

/** Keeps the reader's own held comment for the thread of `post`, so it shows to them after a reload. */
export function rememberHeld(source: string, post: number, comment: Comment): void {
  const key = heldKey(source, post);
  writeHeld(key, [...readHeld(key).filter((c) => c.id !== comment.id), comment]);
}

export function readAuthor(): AuthorFields | null {
  const parsed = readJson(AUTHOR_KEY);
  if (!parsed || typeof parsed !== 'object') return null;
  const { author, email, url } = parsed as Record<string, unknown>;
  return { author: String(author ?? ''), email: String(email ?? ''), url: String(url ?? '') };
}

export function writeAuthor(fields: AuthorFields | null): void {
  write(AUTHOR_KEY, fields && JSON.stringify(fields));
}

/** The order the reader chose on this site, or null when they never chose. */
export function readOrder(): 'oldest' | 'newest' | null {
  const value = read(ORDER_KEY);
  return value === 'oldest' || value === 'newest' ? value : null;
}

export function writeOrder(order: 'oldest' | 'newest'): void {
  write(ORDER_KEY, order);
}
