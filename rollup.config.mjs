// Three outputs (see docs/ARCHITECTURE.md "Build outputs"), each file from src/entries/<its name>.ts:
//  1. dist/cookie-seal.js — the classic-script loader, one IIFE with no imports.
//  2. dist/chunks/        — the UI, loaded by the loader only when needed; Lit,
//                           the preference center and floating-ui are split so
//                           the banner waits for none of them.
//  3. dist/esm/           — the package entry for bundlers (dependencies external).
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyCssLiterals from './scripts/build/minify-css-literals.mjs';
import minifyHtmlLiterals from './scripts/build/minify-html-literals.mjs';
import * as uiManifest from './scripts/build/ui-manifest.mjs';
import { writeLanguagePieces } from './scripts/build/language-pieces.mjs';

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

export default [
  {
    // One file in src/entries/ per output file, named alike.
    input: entries(['ui', 'consent', 'receipts', 'placeholders', 'cleanup', 'diagnostics', 'settings-button']),
    // ui.js holds the banner itself instead of re-exporting it from a shared chunk (one request less).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/chunks',
      // Folds tiny shared modules (events, the language helper) into a chunk that needs them anyway.
      experimentalMinChunkSize: 400,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: catalogChunks,
      sourcemap: true,
    },
    plugins: [resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals(), minify(), uiManifest.record(), catalogWithoutMaps()],
  },
  // After the chunks: the loader embeds the names of the banner's chunks to preload them.
  {
    input: 'src/entries/cookie-seal.ts',
    output: { file: 'dist/cookie-seal.js', format: 'iife', sourcemap: true },
    plugins: [uiManifest.provide(), resolve(), ts(), minify()],
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
