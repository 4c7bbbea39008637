/**
 * The banner's half of the language machinery, in the banner's chunk: the
 * banner's piece of one language and the site's overrides on top. The rest
 * (`getStrings()`, plurals, the warning for a language without texts) is in
 * `index.ts`, fetched with the preference center.
 */
import { primary } from '../core/lang-tag.js';
import { loadPiece } from './pieces.js';
import type { BannerStrings, PluralForms } from './strings.js';

// Languages written right to left; a site that adds one through `texts` gets
// the right direction without having to say so (`texts.xx.dir` still wins).
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `serviceCountOne`, `serviceCountFew`…: one plural form of `serviceCount` (plain `serviceCount` sets them all). */
const PLURAL_KEY = /^(serviceCount)(Zero|One|Two|Few|Many|Other)?$/;

/**
 * `base` (a built-in language's strings, or part of them) for `lang`, with the
 * site's overrides for that language (`config.texts[lang]`, else its primary
 * subtag's) on top. Unknown override keys are ignored; overrides must be strings.
 */
export function withOverrides<T extends Pick<BannerStrings, 'lang' | 'dir'>>(base: T, lang: string, texts: Record<string, Record<string, string>> = {}): T {
  const code = primary(lang);
  const strings: T = { ...base };
  if (code !== primary(base.lang)) {
    // A language the site adds over another's words: its own direction and plural rules.
    strings.lang = lang;
    strings.dir = RTL.has(code) ? 'rtl' : 'ltr';
    delete (strings as { plurals?: string }).plurals;
  }
  const overrides = texts[lang] ?? texts[code] ?? {};
  const s = strings as unknown as Record<string, string | PluralForms>;
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') continue;
    const plural = PLURAL_KEY.exec(key);
    if (key === 'dir') {
      if (value === 'rtl' || value === 'ltr') strings.dir = value;
    } else if (plural && plural[1] in base) {
      const form = plural[2]?.toLowerCase();
      s.serviceCount = form ? { ...(s.serviceCount as PluralForms), [form]: value } : { other: value };
    } else if (key in base && key !== 'lang' && typeof s[key] === 'string') {
      s[key] = value;
    }
  }
  return strings;
}

/** The banner's strings for `lang` (see `getStrings()` for all of them). */
export async function getBannerStrings(lang: string, texts?: Record<string, Record<string, string>>): Promise<BannerStrings> {
  return withOverrides(await loadPiece(lang, 'banner'), lang, texts);
}
