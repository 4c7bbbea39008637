// The banner is what every first-time visitor downloads before seeing anything (README
// "Performance"): one file, chunks/ui.js, that imports no other chunk before it runs (the files it
// needs would otherwise come one after another or all at once, each a request of its own), and
// that carries none of Lit: not lit-html, not LitElement's reactive core, not Lit's style module.
// Each of those leaves a marker in the build that minification keeps (a global version list, the
// CSSResult brand). Also: each file in src/entries/ is an output of the same name. Run after
// `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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

test('the banner is one file: chunks/ui.js imports no chunk statically', () => {
  assert.deepEqual(staticImports('ui.js'), []);
  // What it fetches later, it fetches by the name of an entry of the chunks build.
  const later = [...read('ui.js').matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]);
  assert.ok(later.includes('preferences.js'), `ui.js fetches ${later.join(', ')}`);
  for (const name of later) assert.ok(existsSync(join(CHUNKS, name)), `ui.js fetches ${name}, which is not built`);
});

test('the banner\'s chunk carries none of Lit', () => {
  for (const [part, marker] of Object.entries(LIT)) assert.ok(!read('ui.js').includes(marker), `ui.js carries ${part}`);
});

test('each file in src/entries/ is an output of the same name', () => {
  const where = { 'cookie-seal': DIST, index: join(DIST, 'esm'), define: join(DIST, 'esm') };
  const names = readdirSync(ENTRIES).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  assert.ok(names.length >= 10, `${names.length} entries`);
  for (const name of names) assert.ok(existsSync(join(where[name] ?? CHUNKS, `${name}.js`)), `src/entries/${name}.ts has no dist file ${name}.js`);
});
