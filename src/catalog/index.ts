/**
 * The service catalogue: ready-made definitions a site names in its config
 * (`"services": { "vimeo": true }`) instead of listing cookies itself.
 *
 * One module per service, reached only through the literal `import()`s
 * below, so the build (and the bundler of a site using the ESM package)
 * makes one small chunk per entry: a page downloads the entries of the
 * services its config has and nothing of the others. Their words are in
 * each language's pack (src/i18n/languages/), one piece per service. The loader knows only the category of each entry
 * (`CATALOG_CATEGORIES` in src/core/categories.ts, checked against the
 * entries by a unit test).
 */
import type { CatalogEntry } from './types.js';

export type { CatalogEntry, Lifetime } from './types.js';

type Load<T> = () => Promise<{ default: T }>;

/** Id → the entry's data. */
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

/** The entries of `ids` that are catalogue services (other ids are skipped); each fetched at most once per page. */
export async function loadEntries(ids: Iterable<string>): Promise<Map<string, CatalogEntry>> {
  const wanted = [...new Set(ids)].filter(inCatalog);
  return new Map(await Promise.all(wanted.map(async (id) => [id, (await CATALOG[id]()).default] as const)));
}
