// The built-in languages word cookie lifetimes from their own tables (Intl.NumberFormat's first use
// on a page loads ICU's number data, a long task), so the tables must say what CLDR says. Which CLDR
// a browser carries differs by engine and version (WebKitGTK's system ICU counts Polish days as
// "doby", Chromium as "dni"), so the tables are held to one fixed reference, Node's own ICU, here;
// the browser tests check the same tables' plural choice and digits in every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The source modules under test, bundled by esbuild and imported here. */
async function load() {
  const contents = [
    "export { formatLifetime, numberLocale } from './src/i18n/default-texts.ts';",
    "export { builtInLanguages } from './src/i18n/built-in.ts';",
  ].join('\n');
  const out = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

async function pack(code) {
  const out = await build({ entryPoints: [`${ROOT}src/i18n/languages/${code}.ts`], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return (await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)).default;
}

/**
 * Where a language's words deliberately differ from CLDR's unit names: Swedish, Norwegian and
 * Estonian count days as days ("dagar"), not 24-hour periods ("dygn"); Czech "dní" and Slovenian
 * "3 dnevi", "3 leta" are the common forms; Hebrew has its dual ("שנתיים", two years) and
 * "דקה אחת"; CLDR has no long unit names for Maltese, Icelandic and Irish in every ICU build.
 */
const OWN_WORDS = { sv: /^d$/, nb: /^d$/, et: /^d$/, cs: /^d$/, sl: /^(d|y)$/, he: /./, mt: /./, is: /./, ga: /./ };

test("the built-in languages' lifetime words say what CLDR says (Node's ICU)", async () => {
  const { formatLifetime, numberLocale, builtInLanguages } = await load();
  const units = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };
  const differ = [];
  for (const code of builtInLanguages) {
    const { lang, pluralLocale, session, units: words } = await pack(code);
    const table = { lang, plurals: pluralLocale, session, units: words };
    for (const [short, unit] of Object.entries(units)) {
      if (OWN_WORDS[lang]?.test(short)) continue;
      const intl = new Intl.NumberFormat(numberLocale(pluralLocale ?? lang), { style: 'unit', unit, unitDisplay: 'long' });
      for (let n = 0; n < 400; n++) {
        // The words and forms must agree; a plain space where Intl has a no-break one is the pack's choice.
        const ours = formatLifetime(`${n}${short}`, lang, table).replace(/[\u00a0\u202f]/g, ' ');
        const theirs = intl.format(n).replace(/[\u00a0\u202f]/g, ' ');
        if (ours !== theirs) differ.push(`${lang} ${n}${short}: ${ours} ≠ ${theirs}`);
      }
    }
  }
  assert.deepEqual(differ.slice(0, 40), []);
});
