import { render, type TemplateResult } from 'lit';

// Test pages run two at a time, and Chromium runs no animation frames in the page that is not in
// front (modernweb-dev/web#2588): these helpers wait with timers, never with requestAnimationFrame.

const containers: HTMLElement[] = [];

/** Renders `template` into the page and waits until every Lit element in it has rendered. */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  await Promise.all([...container.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return container.firstElementChild as T;
}

/** Removes everything `mount()` added. */
export function unmountAll(): void {
  containers.splice(0).forEach((container) => container.remove());
}

/** Polls `predicate` every 10 ms until it holds; fails after `timeout` ms naming `what`. */
export async function waitFor(predicate: () => unknown, what: string, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
