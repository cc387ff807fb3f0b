import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceError, isAbort } from '../sources/errors.js';

export type LoadStatus = 'idle' | 'loading' | 'done' | 'error';

export interface SourceTaskOptions<T, A extends readonly unknown[]> {
  /** The inputs of the load; `null` means there is nothing to load. A change starts a new load. */
  args: () => A | null;
  /** Loads; must pass `signal` on to `fetch` so a superseded load is cancelled. */
  task: (args: A, signal: AbortSignal) => Promise<T>;
  /** Runs after the host rendered the result. */
  onDone?: (value: T) => void;
  /** Runs after the host rendered the error. */
  onError?: (error: SourceError) => void;
}

/**
 * One load per element, keyed by its inputs: a change of inputs aborts the running request and
 * starts a new one, a disconnect aborts it (and reconnecting loads again), and only the latest
 * load's result is ever rendered. A load that failed because the browser is offline is tried
 * again by itself when the browser comes back online.
 */
export class SourceController<T, A extends readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: SourceError | undefined;

  #lastArgs: A | null | undefined;
  #running: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: SourceTaskOptions<T, A>;

  constructor(host: ReactiveControllerHost, options: SourceTaskOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again when the element comes back.
    if (this.#lastArgs === undefined) this.#host.requestUpdate();
    else if (this.error?.code === 'offline') this.#waitForOnline();
  }

  hostDisconnected(): void {
    this.#stopWaitingForOnline();
    if (this.status === 'loading') {
      this.#running?.abort();
      this.#lastArgs = undefined;
    }
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (this.#lastArgs !== undefined && sameArgs(args, this.#lastArgs)) return;
    this.#lastArgs = args;
    this.#start(args);
  }

  /** Loads again with the same inputs (the retry button). */
  retry(): void {
    this.#lastArgs = undefined;
    this.#host.requestUpdate();
  }

  readonly #onOnline = (): void => this.retry();

  #waitForOnline(): void {
    window.addEventListener('online', this.#onOnline, { once: true });
  }

  #stopWaitingForOnline(): void {
    window.removeEventListener('online', this.#onOnline);
  }

  #start(args: A | null): void {
    this.#stopWaitingForOnline();
    this.#running?.abort();
    this.error = undefined;
    if (!args) {
      this.status = 'idle';
      this.value = undefined;
      this.#running = undefined;
      return;
    }
    const running = new AbortController();
    this.#running = running;
    this.status = 'loading';
    // The executor turns a task that throws before its first await into a rejection, not a broken update.
    new Promise<T>((resolve) => resolve(this.#options.task(args, running.signal))).then(
      (value) => {
        if (this.#running !== running) return; // a newer load owns the element now
        this.status = 'done';
        this.value = value;
        this.#settle(() => this.#options.onDone?.(value));
      },
      (error: unknown) => {
        if (this.#running !== running || isAbort(error)) return;
        this.status = 'error';
        this.error = SourceError.from(error);
        const failure = this.error;
        if (failure.code === 'offline') this.#waitForOnline();
        this.#settle(() => this.#options.onError?.(failure));
      },
    );
  }

  #settle(after: () => void): void {
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(after);
  }
}

function sameArgs(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
