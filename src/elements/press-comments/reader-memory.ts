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

const HELD_PREFIX = 'press-widgets:held:';
/** Held comments older than this are forgotten: moderation is done by then, one way or the other. */
const HELD_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
export const heldKey = (source: string, post: number) => `${HELD_PREFIX}${source}#${post}`;

export function readHeld(key: string): Comment[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    const now = Date.now();
    return parsed
      .filter((c): c is Comment => !!c && typeof c === 'object' && Number.isInteger(c.id) && typeof c.contentHtml === 'string' && typeof c.authorName === 'string')
      .filter((c) => now - (Date.parse(c.date) || 0) < HELD_MAX_AGE_MS)
      .map((c) => ({ ...c, status: 'hold' }));
  } catch {
    return [];
  }
}

export function writeHeld(key: string, comments: Comment[]): void {
  try {
    if (comments.length) localStorage.setItem(key, JSON.stringify(comments.slice(-20)));
    else localStorage.removeItem(key);
  } catch {
    // Blocked storage: the notice is simply not shown after a reload.
  }
}

export function readAuthor(): AuthorFields | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(AUTHOR_KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return null;
    const { author, email, url } = parsed as Record<string, unknown>;
    return { author: String(author ?? ''), email: String(email ?? ''), url: String(url ?? '') };
  } catch {
    return null;
  }
}

export function writeAuthor(fields: AuthorFields | null): void {
  try {
    if (fields) localStorage.setItem(AUTHOR_KEY, JSON.stringify(fields));
    else localStorage.removeItem(AUTHOR_KEY);
  } catch {
    // Blocked storage: nothing is remembered, which is the safe side.
  }
}

/** Where the reader's choice of order is kept: one per site (localStorage is per origin). */
const ORDER_KEY = 'press-widgets:comment-order';

/** The order the reader chose on this site, or null when they never chose. */
export function readOrder(): 'oldest' | 'newest' | null {
  try {
    const value = localStorage.getItem(ORDER_KEY);
    return value === 'oldest' || value === 'newest' ? value : null;
  } catch {
    return null;
  }
}

export function writeOrder(order: 'oldest' | 'newest'): void {
  try {
    localStorage.setItem(ORDER_KEY, order);
  } catch {
    // Blocked storage: the choice holds for this page view only.
  }
}
