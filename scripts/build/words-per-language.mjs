// A chunk with its words in it, one file per built-in language: chunks/<name>-<code>.js.
//
// Two chunks are fetched with exactly one language piece each, and nothing can be shown before
// both are there: the banner (chunks/ui.js with words/<code>/banner.js), the first thing a first
// visit needs, and the floating settings button (settings-button.js with
// words/<code>/settings-button.js), all that a returning visit fetches after the loader. As two
// modules they are two requests, and they are evaluated in separate tasks: in Chromium the words
// of the banner often waited behind the parser's end-of-document work and the `load` event, so
// the banner was defined, then waited tens of milliseconds for its words (`npm run
// bench:timeline`). In one file both are there when the module runs.
//
// The code is the same in every language's file; only the last statement differs, `export const
// <exported> = …`, the language's piece as src/i18n/words/<code>/<piece>.js holds it. So one source
// map (<name>.js.map) serves all of them, and the plain <name>.js, which nothing would fetch, is
// not written.
import { pathToFileURL } from 'node:url';

/**
 * The chunks written this way: `name` (chunks/<name>-<code>.js) carries the language piece `piece`
 * as the export `exported`. The build, `npm run size` and test/build/banner-chunk.test.mjs read
 * this list.
 */
export const PER_LANGUAGE = [
  { name: 'ui', piece: 'banner', exported: 'bannerWords' },
  { name: 'settings-button', piece: 'settings-button', exported: 'buttonLabel' },
];
/** The one of PER_LANGUAGE called `name`. */
export const perLanguage = (name) => PER_LANGUAGE.find((chunk) => chunk.name === name);

/**
 * `value` as JavaScript: JSON, with the object keys that are names unquoted (as a minifier writes
 * them) and every character outside ASCII as a `\u` escape. Written raw, the two-byte letters of
 * Greek, Cyrillic, Arabic or Hebrew words share one deflate block with the code and cost its
 * Huffman table more than the escapes cost (gzip -9: the banner's Greek file 5,834 → 5,759 B).
 */
function literal(value) {
  const json = (v) => JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return json(value);
  return `{${Object.entries(value).map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : json(key)}:${json(v)}`).join(',')}}`;
}

/**
 * Rollup output plugin: writes the chunk `<name>.js` once per language in `codes`, with the
 * language piece `piece` exported as `exported`. `words` is what writeLanguagePieces() returned
 * (`words/<code>/<piece>` → file).
 */
export function wordsPerLanguage({ name, piece, exported }, words, codes) {
  return {
    name: `words-per-language:${name}`,
    async generateBundle(_, bundle) {
      const chunk = bundle[`${name}.js`];
      if (chunk?.type !== 'chunk') this.error(`no ${name}.js chunk in this build`);
      // A name of the minified code (not a property, not an object key) would clash with the export added below.
      if (new RegExp(`(?<![.\\w$])${exported}\\b(?!\\s*:)`).test(chunk.code)) this.error(`${name}.js already uses the name ${exported}`);
      const shared = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
      for (const lang of codes) {
        const file = words[`words/${lang}/${piece}`];
        if (!file) this.error(`no ${piece} piece for "${lang}"`);
        const { default: value } = await import(pathToFileURL(file).href);
        this.emitFile({
          type: 'asset',
          fileName: `${name}-${lang}.js`,
          source: `${shared}\nexport const ${exported}=${literal(value)};\n//# sourceMappingURL=${name}.js.map\n`,
        });
      }
      delete bundle[`${name}.js`];
    },
  };
}
