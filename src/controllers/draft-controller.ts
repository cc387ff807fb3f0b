import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = 'press-widgets:draft:';

/**
 * Keeps the text a reader is writing in localStorage under a key (one per post and parent), so
 * a failed post, a reload or a closed tab loses nothing. When the key changes (the reader
 * replies to another comment) the draft of the new key is loaded. Storage that is full or
 * blocked (private mode, strict cookie settings) only costs the safety net, never the form.
 */
export class DraftController implements ReactiveController {
  /** The draft of the current key. */
  text = '';
  #currentKey: string | null = null;

  readonly #host: ReactiveControllerHost;
  /** The storage key of the draft in force, or null when there is nothing to key it by yet. */
  readonly #key: () => string | null;

  constructor(host: ReactiveControllerHost, key: () => string | null) {
    this.#host = host;
    this.#key = key;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Stores `text` as the draft (an empty text removes it). */
  set(text: string): void {
    this.text = text;
    if (this.#currentKey) write(this.#currentKey, text);
    this.#host.requestUpdate();
  }

  /** Forgets the draft after it was posted. */
  clear(): void {
    this.set('');
  }

  #sync(): void {
    const key = this.#key();
    if (key === this.#currentKey) return;
    this.#currentKey = key;
    this.text = key ? read(key) : '';
  }
}

function read(key: string): string {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, text: string): void {
  try {
    if (text) localStorage.setItem(PREFIX + key, text);
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // Full or blocked storage: the draft lives on in memory only.
  }
}
