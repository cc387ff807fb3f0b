import { SEED_COMMENTS, SEED_NEXT_COMMENT_ID, type StoredComment } from './data.js';

/** Everything the store persists. */
export interface StoreSnapshot {
  nextId: number;
  comments: StoredComment[];
}

/** The seeded state of a fresh demo (a copy: callers may change it). */
export function seedSnapshot(): StoreSnapshot {
  return { nextId: SEED_NEXT_COMMENT_ID, comments: SEED_COMMENTS.map((comment) => ({ ...comment })) };
}

/**
 * The demo's comment table. In memory; the Node layer passes `onChange` to write it to disk,
 * a test passes nothing and gets a fresh, isolated store.
 */
export class CommentStore {
  private state: StoreSnapshot;

  constructor(
    snapshot: StoreSnapshot = seedSnapshot(),
    private readonly onChange?: (snapshot: StoreSnapshot) => void,
  ) {
    this.state = { nextId: snapshot.nextId, comments: [...snapshot.comments] };
  }

  /** Every comment, approved or held. */
  get comments(): readonly StoredComment[] {
    return this.state.comments;
  }

  /** The comment with `id`, or undefined. */
  get(id: number): StoredComment | undefined {
    return this.state.comments.find((comment) => comment.id === id);
  }

  /** Stores a new comment under the next id and returns it. */
  add(comment: Omit<StoredComment, 'id'>): StoredComment {
    const stored = { ...comment, id: this.state.nextId };
    this.state = { nextId: stored.id + 1, comments: [...this.state.comments, stored] };
    this.onChange?.(this.snapshot());
    return stored;
  }

  /** A copy of the state, as persisted. */
  snapshot(): StoreSnapshot {
    return { nextId: this.state.nextId, comments: [...this.state.comments] };
  }
}
