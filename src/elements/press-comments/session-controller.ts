import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../../sources/errors.js';
import { findNonce, isExpiredNonce, loadCurrentUser, type WordPressSession } from '../../sources/wordpress-session.js';

/** `guest`: no nonce, or nobody signed in; `expired`: the site said the nonce is stale. */
export type SessionStatus = 'guest' | 'checking' | 'signed-in' | 'expired';

export interface SessionOptions {
  /** The comments collection the element talks to. */
  source: () => string;
  /** The element's `nonce` attribute ('' when absent). */
  nonce: () => string;
  /** Whether the element may ask yet (it is near the viewport); until then a reader with a nonce is `checking`. */
  near: () => boolean;
  timeout: () => number;
}

/**
 * Whether the reader is signed in to the WordPress site the element is on: with a nonce for a
 * same-origin source it asks `/wp/v2/users/me` once per source and nonce. A nonce found stale
 * by that question makes the reader a guest with `status` `expired`, so the form can say why.
 */
export class SessionController implements ReactiveController {
  status: SessionStatus = 'guest';
  session: WordPressSession | null = null;

  #key: string | undefined;
  #running: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: SessionOptions;

  constructor(host: ReactiveControllerHost, options: SessionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const source = this.#options.source();
    const nonce = source ? findNonce(source, this.#options.nonce()) : null;
    const near = this.#options.near();
    const key = nonce ? `${near} ${source} ${nonce}` : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#running?.abort();
    this.session = null;
    // A nonce means "probably signed in": no guest fields while that is not known either way.
    this.status = nonce ? 'checking' : 'guest';
    if (nonce && near) void this.#load(source, nonce);
  }

  hostDisconnected(): void {
    if (this.status !== 'checking') return;
    this.#running?.abort();
    this.#key = undefined; // ask again when the element comes back
  }

  /**
   * Back to the guest form: a post was refused with `rest_cookie_invalid_nonce`. The form's own
   * error says why, so `status` is `guest`, not `expired` (that notice is for a nonce stale on arrival).
   */
  leave(): void {
    this.#running?.abort();
    this.session = null;
    this.status = 'guest';
    this.#host.requestUpdate();
  }

  async #load(source: string, nonce: string): Promise<void> {
    const running = new AbortController();
    this.#running = running;
    try {
      const user = await loadCurrentUser(source, nonce, { signal: running.signal, timeout: this.#options.timeout() });
      if (this.#running !== running) return;
      this.session = user ? { nonce, user } : null;
      this.status = user ? 'signed-in' : 'guest';
    } catch (error) {
      if (this.#running !== running || isAbort(error)) return;
      // Any other failure (offline, a 500) leaves the guest form, which works for everyone.
      this.status = isExpiredNonce(error) ? 'expired' : 'guest';
    }
    this.#host.requestUpdate();
  }
}
