import type { StringKey, Strings } from './strings.js';

export type { StringKey, Strings } from './strings.js';
/** A config text (label, description…) in the UI's language. */
export { localize } from '../core/language.js';

/** Languages whose string tables ship with cookie-seal. */
export const builtInLanguages = ['en', 'fr', 'ar'] as const;

// Languages written right to left; a site that adds one through `texts` gets
// the right direction without having to say so (`texts.xx.dir` still wins).
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Each table is its own chunk, so a visitor downloads only the language the
 * banner speaks. Languages without a table start from English.
 */
function loadTable(lang: string): Promise<{ default: Strings }> {
  const code = primary(lang);
  if (code === 'fr') return import('./fr.js');
  if (code === 'ar') return import('./ar.js');
  return import('./en.js');
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

/**
 * The strings for `lang`: the built-in table (English when there is none)
 * with the site's overrides for that language (`config.texts[lang]`) on top.
 * Unknown override keys are ignored; overrides must be strings.
 */
export async function getStrings(lang: string, texts: Record<string, Record<string, string>> = {}): Promise<Strings> {
  const base = (await loadTable(lang)).default;
  const code = primary(lang);
  const strings: Strings = { ...base };
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
      strings[key as StringKey] = value;
    }
  }
  return strings;
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
