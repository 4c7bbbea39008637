// The banner is what every first-time visitor downloads before seeing anything, so none of Lit
// may come with it (README "Performance"): not lit-html, not LitElement's reactive core, not Lit's
// style module. Each leaves a marker in the build that minification keeps (a global version list,
// the CSSResult brand). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CHUNKS = new URL('../../dist/chunks/', import.meta.url).pathname;
const LIT = { 'lit-html': 'litHtmlVersions', LitElement: 'reactiveElementVersions', "Lit's css tag": '_$cssResult$' };
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** `entry` and the chunks it imports statically, transitively: what the browser fetches before running it. */
function graph(entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const m of readFileSync(join(CHUNKS, name), 'utf8').matchAll(STATIC)) visit(m[1]);
  };
  visit(entry);
  return seen;
}

const has = (name, marker) => readFileSync(join(CHUNKS, name), 'utf8').includes(marker);

test('the markers are found where Lit is: the preference center\'s graph carries all three', () => {
  const prefs = readdirSync(CHUNKS).find((f) => /^preferences-.*\.js$/.test(f));
  assert.ok(prefs, 'no preferences chunk in dist/chunks');
  for (const [part, marker] of Object.entries(LIT)) {
    assert.ok([...graph(prefs)].some((name) => has(name, marker)), `${part} (${marker}) not found`);
  }
});

test('the banner\'s chunk and its static imports carry none of Lit', () => {
  const files = graph('ui.js');
  assert.ok(files.size >= 2, `ui.js imports ${files.size - 1} chunks`);
  for (const name of files) {
    for (const [part, marker] of Object.entries(LIT)) assert.ok(!has(name, marker), `${name} carries ${part}`);
  }
});
