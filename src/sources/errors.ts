import type { PressErrorDetail } from '../internal/events.js';

/** Codes this kit uses itself; a WordPress error keeps its own code (e.g. `comment_duplicate`). */
export type SourceErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'aborted' | (string & {});

/** A typed failure of a source: what went wrong, the server's decoded message, the HTTP status. */
export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SourceError';
  }

  /** The plain object `press-error` carries. */
  toDetail(): PressErrorDetail {
    return { code: this.code, message: this.message, status: this.status };
  }

  /**
   * Wraps anything thrown into a SourceError, keeping a SourceError as it is. Network failures are
   * already typed where the request is made (http.ts), so anything else thrown is a failure to
   * read what came back: a parse error, never "the server could not be reached".
   */
  static from(error: unknown): SourceError {
    if (error instanceof SourceError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return new SourceError('aborted', 'Aborted');
    if (error instanceof DOMException && error.name === 'TimeoutError') return new SourceError('timeout', 'Timed out');
    return new SourceError('parse', error instanceof Error ? error.message : String(error));
  }
}

export const isAbort = (error: unknown): boolean =>
  (error instanceof SourceError && error.code === 'aborted') ||
  (error instanceof DOMException && error.name === 'AbortError');
