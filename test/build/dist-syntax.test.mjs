// The support matrix (README "Browser support") promises ES2022 syntax: every built file must parse
// as ES2022 and nothing newer. The loader is a classic script, the chunks and the ESM build modules.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const TARGET = 2022;

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

/** The parse error of `code` as ECMAScript `version`, or null. */
function syntaxError(code, version, sourceType) {
  try {
    parse(code, { ecmaVersion: version, sourceType });
    return null;
  } catch (error) {
    return error.message;
  }
}

test('dist/ is built', () => {
  assert.ok(existsSync(join(DIST, 'cookie-seal.js')), 'run `npm run build` first');
});

test(`every built file parses as ES${TARGET}`, () => {
  const all = files(DIST);
  assert.ok(all.length > 20, `only ${all.length} files in dist/`);
  const failures = [];
  for (const file of all) {
    const name = relative(DIST, file);
    const sourceType = name === 'cookie-seal.js' ? 'script' : 'module';
    const error = syntaxError(readFileSync(file, 'utf8'), TARGET, sourceType);
    if (error) failures.push(`${name}: ${error}`);
  }
  assert.deepEqual(failures, []);
});

test('the check tells ES2022 from newer syntax', () => {
  // So a passing run means something: a regular expression with the ES2024 `v` flag fails.
  assert.equal(syntaxError('/[\\p{L}--[a-z]]/v;', TARGET, 'script') !== null, true);
  assert.equal(syntaxError('class A { #x = 1; static { } has(o) { return #x in o; } }', TARGET, 'script'), null);
  // And the loader is a classic script: no import/export at its top level.
  assert.equal(syntaxError(readFileSync(join(DIST, 'cookie-seal.js'), 'utf8'), TARGET, 'script'), null);
});
