/**
 * The banner's half of the language machinery, in the banner's chunk: which
 * table to fetch and the site's overrides on top. The other half of each
 * table (`more/`), `getStrings()` and the warning for a language without
 * texts are in `index.ts`, fetched with the preference center.
 */
import { primary } from '../core/lang-tag.js';
import type { BannerStrings, StringKey } from './strings.js';

// Languages written right to left; a site that adds one through `texts` gets
// the right direction without having to say so (`texts.xx.dir` still wins).
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * Each table is its own chunk, so a visitor downloads only the language the
 * banner speaks. Languages without a table start from English.
 */
export function loadBannerTable(lang: string): Promise<{ default: BannerStrings }> {
  const code = primary(lang);
  if (code === 'fr') return import('./banner/fr.js');
  if (code === 'ar') return import('./banner/ar.js');
  return import('./banner/en.js');
}

/**
 * `base` (a built-in table or half of one) for `lang`, with the site's
 * overrides for that language (`config.texts[lang]`) on top. Unknown
 * override keys are ignored; overrides must be strings.
 */
export function withOverrides<T extends BannerStrings>(base: T, lang: string, texts: Record<string, Record<string, string>> = {}): T {
  const code = primary(lang);
  const strings: T = { ...base };
  if (code !== primary(base.lang)) {
    strings.lang = lang;
    strings.dir = RTL.has(code) ? 'rtl' : 'ltr';
  }
  const overrides = texts[lang] ?? texts[code] ?? {};
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') continue;
    if (key === 'dir') {
      if (value === 'rtl' || value === 'ltr') strings.dir = value;
    } else if (key in base && key !== 'lang') {
      (strings as unknown as Record<StringKey, string>)[key as StringKey] = value;
    }
  }
  return strings;
}

/** The banner's strings for `lang` (see `getStrings()` for the whole table). */
export async function getBannerStrings(lang: string, texts?: Record<string, Record<string, string>>): Promise<BannerStrings> {
  return withOverrides((await loadBannerTable(lang)).default, lang, texts);
}
