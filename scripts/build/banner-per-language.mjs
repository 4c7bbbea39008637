// The banner's chunk with its words in it, one file per built-in language: chunks/ui-<code>.js.
//
// A first visit needs the banner's code and the banner's words in the visitor's language before
// anything can be drawn. As two modules (chunks/ui.js and words/<code>/banner.js) they were fetched
// in parallel but evaluated in separate tasks, and in Chromium the second one often waited behind
// the parser's end-of-document work and the `load` event: the banner was defined, then waited tens
// of milliseconds for its words (`npm run bench:timeline`). In one file both are there when the
// module runs.
//
// The code is the same in every file; only the last statement differs, `export const bannerWords =
// {…}`, the language's `banner` piece as src/i18n/words/<code>/banner.js holds it. So one source map
// (ui.js.map) serves all of them, and the plain ui.js, which nothing would fetch, is not written.
import { pathToFileURL } from 'node:url';

const EXPORTED = 'bannerWords';

/**
 * `value` as a JavaScript object literal: JSON, with the keys that are names unquoted (as a
 * minifier writes them) and every character outside ASCII as a `\u` escape. Written raw, the
 * two-byte letters of Greek, Cyrillic, Arabic or Hebrew words share one deflate block with the
 * code and cost its Huffman table more than the escapes cost (gzip -9: ui-el.js 5,834 → 5,759 B).
 */
const literal = (value) => {
  const json = (v) => JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `{${Object.entries(value).map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : json(key)}:${json(v)}`).join(',')}}`;
};

/**
 * Rollup output plugin for the banner's build. `words` is what writeLanguagePieces() returned
 * (`words/<code>/banner` → file), `codes` the built-in languages.
 */
export function bannerPerLanguage(words, codes) {
  return {
    name: 'banner-per-language',
    async generateBundle(_, bundle) {
      const ui = bundle['ui.js'];
      if (ui?.type !== 'chunk') this.error('banner-per-language: the build has no ui.js chunk');
      // A name of the minified code (not a property, not an object key) would clash with the export added below.
      if (new RegExp(`(?<![.\\w$])${EXPORTED}\\b(?!\\s*:)`).test(ui.code)) this.error(`banner-per-language: ui.js already uses the name ${EXPORTED}`);
      const mapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/;
      const shared = ui.code.replace(mapComment, '');
      for (const lang of codes) {
        const file = words[`words/${lang}/banner`];
        if (!file) this.error(`banner-per-language: no banner piece for "${lang}"`);
        const { default: value } = await import(pathToFileURL(file).href);
        this.emitFile({
          type: 'asset',
          fileName: `ui-${lang}.js`,
          source: `${shared}\nexport const ${EXPORTED}=${literal(value)};\n//# sourceMappingURL=ui.js.map\n`,
        });
      }
      delete bundle['ui.js'];
    },
  };
}
