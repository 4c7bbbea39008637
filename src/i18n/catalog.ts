/**
 * The default texts of the built-in categories, services and cookies, one
 * chunk per language. The loader knows only ids and cookie names (it must stay
 * small for every visitor); the parts that show these texts (preference
 * center, placeholders, receipts) call `applyDefaultTexts()` first.
 */
import type { CatalogEntry } from '../core/catalog.js';
import type { CategoryDefinition, CookieInfo, LocalizedText } from '../core/types.js';

export interface DefaultTexts {
  categories: Record<string, { label: string; description: string }>;
  services: Record<string, { label: string; provider?: string; description: string }>;
  /** By cookie name, as listed in `defaultCategories()`. */
  cookies: Record<string, { provider?: string; purpose: string; duration?: string }>;
  /** The lifetime of a cookie deleted when the browser closes. */
  session: string;
}

function loadCatalog(lang: string): Promise<{ default: DefaultTexts }> {
  const code = lang.toLowerCase().split(/[-_]/)[0];
  if (code === 'fr') return import('./catalog-fr.js');
  if (code === 'ar') return import('./catalog-ar.js');
  return import('./catalog-en.js');
}

/** Texts this module wrote, so a second language can be added to them but a site's own text is never touched. */
const ours = new WeakSet<object>();

function fill(target: object, texts: Record<string, string> | undefined, lang: string): void {
  if (!texts) return;
  const t = target as Record<string, LocalizedText | undefined>;
  for (const [key, value] of Object.entries(texts)) {
    const current = t[key];
    if (current === undefined) {
      const text = { [lang]: value };
      ours.add(text);
      t[key] = text;
    } else if (typeof current === 'object' && ours.has(current)) {
      current[lang] = value;
    }
  }
}

/**
 * Gives every built-in category, service and cookie that the config left
 * without a text its default text in `lang`, in place. Texts from the config
 * always win. Safe to call many times.
 */
export async function applyDefaultTexts(categories: CategoryDefinition[], lang: string): Promise<void> {
  // The service catalogue is a chunk of its own, shared with the withdrawal clean-up.
  const [texts, catalog] = await Promise.all([loadCatalog(lang), import('../core/catalog.js')]);
  fillDefaultTexts(categories, texts.default, lang, catalog);
}

/** What `fillDefaultTexts()` uses of the service catalogue (`src/core/catalog.ts`). */
export interface CatalogModule {
  CATALOG: Readonly<Record<string, CatalogEntry>>;
  formatLifetime(lifetime: string, lang: string, session: string): string;
}

/** The synchronous half of `applyDefaultTexts()`, for a catalog already at hand. */
export function fillDefaultTexts(categories: CategoryDefinition[], texts: DefaultTexts, lang: string, catalog?: CatalogModule): void {
  const find = (id?: string) => (id && catalog && Object.prototype.hasOwnProperty.call(catalog.CATALOG, id) ? catalog.CATALOG[id] : undefined);
  const cookies = (list: CookieInfo[] | undefined, service?: string) => {
    const entry = find(service);
    for (const c of list ?? []) {
      const lifetime = entry?.cookies[c.name];
      fill(c, {
        ...(entry ? { provider: entry.provider } : {}),
        ...(lifetime ? { duration: catalog!.formatLifetime(lifetime, lang, texts.session) } : {}),
        ...texts.cookies[c.name],
      }, lang);
    }
  };
  for (const cat of categories) {
    fill(cat, texts.categories[cat.id], lang);
    cookies(cat.cookies);
    for (const svc of cat.services) {
      const entry = find(svc.id);
      // A catalogue service named by the config (`"vimeo": true`) gets the catalogue's cookie list.
      if (entry && !svc.cookies) svc.cookies = Object.keys(entry.cookies).map((name) => ({ name }));
      fill(svc, { ...(entry ? { provider: entry.provider } : {}), ...texts.services[svc.id] }, lang);
      cookies(svc.cookies, svc.id);
    }
  }
}
