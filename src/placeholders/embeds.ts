/**
 * The `<seal-embed>` half of the placeholders chunk, fetched only when the
 * page has one: the element (Lit, with its form flow), and everything it
 * shows — all the interface strings, and the default texts of categories,
 * services and cookies (its cookie list with lifetimes).
 */
import type { ConsentStore } from '../core/store.js';
import { isObj, isText, text, withSiteTexts, type FieldReader } from './site-names.js';
import type { CategoryDefinition } from '../core/types.js';
import { withDefaultTexts } from '../i18n/default-texts.js';
import { getStrings, type Strings } from '../i18n/index.js';
import '../components/embed/define.js';

export { SealEmbed } from '../components/embed/embed.js';

const ROW = ['name', 'provider', 'purpose', 'duration'];

/**
 * A service's cookie table as an embed lists it: the rows with a name and well-formed texts, each
 * with its table's fields only (what the complete check in the consent chunk keeps, quietly).
 */
const cookieRows: FieldReader = (v) =>
  Array.isArray(v)
    ? v.filter((row) => isObj(row) && typeof row.name === 'string' && row.name !== '' && ROW.every((k) => k === 'name' || row[k] === undefined || isText(row[k])))
      .map((row) => Object.fromEntries(ROW.filter((k) => row[k] !== undefined).map((k) => [k, row[k]])))
    : undefined;

/** What an embed shows of a service: who it is, what it does and the cookies it sets. */
const SERVICE = { label: text, provider: text, description: text, cookies: cookieRows };

/**
 * What the embeds of `store`'s page show in `lang`: the strings, and the categories with the site's
 * texts for them (read from the raw `input`: on a returning visit the complete check has not run)
 * and the default texts.
 */
export async function embedTexts(store: ConsentStore, input: unknown, lang: string): Promise<{ strings: Strings; categories: CategoryDefinition[] }> {
  const [strings, categories] = await Promise.all([
    getStrings(lang, store.config.texts),
    withDefaultTexts(withSiteTexts(store.config.categories, input, SERVICE), lang),
  ]);
  return { strings, categories };
}
