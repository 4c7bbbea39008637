import { isObj } from './config.js';

/**
 * A one-key note in localStorage: the short hash of the last config that was
 * checked field by field in this browser and found without a problem. The
 * check (the texts, cookie tables, controller and receipt service, in the
 * consent chunk) runs with the banner or the preference center; on pages
 * where neither shows, the loader runs it at idle only when the page's config
 * differs from the noted one. So a site owner who breaks the config sees the
 * error on the next page load, and a returning visitor on an unchanged config
 * never downloads the check. A config with a problem is never noted: its
 * errors come back on every page until it is fixed.
 */
const KEY = 'cookie-seal-config-checked';

/**
 * True when `input` has something for the chunk's half of the check: a field the loader's reading
 * (`config`) does not hold, texts, or categories (their labels and cookie tables). A config of only
 * the fields the loader reads, and reports on itself, leaves it nothing: no note is read for it.
 */
export const secondHalf = (input: unknown, config: object): boolean =>
  isObj(input) && Object.keys(input).some((k) => k === 'texts' || k === 'categories' || !Object.hasOwn(config, k));

/** FNV-1a (32 bits) of the config as JSON, in base 36: short, stable, not a security measure. */
export function configHash(input: unknown): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(input) ?? '') h = Math.imul(h ^ ch.charCodeAt(0), 0x1000193);
  return (h >>> 0).toString(36);
}

/** True unless `hash` is the config last checked in this browser (blocked storage: true). */
export function configUnchecked(hash: string): boolean {
  try {
    return localStorage.getItem(KEY) !== hash;
  } catch {
    return true;
  }
}

/** Notes `hash` as checked and clean. */
export function markConfigChecked(hash: string): void {
  try {
    localStorage.setItem(KEY, hash);
  } catch {
    // Blocked storage: the check runs again on the next page.
  }
}
