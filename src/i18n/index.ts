import type { MoreStrings, Strings } from './strings.js';
import { loadBannerTable, primary, withOverrides } from './tables.js';

export type { BannerStrings, MoreStrings, StringKey, Strings } from './strings.js';
export { builtInLanguages, getBannerStrings, warnUnknownLanguage } from './tables.js';
/** A config text (label, description…) in the UI's language. */
export { localize } from '../core/language.js';

/** The second half of a table: fetched with the preference center, placeholders or receipts. */
function loadMoreTable(lang: string): Promise<{ default: MoreStrings }> {
  const code = primary(lang);
  if (code === 'fr') return import('./more/fr.js');
  if (code === 'ar') return import('./more/ar.js');
  return import('./more/en.js');
}

/**
 * The strings for `lang`: the built-in table (English when there is none)
 * with the site's overrides for that language (`config.texts[lang]`) on top.
 * Unknown override keys are ignored; overrides must be strings.
 */
export async function getStrings(lang: string, texts?: Record<string, Record<string, string>>): Promise<Strings> {
  const [banner, more] = await Promise.all([loadBannerTable(lang), loadMoreTable(lang)]);
  return withOverrides({ ...banner.default, ...more.default }, lang, texts);
}

/** Fills `{name}` placeholders; unknown placeholders are left as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 services" in the table's language, with its plural rules. */
export function serviceCount(strings: Strings, count: number): string {
  let form: Intl.LDMLPluralRule;
  try {
    form = new Intl.PluralRules(strings.lang).select(count);
  } catch {
    // A malformed language tag from the config must not break the dialog.
    form = count === 1 ? 'one' : 'other';
  }
  return format(form === 'one' ? strings.serviceCountOne : strings.serviceCountOther, { count });
}
