import type { CategoryDefinition, LocalizedText } from '../core/types.js';

/*
 * The texts a site gives its categories and services, for the placeholders. On a returning
 * visitor's page the complete config check (the consent chunk, which reports what is wrong) does
 * not run, and the loader reads only ids and flags; so the placeholders read what they show from
 * the raw config themselves, quietly, taking only well-formed values. Kept apart from the check's
 * modules so the placeholders' chunks share none of them.
 */

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (isObj(v) && Object.values(v).every((x) => typeof x === 'string'));

/** Reads one field of a site's entry: the value to show, or undefined to keep the one there. */
export type FieldReader = (v: unknown) => unknown;
export const text: FieldReader = (v) => (isText(v) ? v : undefined);
/** What an iframe's placeholder shows of a service. */
const NAMES: Record<string, FieldReader> = { label: text, provider: text };

/**
 * A copy of `categories` (a checked config's) with the texts `input` gives them, in either form
 * the config takes (keyed objects, or the array of categories with their services): category
 * labels, and the service fields of `serviceFields` (by default labels and providers).
 */
export function withSiteTexts(categories: readonly CategoryDefinition[], input: unknown, serviceFields = NAMES): CategoryDefinition[] {
  const shown = structuredClone(categories) as CategoryDefinition[];
  const services = shown.flatMap((c) => c.services);
  const copy = (target: object | undefined, def: unknown, fields: Record<string, FieldReader>) => {
    if (!target || !isObj(def)) return;
    for (const [key, read] of Object.entries(fields)) {
      const v = read(def[key]);
      if (v !== undefined) (target as Obj)[key] = v;
    }
  };
  const service = (id: unknown, def: unknown) => copy(services.find((s) => s.id === id), def, serviceFields);
  if (!isObj(input)) return shown;
  const raw = input.categories;
  for (const [id, def] of Array.isArray(raw) ? raw.map((c) => [isObj(c) ? c.id : undefined, c]) : Object.entries(isObj(raw) ? raw : {})) {
    copy(shown.find((c) => c.id === id), def, { label: text });
    if (Array.isArray(raw) && isObj(def) && Array.isArray(def.services)) for (const s of def.services) service(isObj(s) ? s.id : undefined, s);
  }
  for (const [id, def] of Object.entries(isObj(input.services) ? input.services : {})) service(id, def);
  return shown;
}
