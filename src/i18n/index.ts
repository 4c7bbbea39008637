import type { Strings } from './strings.js';
import { primary } from '../core/lang-tag.js';
import { builtInLanguages } from './built-in.js';
import { loadPiece, type Pieces } from './pieces.js';
import { withOverrides } from './tables.js';
import { format } from './format.js';

export type { BannerStrings, MoreStrings, PluralForms, StringKey, Strings } from './strings.js';
export { getBannerStrings } from './tables.js';
export { builtInLanguages } from './built-in.js';
/** A config text (label, description…) in the UI's language. */
export { localize } from '../core/language.js';

/**
 * The strings for `lang`: the built-in language's (English when there is
 * none) with the site's overrides for that language (`config.texts[lang]`)
 * on top. Unknown override keys are ignored; overrides must be strings.
 * `given`, the `banner` piece for `lang` when the caller already has it, is
 * not fetched again.
 */
export async function getStrings(lang: string, texts?: Record<string, Record<string, string>>, given?: Pieces['banner']): Promise<Strings> {
  const [banner, more] = await Promise.all([given ?? loadPiece(lang, 'banner'), loadPiece(lang, 'more')]);
  return withOverrides({ ...banner, ...more }, lang, texts);
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

export { format };

/** The plural category of `count` in `lang` (`other` for a tag Intl rejects). */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(lang).select(count);
  } catch {
    // A malformed language tag from the config must not break the dialog.
    return count === 1 ? 'one' : 'other';
  }
}

/** "3 services" in the strings' language, in the form its plural rules choose. */
export function serviceCount(strings: Strings, count: number): string {
  const forms = strings.serviceCount;
  return format(forms[pluralCategory(strings.plurals ?? strings.lang, count)] ?? forms.other, { count });
}
