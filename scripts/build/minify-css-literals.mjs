// A tiny rollup plugin (place it after the TypeScript plugin, which compiles
// from disk and ignores earlier transforms): collapses the whitespace and comments inside Lit
// `css` tagged templates of our own sources, so the styles the banner ships
// cost bytes only for what the browser reads. Interpolations (`${dark}`) are
// kept as they are. Selectors keep the spaces that carry meaning
// (`.a :focus` is not `.a:focus`): only spaces next to { } ; , and after a
// colon inside a declaration are dropped (and the few number spaces below).
const LITERAL = /\bcss\s*`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([\w-]):\s/g, '$1:')
    // In calc() and colours: spaces around `/` and around a `*` before a number, and a leading zero, carry no meaning.
    .replace(/\s\/\s/g, '/')
    .replace(/\s\*\s(?=[\d.])/g, '*')
    .replace(/([\s(,:*/])0\.(\d)/g, '$1.$2')
    .trim();
}

/** Minifies the static parts of each css`` literal; `${…}` parts stay untouched. */
const minifyLiteral = (body) =>
  body
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => (i % 2 ? part : minifyCss(part)))
    .join('');

export default function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !/\bcss\s*`/.test(code)) return null;
      return { code: code.replace(LITERAL, (_, body) => `css\`${minifyLiteral(body)}\``), map: null };
    },
  };
}
