// Three outputs (see docs/ARCHITECTURE.md "Build outputs"), each file from src/entries/<its name>.ts:
//  1. dist/cookie-seal.js — the classic-script loader, one IIFE with no imports.
//  2. dist/chunks/        — the UI, loaded by the loader only when needed; Lit,
//                           the preference center and floating-ui are split so
//                           the banner waits for none of them. The banner's chunk,
//                           ui.js, is one file with no imports: a build of its own.
//  3. dist/esm/           — the package entry for bundlers (dependencies external).
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyCssLiterals from './scripts/build/minify-css-literals.mjs';
import minifyHtmlLiterals from './scripts/build/minify-html-literals.mjs';
import { builtInCodes, writeLanguagePieces } from './scripts/build/language-pieces.mjs';
import { perLanguage, wordsPerLanguage } from './scripts/build/words-per-language.mjs';

// Every language's pieces (src/i18n/words/<code>/<piece>.js, from src/i18n/languages/),
// each a file of its own next to the chunks: the UI imports them by a path built at run time.
const words = await writeLanguagePieces();

/** Rollup inputs from src/entries/<name>.ts, each output named after its entry. */
const entries = (names) => Object.fromEntries(names.map((name) => [name, `src/entries/${name}.ts`]));

const ts = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true });
const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 3 },
    format: { comments: false },
  });

/**
 * One chunk per catalogue entry (`service-vimeo-….js`). Named chunks, because
 * the small-chunk merging below would otherwise fold entries into each other.
 */
function catalogChunks(id) {
  const m = /[\\/]src[\\/]catalog[\\/]([\w-]+)\.ts$/.exec(id);
  if (m && m[1] !== 'index' && m[1] !== 'types') return `service-${m[1]}`;
}

/**
 * The small helpers nearly every chunk needs (events, the language pieces and tags, element
 * definition) in one shared chunk: left to itself, rollup cuts them into several tiny ones
 * after the entries that import them, and a placeholder would wait on four files instead of one.
 */
const COMMON = ['core/events', 'core/lang-tag', 'core/language', 'i18n/pieces', 'i18n/built-in', 'i18n/tables', 'i18n/format', 'components/internal/define'];
const commonChunk = (id) => (COMMON.some((m) => id.endsWith(`/src/${m}.ts`)) ? 'common' : undefined);
/** Lit and the theme every Lit element of ours adopts: the preference center, the menu and <seal-embed> share them. */
const litChunk = (id) =>
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id) ||
  /[\\/]src[\\/]components[\\/]internal[\\/](seal-element|theme\.styles|sheet)\.ts$/.test(id)
    ? 'lit'
    : undefined;

/** Catalogue chunks are plain data: without a source map, whose comment would be a tenth of each file. */
const catalogWithoutMaps = () => ({
  name: 'catalog-without-maps',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.facadeModuleId || !catalogChunks(chunk.facadeModuleId)) continue;
      chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      chunk.map = null;
      delete bundle[`${chunk.fileName}.map`];
    }
  },
});

/**
 * What ui.js fetches later, each an entry of the chunks build: its dynamic imports resolve to
 * those files instead of being built into chunks of their own a second time.
 */
const UI_LATER = {
  'src/ui/preferences.ts': 'preferences',
  'src/ui/menu.ts': 'menu',
  'src/i18n/index.ts': 'strings',
  'src/i18n/default-texts.ts': 'default-texts',
};
const ROOT = new URL('.', import.meta.url).pathname;

const uiLater = () => ({
  name: 'ui-later',
  async resolveDynamicImport(specifier, importer) {
    // A path built at run time (a language's words) stays as written.
    if (typeof specifier !== 'string') return null;
    const resolved = await this.resolve(specifier, importer, { skipSelf: true });
    const entry = resolved && UI_LATER[resolved.id.slice(ROOT.length)];
    if (!entry) this.error(`ui.js imports ${specifier} from ${importer} on demand: give it an entry in UI_LATER (rollup.config.mjs)`);
    return { id: `./${entry}.js`, external: 'absolute' };
  },
});

export default [
  {
    // One file in src/entries/ per output file, named alike.
    input: entries(['consent', 'receipts', 'placeholders', 'cleanup', 'diagnostics', 'settings-button', ...Object.values(UI_LATER)]),
    // An entry may hold code other chunks import (one request less than a facade and a shared chunk).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/chunks',
      // Folds tiny shared modules (events, the language helper) into a chunk that needs them anyway.
      experimentalMinChunkSize: 400,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: (id) => catalogChunks(id) ?? commonChunk(id) ?? litChunk(id),
      sourcemap: true,
    },
    plugins: [
      resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals(), minify(), catalogWithoutMaps(),
      // The settings button, one file per language with its name in it (chunks/settings-button-<code>.js).
      wordsPerLanguage(perLanguage('settings-button'), words, builtInCodes()),
    ],
  },
  /*
   * The banner in one file: the modules it shares with other chunks (events, the theme, the
   * language helpers) are copied into it rather than fetched after it, one request after another.
   * What it fetches on demand (the preference center, the menu, all strings) are the chunks
   * build's entries (UI_LATER). Written once per built-in language with that language's banner
   * words in it (chunks/ui-<code>.js, scripts/build/words-per-language.mjs).
   */
  {
    input: entries(['ui']),
    output: { dir: 'dist/chunks', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [uiLater(), resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals(), minify(), wordsPerLanguage(perLanguage('ui'), words, builtInCodes())],
  },
  {
    input: 'src/entries/cookie-seal.ts',
    output: { file: 'dist/cookie-seal.js', format: 'iife', sourcemap: true },
    plugins: [resolve(), ts(), minify()],
  },
  {
    input: entries(['index', 'define']),
    output: { dir: 'dist/esm', format: 'es', sourcemap: true },
    external: [/^lit/, /^@lit\//, /^@floating-ui\//, 'js-cookie'],
    plugins: [ts(), minifyCssLiterals()],
  },
  // The language pieces: plain data, a build of their own so no chunk merging folds one language into another.
  {
    input: words,
    output: [
      { dir: 'dist/chunks', format: 'es', entryFileNames: '[name].js' },
      { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js' },
    ],
    plugins: [minify()],
  },
];
