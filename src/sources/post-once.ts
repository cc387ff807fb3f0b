import { SourceError } from './errors.js';
import type { Comment } from './models.js';
import { loadComments, stillHeld } from './wordpress-comments.js';
import { postedAs, type CommentInput, type PostedComment } from './wordpress-comment-posting.js';

/**
 * A comment post that timed out (or lost its connection) may still have been stored: the server
 * got the body, the answer never came back. Sending it again blindly would post it twice, so a
 * retry of the same comment first looks for it in the thread, and a `comment_duplicate` answer
 * to the retry means the first attempt landed. Either way the reader sees their comment once.
 */

/** Whether a failed post may still have reached the server (no answer, rather than a refusal). */
export const mayHaveLanded = (error: unknown): boolean => error instanceof SourceError && (error.code === 'timeout' || error.code === 'network');

/** What identifies "the same comment" across attempts: where it goes and what it says. */
const fingerprint = (input: CommentInput): string => JSON.stringify([input.post, input.parent, input.authorName.trim(), input.content.trim()]);

/** Remembers an unanswered post, and answers the next attempt at the same comment without posting it twice. */
export class PostOnce {
  #uncertain: string | null = null;

  /** True while the last attempt at `input` got no answer: the next attempt checks before it sends. */
  isUncertain(input: CommentInput): boolean {
    return this.#uncertain === fingerprint(input);
  }

  /**
   * Sends `input` through `send`, unless an earlier unanswered attempt at the same comment is
   * found by `find` (the comment as listed now, or null).
   */
  async post(input: CommentInput, send: () => Promise<PostedComment>, find: () => Promise<Comment | null>): Promise<PostedComment> {
    const key = fingerprint(input);
    const retry = this.#uncertain === key;
    const landed = async (): Promise<PostedComment | null> => {
      const comment = await find().catch(() => null);
      return comment && postedAs(comment);
    };
    try {
      const result = (retry && (await landed())) || (await send());
      this.#uncertain = null;
      return result;
    } catch (error) {
      if (retry && error instanceof SourceError && error.code === 'comment_duplicate') {
        // The first attempt was stored; not listed yet means it waits for moderation.
        this.#uncertain = null;
        return (await landed()) ?? { comment: null, id: null, status: 'hold', via: 'rest' };
      }
      // Still no answer: keep checking first. A refusal of a fresh comment ends the question.
      if (mayHaveLanded(error)) this.#uncertain = key;
      else if (!retry) this.#uncertain = null;
      throw error;
    }
  }
}

/** How many of the newest comments are searched for a post that may have landed. */
const NEWEST = 20;

/**
 * The newest approved comment of the thread that is the reader's `input` (same parent, author and
 * words), or null. One small request for the newest few, whatever order the thread is shown in.
 */
export async function findPostedComment(source: string | URL, input: CommentInput, options: { signal?: AbortSignal; timeout?: number } = {}): Promise<Comment | null> {
  const own = { id: 0, parent: input.parent, authorName: input.authorName, contentHtml: input.content } as Comment;
  const { comments } = await loadComments(source, { ...options, post: input.post, order: 'desc', perPage: NEWEST });
  return comments.find((listed) => !stillHeld([own], [listed]).length) ?? null;
}
