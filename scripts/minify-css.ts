/**
 * What Lightning CSS leaves in a minified `css` literal (used by scripts/minify-literals.ts; pure,
 * so the browser tests can run it): it prints the arguments of a function it cannot compute
 * (`color-mix()` with `currentColor`, anything inside a custom property) as written, with a space
 * after each comma. Outside a string such a space means nothing in CSS, so it goes.
 */
export function squeezeCommas(css: string): string {
  return css.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|,\s+/g, (_match, quoted?: string) => quoted ?? ',');
}
