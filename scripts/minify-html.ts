/**
 * Whitespace collapsing for the static strings of one Lit `html`/`svg` template (used by
 * scripts/minify-literals.ts at build time; pure, so the browser tests can run it too).
 *
 * HTML renders a run of whitespace as one space (outside <pre>, <textarea> and white-space: pre),
 * so each run becomes one character: a newline if it held one, else a space. Inside a tag the
 * same holds between attributes. A quoted attribute value made only of plain characters loses its
 * quotes; other quoted values, comments and raw-text elements are copied as they are. The state (inside a tag, a quoted value, a comment, raw text) carries over
 * the `${}` between strings, as Lit's own template scanner does.
 */
/** Tags whose text keeps every whitespace character. */
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'listing', 'plaintext', 'xmp']);
const WHITESPACE = /[ \t\n\r\f]/;
/** Attribute values that mean the same without quotes: no whitespace, quotes, `=<>\``, `/` or `&`. */
const UNQUOTABLE = /^[\w.:#%,;+-]+$/;

export function minifyHtml(strings: readonly string[]): string[] {
  let state: 'text' | 'tag' | 'double' | 'single' | 'comment' | 'raw' = 'text';
  let tagName = '';
  let rawTag = '';
  return strings.map((input) => {
    let output = '';
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      if (state === 'raw' && input.slice(i, i + 2 + rawTag.length).toLowerCase() === `</${rawTag}`) {
        state = 'text';
      }
      if (state === 'text' || state === 'tag') {
        if (WHITESPACE.test(c)) {
          let j = i;
          while (j < input.length && WHITESPACE.test(input[j])) j++;
          output += input.slice(i, j).includes('\n') ? '\n' : ' ';
          i = j - 1;
          continue;
        }
        if (state === 'text' && c === '<') {
          if (input.startsWith('<!--', i)) {
            state = 'comment';
          } else if (i + 1 === input.length || /[a-zA-Z/!?]/.test(input[i + 1])) {
            // A tag (`<${tag}` of lit/static-html ends the string): anything else is text.
            state = 'tag';
            tagName = (/^<([a-zA-Z][^\s/>]*)/.exec(input.slice(i))?.[1] ?? '').toLowerCase();
          }
        } else if (state === 'tag' && (c === '"' || c === "'")) {
          const end = input.indexOf(c, i + 1);
          const value = input.slice(i + 1, end);
          if (end > i && output.endsWith('=') && UNQUOTABLE.test(value) && /[ \t\n\r\f>]/.test(input[end + 1] ?? '')) {
            // A plain value needs no quotes (`type=button`); one with a binding, a space or `/` keeps them.
            output += value;
            i = end;
            continue;
          }
          state = c === '"' ? 'double' : 'single';
        } else if (state === 'tag' && c === '>') {
          state = RAW_TEXT.has(tagName) ? 'raw' : 'text';
          rawTag = tagName;
        }
        output += c;
        continue;
      }
      output += c;
      if ((state === 'double' && c === '"') || (state === 'single' && c === "'")) state = 'tag';
      else if (state === 'comment' && c === '>' && input.startsWith('-->', i - 2)) state = 'text';
    }
    return output;
  });
}
