/**
 * What Lightning CSS leaves in a minified `css` literal (used by scripts/minify-literals.ts; pure,
 * so the browser tests can run it). It prints the arguments of a function it cannot compute
 * (`color-mix()` with `currentColor`, anything inside a custom property) as written: a space after
 * each comma, which means nothing in CSS outside a string, and the keyword `transparent`, which is
 * the colour `#0000` by definition. Strings are kept as they are.
 */
export function squeezeCss(css: string): string {
  return css.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|,\s+|(?<![\w-])transparent(?=\))/g, (match, quoted?: string) =>
    quoted ?? (match === 'transparent' ? '#0000' : ','),
  );
}
