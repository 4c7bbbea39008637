/**
 * The interface strings as the components receive them: a built-in language's
 * words (src/i18n/languages/, documented in `types.ts` there) with the site's
 * overrides from `config.texts` on top. Placeholders are written `{name}` and
 * filled by `format()`.
 */
import type { LanguagePack } from './languages/types.js';

export type { PluralForms } from './languages/types.js';

/** What the banner shows, the piece fetched with it. */
export type BannerStrings = {
  /** BCP 47 tag of these strings, used for `lang` on the rendered elements. */
  lang: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
} & LanguagePack['banner'];

/** Everything else: the preference center, the quick menu, placeholders and embeds. */
export type MoreStrings = LanguagePack['more'] & {
  /** The locale of the plural rules, when not `lang`'s (`LanguagePack.pluralLocale`). */
  plurals?: string;
};

/** Every text the visitor interface shows. */
export type Strings = BannerStrings & MoreStrings;

/** The keys a site overrides with a string (`serviceCount` takes one per plural form, see `withOverrides`). */
export type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

