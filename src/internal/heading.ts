import { html, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const tags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/**
 * A real heading at a level the host page chooses (widgets must fit into the page's outline).
 * Only the six fixed tag names are ever made static; the level is clamped to them.
 */
export function heading(level: number, attributes: { part: string; id?: string; className?: string }, content: unknown): TemplateResult {
  const n = Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
  const tag = tags[n - 1];
  return html`<${tag} part=${attributes.part} id=${ifDefined(attributes.id)} class=${ifDefined(attributes.className)}>${content}</${tag}>`;
}
