import { render, type TemplateResult } from 'lit';

// Test pages run two at a time, and Chromium runs no animation frames in the page that is not in
// front (modernweb-dev/web#2588), so open-wc's fixture() of a plain wrapper (it waits for a frame)
// can hang: mount() waits for the elements' own updates instead.

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
