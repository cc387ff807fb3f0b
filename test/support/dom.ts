/** Waits until `predicate` holds, polling each animation frame; fails after `timeout` ms. */
export async function until(predicate: () => unknown, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** The element's shadow root, asserting it exists. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of a node, whitespace collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
