/**
 * Fetches one piece of a built-in language: the words of one part of the UI,
 * cut out of `languages/<code>.ts` by the build (scripts/build/language-pieces.mjs)
 * into `words/<code>/<piece>.js`, each its own file. The import's path is
 * built at run time, so no bundler turns 31 languages into 31 chunk names in
 * the code that asks for one.
 */
import { primary } from '../core/lang-tag.js';
import { BUILT_IN } from './built-in.js';
import type { CatalogServiceId, DefaultCategoryId, LanguagePack, PluralForms, UnitId } from './languages/types.js';

/** The words of one catalogue service, as a language pack writes them. */
export type ServiceWords = LanguagePack['services'][CatalogServiceId];

/** The category texts and the lifetime words of one language. */
export interface CategoryWords {
  lang: string;
  /** The locale of the plural rules, when not `lang`'s (`LanguagePack.pluralLocale`). */
  plurals?: string;
  categories: Record<DefaultCategoryId | string, { label: string; description: string }>;
  session: string;
  units: Record<UnitId, PluralForms>;
}

/**
 * What an iframe's placeholder says (`<seal-placeholder>`), the one piece a
 * returning visitor who refused an embed fetches: its sentences, and the
 * default names of the categories and catalogue services it may name.
 */
export type EmbedWords = { lang: string; dir: 'ltr' | 'rtl' } & Pick<LanguagePack['more'], 'embedBlocked' | 'embedLoad' | 'embedSettings'> & {
  categories: Record<string, string>;
  services: Record<string, string>;
};

/** What each piece holds. */
export interface Pieces {
  banner: { lang: string; dir: 'ltr' | 'rtl' } & LanguagePack['banner'];
  more: LanguagePack['more'] & { plurals?: string };
  categories: CategoryWords;
  receipt: LanguagePack['receipt'];
  'settings-button': string;
  embed: EmbedWords;
}

/** The built-in language whose words serve `lang` (`pt-BR` → `pt`, `no` → `nb`); English when there is none. */
export function wordsLanguage(lang: string): string {
  const code = primary(lang);
  return ` ${BUILT_IN} `.includes(` ${code} `) ? code : 'en';
}

/** One piece of the built-in language that serves `lang`. */
export async function loadPiece<P extends keyof Pieces>(lang: string, piece: P): Promise<Pieces[P]> {
  return (await import(`./words/${wordsLanguage(lang)}/${piece}.js`)).default;
}

/** The words of the catalogue service `id` (a catalogue id: callers check with `inCatalog`) for `lang`. */
export async function loadServiceWords(lang: string, id: string): Promise<ServiceWords> {
  return (await import(`./words/${wordsLanguage(lang)}/service-${id}.js`)).default;
}
