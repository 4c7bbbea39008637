import type { ConsentStore } from '../../core/store.js';
import type { CategoryDefinition, CookieInfo, SealConfig, ServiceDefinition } from '../../core/types.js';

/** The switches of the preference center: what Save choices will store. */
export interface Choices {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** A service the visitor cannot turn off: inside a required category and without its own opt-in. */
export const isLocked = (cat: CategoryDefinition, svc?: ServiceDefinition): boolean =>
  cat.required === true && (svc === undefined || svc.optIn !== true);

/** Everything on (`true`) or everything refusable off (`false`). */
export function uniformChoices(config: SealConfig, on: boolean): Choices {
  const choices: Choices = { categories: {}, services: {} };
  for (const cat of config.categories) {
    choices.categories[cat.id] = on || cat.required === true;
    for (const svc of cat.services) choices.services[svc.id] = on || isLocked(cat, svc);
  }
  return choices;
}

/**
 * Where the switches start: the current decision; else the previous one
 * when it went stale (new categories start off); else everything off, with
 * no box pre-ticked beyond what cannot be refused.
 */
export function initialChoices(store: ConsentStore): Choices {
  const { config } = store;
  if (!store.needsDecision) {
    const { categories, services } = store.state;
    return { categories: { ...categories }, services: { ...services } };
  }
  const choices = uniformChoices(config, false);
  const prev = store.previous;
  if (!prev) return choices;
  for (const cat of config.categories) {
    if (cat.required) {
      for (const svc of cat.services) if (!isLocked(cat, svc)) choices.services[svc.id] = prev.s[svc.id] === true;
      continue;
    }
    const granted = prev.c[cat.id] === true;
    choices.categories[cat.id] = granted;
    for (const svc of cat.services) choices.services[svc.id] = granted && prev.s[svc.id] === true;
  }
  return choices;
}

/** A category switch carries all its (refusable) services with it. */
export function toggleCategory(choices: Choices, cat: CategoryDefinition, on: boolean): Choices {
  if (cat.required) return choices;
  const services = { ...choices.services };
  for (const svc of cat.services) services[svc.id] = on;
  return { categories: { ...choices.categories, [cat.id]: on }, services };
}

/** Turning a service on turns its category on; a locked service never changes. */
export function toggleService(choices: Choices, cat: CategoryDefinition, svc: ServiceDefinition, on: boolean): Choices {
  if (isLocked(cat, svc)) return choices;
  const categories = on ? { ...choices.categories, [cat.id]: true } : choices.categories;
  return { categories, services: { ...choices.services, [svc.id]: on } };
}

/** A cookie as listed in a category's table, with the provider filled from its service. */
export interface CookieRow extends CookieInfo {
  service?: ServiceDefinition;
}

/** Every cookie of a category: its own, then each service's. */
export function cookieRows(cat: CategoryDefinition): CookieRow[] {
  const rows: CookieRow[] = [...(cat.cookies ?? [])];
  for (const svc of cat.services) {
    for (const cookie of svc.cookies ?? []) rows.push({ ...cookie, provider: cookie.provider ?? svc.provider, service: svc });
  }
  return rows;
}
