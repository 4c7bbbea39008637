import type { MoreStrings, Strings } from './strings.js';
import { primary } from '../core/lang-tag.js';
import { loadBannerTable, withOverrides } from './tables.js';

export type { BannerStrings, MoreStrings, StringKey, Strings } from './strings.js';
export { getBannerStrings } from './tables.js';
/** A config text (label, description…) in the UI's language. */
export { localize } from '../core/language.js';

/** Languages whose string tables ship with cookie-seal. */
export const builtInLanguages = ['en', 'fr', 'ar'] as const;

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

/**
 * Tells the site owner, once, that the language they asked for (config `lang`,
 * else `<html lang>`) has no texts, so the visitor sees `resolved` instead.
 * Returns the message, or null when the language was available.
 */
export function warnUnknownLanguage(requested: string | null | undefined, resolved: string, texts: Record<string, unknown> = {}): string | null {
  if (!requested || requested === 'auto' || primary(requested) === primary(resolved)) return null;
  const available = [...new Set([...builtInLanguages, ...Object.keys(texts)])].join(', ');
  const message =
    `[cookie-seal] no texts for language "${requested}"; showing "${resolved}". ` +
    `Available: ${available}. Add your translation with config texts.${primary(requested)}.`;
  console.warn(message);
  return message;
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
