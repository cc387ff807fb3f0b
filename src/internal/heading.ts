import { html, nothing, type TemplateResult } from 'lit';

type Attributes = { part: string; id?: string; className?: string };
type Level = (part: string, id: string | typeof nothing, className: string | typeof nothing, content: unknown) => TemplateResult;

/** One template per level: Lit takes no tag name from a binding. */
const levels: Level[] = [
  (p, i, c, x) => html`<h1 part=${p} id=${i} class=${c}>${x}</h1>`,
  (p, i, c, x) => html`<h2 part=${p} id=${i} class=${c}>${x}</h2>`,
  (p, i, c, x) => html`<h3 part=${p} id=${i} class=${c}>${x}</h3>`,
  (p, i, c, x) => html`<h4 part=${p} id=${i} class=${c}>${x}</h4>`,
  (p, i, c, x) => html`<h5 part=${p} id=${i} class=${c}>${x}</h5>`,
  (p, i, c, x) => html`<h6 part=${p} id=${i} class=${c}>${x}</h6>`,
];

/** A real heading at a level the host page chooses (widgets must fit into the page's outline), clamped to h1…h6. */
export function heading(level: number, attributes: Attributes, content: unknown): TemplateResult {
  const n = Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
  return levels[n - 1](attributes.part, attributes.id ?? nothing, attributes.className ?? nothing, content);
}
