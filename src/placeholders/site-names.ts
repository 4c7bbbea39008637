import type { CategoryDefinition, LocalizedText } from '../core/types.js';

/*
 * The names a site gives its categories and services, for the placeholders. On a returning
 * visitor's page the complete config check (the consent chunk, which reports what is wrong) does
 * not run, and the loader reads only ids and flags; so the placeholders read the names they show
 * from the raw config themselves, quietly, taking only well-formed texts. Kept apart from the
 * check's modules so this chunk shares none of them.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (isObj(v) && Object.values(v).every((x) => typeof x === 'string'));

/**
 * A copy of `categories` (a checked config's) with the names `input` gives them: category labels,
 * service labels and providers, in either form the config takes (keyed objects, or the array of
 * categories with their services).
 */
export function withSiteNames(categories: readonly CategoryDefinition[], input: unknown): CategoryDefinition[] {
  const shown = structuredClone(categories) as CategoryDefinition[];
  const services = shown.flatMap((c) => c.services);
  const name = (target: object | undefined, def: unknown, keys: string[]) => {
    if (target && isObj(def)) for (const key of keys) if (isText(def[key])) (target as Obj)[key] = def[key];
  };
  const serviceNamed = (id: unknown, def: unknown) => name(services.find((s) => s.id === id), def, ['label', 'provider']);
  if (!isObj(input)) return shown;
  const raw = input.categories;
  for (const [id, def] of Array.isArray(raw) ? raw.map((c) => [isObj(c) ? c.id : undefined, c]) : Object.entries(isObj(raw) ? raw : {})) {
    name(shown.find((c) => c.id === id), def, ['label']);
    if (Array.isArray(raw) && isObj(def) && Array.isArray(def.services)) for (const s of def.services) serviceNamed(isObj(s) ? s.id : undefined, s);
  }
  for (const [id, def] of Object.entries(isObj(input.services) ? input.services : {})) serviceNamed(id, def);
  return shown;
}
