// The banner is what every first-time visitor downloads before seeing anything (README
// "Performance"): one file, chunks/ui-<code>.js in the visitor's language with its words in it (as
// the settings button's chunk has its name), that imports no other chunk before it runs (the
// files it needs would otherwise come one after another or all at once, each a request of its
// own, and be run in separate tasks), and that carries none of Lit: not lit-html, not LitElement's reactive core, not Lit's style module.
// Each of those leaves a marker in the build that minification keeps (a global version list, the
// CSSResult brand). Also: each file in src/entries/ is an output of the same name. Run after
// `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInCodes } from '../../scripts/build/language-pieces.mjs';
import { PER_LANGUAGE } from '../../scripts/build/words-per-language.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const CHUNKS = join(DIST, 'chunks');
const ENTRIES = new URL('../../src/entries/', import.meta.url).pathname;
const LIT = { 'lit-html': 'litHtmlVersions', LitElement: 'reactiveElementVersions', "Lit's css tag": '_$cssResult$' };
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g;

const read = (name) => readFileSync(join(CHUNKS, name), 'utf8');
const staticImports = (name) => [...read(name).matchAll(STATIC)].map((m) => m[1]);

/** `entry` and the chunks it imports statically, transitively: what the browser fetches before running it. */
function graph(entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of staticImports(name)) visit(dep);
  };
  visit(entry);
  return seen;
}

test('the markers are found where Lit is: the preference center\'s graph carries all three', () => {
  for (const [part, marker] of Object.entries(LIT)) {
    assert.ok([...graph('preferences.js')].some((name) => read(name).includes(marker)), `${part} (${marker}) not found`);
  }
});

const LANGUAGES = builtInCodes();
const wordsExport = ({ name, exported }) => new RegExp(`\\nexport const ${exported}=(.*);\\n\\/\\/# sourceMappingURL=${name}\\.js\\.map\\n$`, 's');

test('the banner is one file per built-in language: chunks/ui-<code>.js imports no chunk statically', () => {
  assert.ok(LANGUAGES.length >= 31, `${LANGUAGES.length} languages`);
  for (const code of LANGUAGES) assert.deepEqual(staticImports(`ui-${code}.js`), [], `ui-${code}.js`);
  // What it fetches later, it fetches by the name of an entry of the chunks build.
  const later = [...read('ui-en.js').matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]);
  assert.ok(later.includes('preferences.js'), `ui-en.js fetches ${later.join(', ')}`);
  for (const name of later) assert.ok(existsSync(join(CHUNKS, name)), `ui-en.js fetches ${name}, which is not built`);
});

for (const chunk of PER_LANGUAGE) {
  test(`${chunk.name}-<code>.js: one per language, the same code with that language's ${chunk.piece} words`, async () => {
    const re = wordsExport(chunk);
    const files = readdirSync(CHUNKS).filter((f) => f === `${chunk.name}.js` || new RegExp(`^${chunk.name}-[a-z]{2,3}\\.js$`).test(f)).sort();
    assert.deepEqual(files, LANGUAGES.map((code) => `${chunk.name}-${code}.js`).sort(), `one per language, and no ${chunk.name}.js that nothing fetches`);
    const code = (file) => read(file).replace(re, '');
    for (const lang of LANGUAGES) {
      const file = `${chunk.name}-${lang}.js`;
      const words = re.exec(read(file))?.[1];
      assert.ok(words, `${file} ends with its words and the shared source map`);
      assert.equal(code(file), code(`${chunk.name}-en.js`), `${file}: the same code as ${chunk.name}-en.js`);
      // The language piece that bundlers' builds fetch: the same words.
      const piece = (await import(pathToFileURL(join(CHUNKS, 'words', lang, `${chunk.piece}.js`)).href)).default;
      assert.deepEqual(new Function(`return ${words}`)(), piece, `${file}: the words of words/${lang}/${chunk.piece}.js`);
    }
    assert.ok(existsSync(join(CHUNKS, `${chunk.name}.js.map`)), 'the source map they share');
  });
}

test('every chunk\'s static imports are files the build wrote', () => {
  for (const file of readdirSync(CHUNKS).filter((f) => f.endsWith('.js'))) {
    for (const dep of staticImports(file)) assert.ok(existsSync(join(CHUNKS, dep)), `${file} imports ${dep}, which is not built`);
  }
});

test('the banner\'s chunk carries none of Lit', () => {
  for (const [part, marker] of Object.entries(LIT)) assert.ok(!read('ui-en.js').includes(marker), `ui-en.js carries ${part}`);
});

test('each file in src/entries/ is an output of the same name', () => {
  const where = { 'cookie-seal': DIST, index: join(DIST, 'esm'), define: join(DIST, 'esm') };
  // These entries are written once per language, under their name with the language's code.
  const file = (name) => (PER_LANGUAGE.some((c) => c.name === name) ? `${name}-en.js` : `${name}.js`);
  const names = readdirSync(ENTRIES).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  assert.ok(names.length >= 10, `${names.length} entries`);
  for (const name of names) assert.ok(existsSync(join(where[name] ?? CHUNKS, file(name))), `src/entries/${name}.ts has no dist file ${file(name)}`);
});
