/**
 * The `<seal-embed>` half of the placeholders chunk, fetched only when the
 * page has one: the element (Lit, with its form flow), and everything it
 * shows — all the interface strings, and the default texts of categories,
 * services and cookies (its cookie list with lifetimes).
 */
import type { ConsentStore } from '../core/store.js';
import { withSiteNames } from './site-names.js';
import type { CategoryDefinition } from '../core/types.js';
import { withDefaultTexts } from '../i18n/default-texts.js';
import { getStrings, type Strings } from '../i18n/index.js';
import '../components/embed/define.js';

export { SealEmbed } from '../components/embed/embed.js';

/**
 * What the embeds of `store`'s page show in `lang`: the strings, and the categories with the site's
 * names for them (read from the raw `input`: the complete check may not have run) and the default texts.
 */
export async function embedTexts(store: ConsentStore, input: unknown, lang: string): Promise<{ strings: Strings; categories: CategoryDefinition[] }> {
  const [strings, categories] = await Promise.all([
    getStrings(lang, store.config.texts),
    withDefaultTexts(withSiteNames(store.config.categories, input), lang),
  ]);
  return { strings, categories };
}
