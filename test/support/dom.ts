/**
 * Waits until `predicate` holds, polling every few milliseconds; fails after `timeout` ms.
 * A timer, not requestAnimationFrame: a page the runner keeps in the background (concurrency > 1)
 * gets no animation frames, and the wait would never end.
 */
export async function until(predicate: () => unknown, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The element's shadow root, asserting it exists. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of a node, whitespace collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
