// One file per language (src/i18n/languages/<code>.ts) holds all of its words;
// the UI fetches them in pieces, so a visitor downloads only what the page shows,
// in their own language. This step writes those pieces as plain ES modules into
// src/i18n/words/<code>/ (generated, not committed):
//
//   banner.js           the first layer (fetched with the banner)
//   more.js             preference center, quick menu, placeholders, form flow
//   categories.js       the five categories' texts and the lifetime units
//   receipt.js          the receipt download's summary
//   settings-button.js  the floating button's name (a returning visit's only words)
//   embed.js            what an iframe's placeholder says: its three sentences, the
//                       categories' and catalogue services' names (nothing else, so a
//                       returning visitor who refused an embed fetches only this)
//   service-<id>.js     one catalogue service's texts (fetched only when configured)
//
// rollup.config.mjs and web-test-runner.config.mjs run it before they start, so
// the build and the tests always see the packs as they are.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const ROOT = new URL('../../', import.meta.url).pathname;
const PACKS = join(ROOT, 'src/i18n/languages');
const OUT = join(ROOT, 'src/i18n/words');
const LIST = join(ROOT, 'src/i18n/built-in.ts');

/** Evaluates one pack (TypeScript with type-only imports) and returns its default export. */
async function load(file) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.default;
}

/** `{ id: label }` of a pack's categories or services. */
const labels = (table) => Object.fromEntries(Object.entries(table).map(([id, words]) => [id, words.label]));

/** The pieces of one pack, by file name. */
export function pieces(pack) {
  const { lang, dir } = pack;
  // The pieces with plural forms say whose plural rules they follow when that is not `lang`'s.
  const plurals = pack.pluralLocale ? { plurals: pack.pluralLocale } : {};
  const out = {
    banner: { lang, dir, ...pack.banner },
    more: { ...pack.more, ...plurals },
    categories: { lang, ...plurals, categories: pack.categories, session: pack.session, units: pack.units },
    receipt: pack.receipt,
    'settings-button': pack.more.settingsButton,
    embed: {
      lang,
      dir,
      embedBlocked: pack.more.embedBlocked,
      embedLoad: pack.more.embedLoad,
      embedSettings: pack.more.embedSettings,
      categories: labels(pack.categories),
      services: labels(pack.services),
    },
  };
  for (const [id, words] of Object.entries(pack.services)) out[`service-${id}`] = words;
  return out;
}

/** The codes of the packs in src/i18n/languages/, sorted. */
export function packCodes() {
  return readdirSync(PACKS).filter((f) => /^[a-z]{2,3}\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();
}

/** The built-in languages as src/i18n/built-in.ts lists them (the loader's list, a string in the source). */
export function builtInCodes() {
  const list = /BUILT_IN = '([a-z ]+)'/.exec(readFileSync(LIST, 'utf8'))?.[1];
  if (!list) throw new Error('src/i18n/built-in.ts: no BUILT_IN string');
  return list.split(' ');
}

/** Writes every pack's pieces; returns the generated files as rollup inputs (`words/de/banner` → path). */
export async function writeLanguagePieces() {
  // The loader's list (a string in src/i18n/built-in.ts) and the packs must agree.
  const codes = builtInCodes();
  const missing = codes.filter((c) => !packCodes().includes(c));
  if (missing.length) throw new Error(`src/i18n/built-in.ts names ${missing.join(', ')} but src/i18n/languages/ has no such file`);
  const unlisted = packCodes().filter((c) => !codes.includes(c));
  if (unlisted.length) throw new Error(`src/i18n/languages/ has ${unlisted.join(', ')}: add ${unlisted.length > 1 ? 'them' : 'it'} to BUILT_IN in src/i18n/built-in.ts`);
  rmSync(OUT, { recursive: true, force: true });
  const inputs = {};
  for (const code of codes) {
    const pack = await load(join(PACKS, `${code}.ts`));
    if (pack?.lang !== code) throw new Error(`src/i18n/languages/${code}.ts: lang is "${pack?.lang}", expected "${code}"`);
    mkdirSync(join(OUT, code), { recursive: true });
    for (const [name, value] of Object.entries(pieces(pack))) {
      const file = join(OUT, code, `${name}.js`);
      writeFileSync(file, `export default ${JSON.stringify(value)};\n`);
      inputs[`words/${code}/${name}`] = file;
    }
  }
  return inputs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = await writeLanguagePieces();
  console.log(`language pieces: ${Object.keys(inputs).length} files in src/i18n/words/`);
}
