/**
 * Identical requests in flight on one page share one fetch: a card list, a navigation and comment
 * counts on one article page often ask for the same posts at the same moment. Only requests in
 * flight are shared; nothing is cached once they settle.
 */

interface Shared<T> {
  result: Promise<T>;
  controller: AbortController;
  callers: number;
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
    // The executor turns a synchronous throw into a rejection every caller sees.
    const result = new Promise<T>((resolve) => resolve(start(controller.signal)));
    const created: Shared<T> = { result, controller, callers: 0 };
    const forget = () => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    };
    result.then(forget, forget);
    inFlight.set(key, created);
    shared = created;
  }
  const entry = shared;
  entry.callers++;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      entry.callers--;
      if (entry.callers === 0) {
        if (inFlight.get(key) === entry) inFlight.delete(key);
        entry.controller.abort(signal.reason);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.result.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve({ ...value });
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

/** How many distinct requests are in flight (for tests). */
export const inFlightCount = (): number => inFlight.size;
