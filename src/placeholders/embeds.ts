/**
 * The `<seal-embed>` half of the placeholders chunk, fetched only when the
 * page has one: the element (Lit, with its form flow), and everything it
 * shows — all the interface strings, and the default texts of categories,
 * services and cookies (its cookie list with lifetimes).
 */
import type { ConsentStore } from '../core/store.js';
import { applyDefaultTexts } from '../i18n/default-texts.js';
import { getStrings, type Strings } from '../i18n/index.js';
import '../components/embed/define.js';

export { SealEmbed } from '../components/embed/embed.js';

/** The strings the embeds of `store`'s page show in `lang`, once the config's default texts are filled in. */
export async function embedStrings(store: ConsentStore, lang: string): Promise<Strings> {
  const [strings] = await Promise.all([getStrings(lang, store.config.texts), applyDefaultTexts(store.config.categories, lang)]);
  return strings;
}
