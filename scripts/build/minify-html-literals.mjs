// A rollup plugin (after the TypeScript plugin, like minify-css-literals):
// in lit-html templates of our own sources (html`` and svg``), a run of
// whitespace that holds a line break becomes one space. HTML collapses such
// runs to one space anyway, so nothing renders differently; the indentation
// of the templates just stops costing bytes. Interpolations are untouched.
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);

/** Calls `fn` on every node of an ESTree AST. */
function walk(node, fn) {
  if (!node || typeof node.type !== 'string') return;
  fn(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, fn);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, fn);
  }
}

export default function minifyHtmlLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          for (const m of raw.matchAll(/[ \t]*\n\s*/g)) out.overwrite(quasi.start + m.index, quasi.start + m.index + m[0].length, ' ');
        }
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
