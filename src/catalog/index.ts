/**
 * The service catalogue: ready-made definitions a site names in its config
 * (`"services": { "vimeo": true }`) instead of listing cookies itself.
 *
 * One module per service, reached only through the literal `import()`s
 * below, so the build (and the bundler of a site using the ESM package)
 * makes one small chunk per entry (and per translation, see `Translations`):
 * a page downloads the entries of the services its config has, in its
 * visitor's language, and nothing of the others. The loader knows only the category of each entry
 * (`CATALOG_CATEGORIES` in src/core/categories.ts, checked against the
 * entries by a unit test).
 */
import type { CatalogEntry, ServiceTexts } from './types.js';

export type { CatalogEntry, CookieTexts, Lifetime, ServiceTexts } from './types.js';

type Load<T> = () => Promise<{ default: T }>;

/** A language's service texts, by id, one chunk each (listed by that language's table, `src/i18n/catalog-xx.ts`). */
export type Translations = Readonly<Record<string, Load<ServiceTexts>>>;

/** Id → the entry: its data and English texts. */
const CATALOG: Readonly<Record<string, Load<CatalogEntry>>> = {
  'google-analytics': () => import('./google-analytics.js'),
  'google-tag-manager': () => import('./google-tag-manager.js'),
  'google-ads': () => import('./google-ads.js'),
  recaptcha: () => import('./recaptcha.js'),
  youtube: () => import('./youtube.js'),
  vimeo: () => import('./vimeo.js'),
  'google-maps': () => import('./google-maps.js'),
  'meta-pixel': () => import('./meta-pixel.js'),
  matomo: () => import('./matomo.js'),
  hotjar: () => import('./hotjar.js'),
};

/** The ids of the catalogue, in documentation order. */
export const CATALOG_IDS: readonly string[] = Object.keys(CATALOG);

/** Is `id` a catalogue service? */
export const inCatalog = (id: string): boolean => Object.prototype.hasOwnProperty.call(CATALOG, id);

/** An entry with its texts in one language (English when that language has none). */
export interface LoadedEntry extends CatalogEntry {
  local: ServiceTexts;
}

/**
 * The entries of `ids` that are catalogue services (other ids are skipped),
 * with their texts from `translations` when it has them, else in English.
 * Entries are fetched at once, translations as soon as the language's table
 * has arrived; each at most once per page (the browser keeps its modules).
 */
export async function loadEntries(ids: Iterable<string>, translations?: Translations | Promise<Translations | undefined>): Promise<Map<string, LoadedEntry>> {
  const wanted = [...new Set(ids)].filter(inCatalog);
  const loaded = await Promise.all(wanted.map(async (id) => {
    const [entry, texts] = await Promise.all([CATALOG[id](), Promise.resolve(translations).then((t) => t?.[id]?.())]);
    return [id, { ...entry.default, local: texts?.default ?? entry.default.texts }] as const;
  }));
  return new Map(loaded);
}
