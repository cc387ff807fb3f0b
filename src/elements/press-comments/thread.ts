import type { Comment } from '../../sources/models.js';
import { sanitizedOnce, type SafeMarkup } from '../../sanitize/html.js';
import { nextTask } from '../../internal/next-task.js';

/** `oldest` (WordPress's default) or `newest` first, for the top level; replies are always oldest first. */
export type CommentOrder = 'oldest' | 'newest';

const bodies = new WeakMap<Comment, SafeMarkup>();
const body = (c: Comment): SafeMarkup => bodies.get(c) ?? sanitizedOnce(c.contentHtml, 'comment');

/**
 * Sanitizes the bodies of a page (and does `also` for each comment) before they are added, in
 * slices of about 8 ms with a yield between them: a page of 100 comments is no long task.
 */
export async function prepare(comments: readonly Comment[], also: (comment: Comment) => void, signal?: AbortSignal): Promise<void> {
  // Not in the task that read and parsed the response: that one has had its share.
  let until = 0;
  for (const comment of comments) {
    if (performance.now() > until) {
      await nextTask();
      if (signal?.aborted) return;
      until = performance.now() + 8;
    }
    bodies.set(comment, body(comment));
    also(comment);
  }
}

/** One comment of the thread, with what rendering needs kept alongside it. */
export interface ThreadEntry {
  comment: Comment;
  /** The body, sanitized once when the comment arrived. */
  body: SafeMarkup;
  parent: ThreadEntry | null;
  replies: ThreadEntry[];
  /** Bumped whenever this entry or anything under it must render anew; views guard on it. */
  version: number;
  avatarFailed: boolean;
}

/**
 * The comments shown, as a tree that only grows where something arrives: a page, the reader's
 * own comment, a live update. Nothing already placed is re-sorted or re-sanitized, and only the
 * entries on the path to a change get a new `version`, so a render redoes only those.
 */
export class Thread {
  readonly roots: ThreadEntry[] = [];
  /** Bumped on any change, for the view of the whole thread. */
  version = 0;
  readonly #byId = new Map<number, ThreadEntry>();

  constructor(readonly order: CommentOrder = 'oldest') {}

  get size(): number {
    return this.#byId.size;
  }

  get(id: number): ThreadEntry | undefined {
    return this.#byId.get(id);
  }

  /**
   * Places each comment under its parent (replies oldest first) or at the top level in the
   * thread's order. A known id is updated in place. A reply whose parent is not here (deleted,
   * held, not loaded) shows at the top level, never dropped. Returns the entries that are new.
   */
  add(comments: readonly Comment[]): ThreadEntry[] {
    const added: ThreadEntry[] = [];
    for (const comment of comments) {
      const known = this.#byId.get(comment.id);
      if (known) {
        if (known.comment.status !== comment.status || known.comment.contentHtml !== comment.contentHtml) {
          known.comment = comment;
          known.body = body(comment);
          this.touch(known);
        }
        continue;
      }
      const parent = comment.parent ? (this.#byId.get(comment.parent) ?? null) : null;
      const entry: ThreadEntry = { comment, body: body(comment), parent, replies: [], version: 0, avatarFailed: false };
      this.#byId.set(comment.id, entry);
      if (parent) {
        insertSorted(parent.replies, entry, oldestFirst);
        this.touch(parent);
      } else {
        insertSorted(this.roots, entry, this.order === 'newest' ? newestFirst : oldestFirst);
      }
      added.push(entry);
    }
    if (added.length) this.version++;
    return added;
  }

  /** Takes a comment (and what hangs under it) out, e.g. a held copy once the real one is listed. */
  remove(id: number): void {
    const entry = this.#byId.get(id);
    if (!entry) return;
    const siblings = entry.parent ? entry.parent.replies : this.roots;
    siblings.splice(siblings.indexOf(entry), 1);
    const forget = (e: ThreadEntry): void => {
      this.#byId.delete(e.comment.id);
      e.replies.forEach(forget);
    };
    forget(entry);
    if (entry.parent) this.touch(entry.parent);
    else this.version++;
  }

  /** Marks an entry (and its ancestors, whose markup holds it) as changed. */
  touch(entry: ThreadEntry | null | undefined): void {
    for (let at = entry; at; at = at.parent) at.version++;
    this.version++;
  }
}

const time = (c: Comment): number => Date.parse(c.date) || 0;
const oldestFirst = (a: ThreadEntry, b: ThreadEntry): number => time(a.comment) - time(b.comment) || a.comment.id - b.comment.id;
const newestFirst = (a: ThreadEntry, b: ThreadEntry): number => -oldestFirst(a, b);

/** Inserts after every entry that sorts before or with it: pages arriving in order only append, and a live comment is near an end. */
function insertSorted(list: ThreadEntry[], entry: ThreadEntry, compare: (a: ThreadEntry, b: ThreadEntry) => number): void {
  let at = list.length;
  while (at && compare(list[at - 1], entry) > 0) at--;
  list.splice(at, 0, entry);
}
