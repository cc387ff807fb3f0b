/**
 * Identical requests in flight on one page share one fetch: a card list, a navigation and comment
 * counts on one article page often ask for the same posts at the same moment. Only requests in
 * flight are shared; nothing is cached once they settle.
 */

interface Shared<T> {
  result: Promise<T>;
  callers: number;
  /** The last caller left: forgets the work and aborts it. */
  stop: (reason: unknown) => void;
}

const inFlight = new Map<string, Shared<unknown>>();

/**
 * Runs `start` once per `key` while it is in flight; every caller gets its own copy of the result.
 * A caller whose `signal` aborts leaves alone; the shared work is aborted only when every caller
 * has left.
 */
export function shareInFlight<T extends object>(key: string, start: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let shared = inFlight.get(key) as Shared<T> | undefined;
  if (!shared) {
    const controller = new AbortController();
    const forget = () => inFlight.get(key) === created && inFlight.delete(key);
    const created: Shared<T> = {
      // The executor turns a synchronous throw into a rejection every caller sees.
      result: new Promise<T>((resolve) => resolve(start(controller.signal))),
      callers: 0,
      stop: (reason) => (forget(), controller.abort(reason)),
    };
    created.result.then(forget, forget);
    inFlight.set(key, (shared = created));
  }
  const entry = shared;
  entry.callers++;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      if (!--entry.callers) entry.stop(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.result.then((value) => resolve({ ...value }), reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

/** How many distinct requests are in flight (for tests). */
export const inFlightCount = (): number => inFlight.size;
