/**
 * The default texts of the built-in categories and of the catalogue services
 * a config names. The loader knows only ids (it must stay small for every
 * visitor); the parts that show these texts (preference center, placeholders,
 * receipts) show a copy made by `withDefaultTexts()`. They come from the visitor's
 * language in pieces: the category texts and lifetime words in one, each
 * service's words in its own, fetched only for the services in the config.
 */
import { inCatalog, loadEntries, type CatalogEntry } from '../catalog/index.js';
import { primary } from '../core/lang-tag.js';
import type { CategoryDefinition, CookieInfo, LocalizedText } from '../core/types.js';
import type { UnitId } from './languages/types.js';
import { loadPiece, loadServiceWords, type CategoryWords, type ServiceWords } from './pieces.js';

/** The category texts and lifetime words of one language. */
export type DefaultTexts = CategoryWords;

/** A catalogue entry with its words in one language. */
export interface LoadedEntry extends CatalogEntry {
  local: ServiceWords;
}

/** The entries of `ids` that are catalogue services, with their words in `lang`. */
export async function loadEntriesWithWords(ids: Iterable<string>, lang: string): Promise<Map<string, LoadedEntry>> {
  const wanted = [...new Set(ids)].filter(inCatalog);
  const [entries, words] = await Promise.all([loadEntries(wanted), Promise.all(wanted.map((id) => loadServiceWords(lang, id)))]);
  return new Map(wanted.map((id, i) => [id, { ...entries.get(id)!, local: words[i] }]));
}

/** Gives `target` the texts it has none of (a config's own text always wins). */
function fill(target: object, texts: Record<string, string | undefined>, lang: string): void {
  const t = target as Record<string, LocalizedText | undefined>;
  for (const [key, value] of Object.entries(texts)) if (value !== undefined) t[key] ??= { [lang]: value };
}

const UNITS: Record<string, UnitId> = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };

/**
 * The locale numbers are written in. Arabic gets Latin digits, on purpose and in every engine:
 * CLDR (since v42) counts `ar` in Latin digits, as Chromium and Firefox do, while WebKitGTK's
 * older system ICU picks Arabic-Indic ones; the built-in table already writes a lifetime's own
 * Latin digits, and the cookie names and receipts beside it are Latin too. A tag that names its
 * numbering system (`ar-u-nu-arab`) keeps it; one that has other `-u-` keywords is left to Intl
 * (which rejects the doubled extension, and formatLifetime() falls back to the table).
 */
export const numberLocale = (lang: string): string => (primary(lang) === 'ar' && !/-u-/i.test(lang) ? `${lang}-u-nu-latn` : lang);

/**
 * "13mo" → "13 months" / "13 mois", in the visitor's language. The built-in
 * languages use their table's words with Intl.PluralRules; Intl.NumberFormat,
 * whose first use on a page loads ICU's number data (20-60 ms of main thread
 * on a slow machine), only formats the languages a site adds.
 */
export function formatLifetime(lifetime: string, lang: string, texts: Pick<DefaultTexts, 'lang' | 'plurals' | 'session' | 'units'>): string {
  const [, digits, code] = /^(\d+)(\w+)$/.exec(lifetime) ?? [];
  const unit = UNITS[code];
  if (!digits || !unit) return texts.session;
  const n = Number(digits);
  const forms = texts.units[unit];
  const word = (form = 'other') => (forms[form as Intl.LDMLPluralRule] ?? forms.other ?? '#').replace('#', digits);
  const own = primary(lang) === texts.lang;
  try {
    if (own && n < 1000) return word(new Intl.PluralRules(texts.plurals ?? lang).select(n));
    return new Intl.NumberFormat(numberLocale(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  } catch {
    // A tag Intl rejects (the config's `lang` is checked for shape, not for meaning).
    return own ? word() : `${n} ${unit}`;
  }
}

/** The service ids of `categories`: the catalogue entries a page needs. */
export const serviceIds = (categories: readonly CategoryDefinition[]): string[] => categories.flatMap((c) => c.services.map((s) => s.id));

/**
 * `categories` as a visitor reading `lang` is shown them: a copy in which every built-in category,
 * catalogue service and cookie the config left without a text has its default text in `lang`.
 * Texts from the config always win; `categories` (a checked config's) are left as they are.
 */
export async function withDefaultTexts(categories: readonly CategoryDefinition[], lang: string): Promise<CategoryDefinition[]> {
  return (await loadDefaultTexts(categories, lang))(categories);
}

/**
 * Fetches the words `withDefaultTexts()` needs for `categories` in `lang`, and resolves to what it
 * does with them: for a config with the same services (the complete check's, still on its way).
 */
export async function loadDefaultTexts(categories: readonly CategoryDefinition[], lang: string): Promise<(categories: readonly CategoryDefinition[]) => CategoryDefinition[]> {
  const [texts, entries] = await Promise.all([loadPiece(lang, 'categories'), loadEntriesWithWords(serviceIds(categories), lang)]);
  return (shown) => fillDefaultTexts(shown, texts, lang, entries);
}

/** The synchronous half of `withDefaultTexts()`, for texts and entries already at hand. */
export function fillDefaultTexts(
  categories: readonly CategoryDefinition[],
  texts: DefaultTexts,
  lang: string,
  entries: ReadonlyMap<string, LoadedEntry> = new Map(),
): CategoryDefinition[] {
  // A checked config is plain data (the texts, cookie tables and flags the check let through).
  const shown = structuredClone(categories) as CategoryDefinition[];
  // A cookie listed elsewhere than under its own service is still described by the entry that lists it.
  const owner = (name: string) => [...entries.values()].find((e) => Object.prototype.hasOwnProperty.call(e.cookies, name));
  const cookies = (list: CookieInfo[] | undefined, service?: LoadedEntry) => {
    for (const c of list ?? []) {
      const entry = service?.cookies[c.name] ? service : owner(c.name);
      const words = entry?.local.cookies[c.name];
      const lifetime = entry?.cookies[c.name];
      fill(c, {
        provider: words?.provider ?? (entry ?? service)?.provider,
        duration: lifetime && formatLifetime(lifetime, lang, texts),
        purpose: words?.purpose,
      }, lang);
    }
  };
  for (const cat of shown) {
    const own = texts.categories[cat.id];
    if (own) fill(cat, own, lang);
    cookies(cat.cookies);
    for (const svc of cat.services) {
      const entry = entries.get(svc.id);
      // A catalogue service named by the config (`"vimeo": true`) gets the catalogue's cookie list.
      if (entry && !svc.cookies) svc.cookies = Object.keys(entry.cookies).map((name) => ({ name }));
      if (entry) fill(svc, { provider: entry.local.provider ?? entry.provider, label: entry.local.label, description: entry.local.description }, lang);
      cookies(svc.cookies, entry);
    }
  }
  return shown;
}
