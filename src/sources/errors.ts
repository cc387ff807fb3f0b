import type { PressErrorDetail } from '../internal/events.js';

/**
 * Codes this kit uses itself; a WordPress error keeps its own code (e.g. `comment_duplicate`).
 * `too-large`: the body passed the byte cap; `web-page`: HTML came where data was expected;
 * `offline`: the browser has no network; `redirect`: a POST was redirected and not sent on.
 */
export type SourceErrorCode =
  | 'network'
  | 'timeout'
  | 'offline'
  | 'http'
  | 'too-large'
  | 'web-page'
  | 'redirect'
  | 'parse'
  | 'format'
  | 'aborted'
  | (string & {});

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
   * Wraps anything thrown into a SourceError, keeping a SourceError as it is. `request` (the only
   * caller of fetch) types every transport failure itself, so anything else thrown came from
   * reading the answer: it is labelled `parse`, never passed off as a network failure.
   */
  static from(error: unknown): SourceError {
    if (error instanceof SourceError) return error;
    if (isAbort(error)) return new SourceError('aborted', 'Aborted');
    return new SourceError('parse', error instanceof Error ? error.message : String(error));
  }
}

export const isAbort = (error: unknown): boolean =>
  (error instanceof SourceError && error.code === 'aborted') ||
  (error instanceof DOMException && error.name === 'AbortError');

/** Megabytes (of 1 048 576 bytes), to one decimal: what a reader is told a cap is. */
export const megabytes = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** A response cut off at the byte cap (code `too-large`): the reader is told how large an answer may be. */
export class ResponseTooLargeError extends SourceError {
  constructor(
    readonly maxBytes: number,
    status: number | null,
  ) {
    super('too-large', `Over ${megabytes(maxBytes)} MB`, status);
    this.name = 'ResponseTooLargeError';
  }
}

/** An HTML page where data was expected (code `web-page`): a login page, a CDN's error page. */
export class WebPageError extends SourceError {
  constructor(
    /** The page's decoded title (or first text), '' when it has none. */
    readonly title: string,
    status: number | null,
  ) {
    super('web-page', `A web page, not data: ${title}`, status);
    this.name = 'WebPageError';
  }
}
