/**
 * Build-time minification of Lit's `css` and `html`/`svg` tagged template literals (a Vite plugin).
 *
 * The JS minifier keeps template text as it is, so every indentation and CSS comment reached the
 * reader. This plugin parses each module (Rolldown's own parser, after TypeScript is stripped),
 * finds templates tagged with `css`, `html` or `svg` imported from Lit, and rewrites only their
 * static text:
 * - `css`: minified by Lightning CSS (Vite's own CSS tool) without targets, so nothing modern
 *   (light-dark(), :host(), ::slotted()) is rewritten, then what it leaves
 *   in functions it cannot compute is squeezed (scripts/minify-css.ts).
 *   A `css` literal with `${}` is left as is.
 * - `html`/`svg`: runs of HTML whitespace collapse to one character, outside quoted attribute
 *   values, comments and <pre>/<textarea>/<script>/<style>. A collapsed run keeps one space, so
 *   text renders exactly as before (HTML collapses whitespace too). A quoted attribute value of
 *   plain characters loses its quotes (`type=button`); the markup, attribute names, binding
 *   prefixes (`.` `?` `@`) and `${}` placeholders are never touched.
 */
import { transform as transformCss } from 'lightningcss';
import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';
import { minifyHtml } from './minify-html.js';
import { squeezeCss } from './minify-css.js';

type Node = { type: string; start: number; end: number; [key: string]: unknown };
type TemplateElement = Node & { value: { raw: string; cooked: string | null } };
type TemplateLiteral = Node & { quasis: TemplateElement[]; expressions: Node[] };
type Kind = 'css' | 'html';

/** Modules of Lit that export the `css`, `html` and `svg` tags. */
const LIT_MODULE = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const TAG_KINDS: Record<string, Kind> = { css: 'css', html: 'html', svg: 'html' };

export function minifyLiterals(): Plugin {
  return {
    name: 'press-minify-literals',
    apply: 'build',
    // After TypeScript and decorators are compiled away: plain JavaScript to parse.
    enforce: 'post',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: /\b(css|html|svg)`/ },
      handler(code, id) {
        const program = this.parse(code) as unknown as Node;
        const tags = litTags(program);
        if (!tags.size) return null;
        const out = new RolldownMagicString(code, { filename: id });
        walk(program, (node) => {
          if (node.type !== 'TaggedTemplateExpression') return;
          const tag = node.tag as Node & { name?: string };
          const kind = tag.type === 'Identifier' ? tags.get(tag.name!) : undefined;
          if (!kind) return;
          const quasi = node.quasi as TemplateLiteral;
          const cooked = quasi.quasis.map((q) => q.value.cooked);
          if (cooked.some((text) => text === null)) return;
          const minified = kind === 'css' ? minifyCss(cooked as string[], id, (message) => this.warn(message)) : minifyHtml(cooked as string[]);
          if (!minified) return;
          quasi.quasis.forEach((q, i) => {
            const raw = toRaw(minified[i]);
            if (raw === q.value.raw) return;
            // Parsers differ on whether an element's span includes the backtick or `}` before it.
            const start = [q.start, q.start + 1].find((at) => code.startsWith(q.value.raw, at) && '`}'.includes(code[at - 1]));
            if (start === undefined) throw new Error(`minify-literals: unexpected template offsets in ${id}`);
            if (raw) out.overwrite(start, start + q.value.raw.length, raw);
            else out.remove(start, start + q.value.raw.length);
          });
        });
        if (!out.hasChanged()) return null;
        return { code: out };
      },
    },
  };
}

/** Local names of `css`, `html` and `svg` imported from Lit in this module. */
function litTags(program: Node): Map<string, Kind> {
  const tags = new Map<string, Kind>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration' || !LIT_MODULE.test((statement.source as { value: string }).value)) continue;
    for (const specifier of statement.specifiers as Node[]) {
      const imported = specifier.imported as { name?: string; value?: string } | undefined;
      const name = imported?.name ?? imported?.value;
      const kind = specifier.type === 'ImportSpecifier' && name ? TAG_KINDS[name] : undefined;
      if (kind) tags.set((specifier.local as { name: string }).name, kind);
    }
  }
  return tags;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) isNode(child) && walk(child, visit);
    else if (isNode(value)) walk(value, visit);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Template literal source for a cooked string: escapes what a template literal would read. */
function toRaw(text: string): string {
  return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
}

function minifyCss(strings: string[], id: string, warn: (message: string) => void): string[] | null {
  if (strings.length > 1) {
    warn(`a css literal with \${} is left unminified in ${id}`);
    return null;
  }
  const { code } = transformCss({ filename: id, code: Buffer.from(strings[0]), minify: true });
  return [squeezeCss(code.toString())];
}

