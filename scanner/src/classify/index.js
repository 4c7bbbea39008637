// Says what each cookie, storage key and request is: first the project's
// own catalogue (reference/catalog.json, from src/catalog/), then the Open
// Cookie Database. What neither knows stays "unclassified": the scanner
// never guesses a category from a name's look.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ocdByHost, ocdByName } from './ocd.js';

const CATALOG_FILE = fileURLToPath(new URL('../../reference/catalog.json', import.meta.url));

/** @type {Record<string, { category: string, provider: string, hosts: string[], cookies: Record<string, string> }>} */
export const CATALOG = JSON.parse(readFileSync(CATALOG_FILE, 'utf8'));

/**
 * Services that sit in `essential` but wait for their own opt-in (DESIGN §2):
 * before a choice and after Reject all they count as non-essential.
 */
export const OPT_IN = new Set(['recaptcha']);

/**
 * Hosts several catalogue services load from, told apart by the URL:
 * GTM's container, Google Ads' gtag and GA's gtag share www.googletagmanager.com.
 */
const SHARED_HOSTS = {
  'www.googletagmanager.com': [[/\/gtm\.js/, 'google-tag-manager'], [/[?&]id=(AW|DC)-/, 'google-ads'], [/./, 'google-analytics']],
  'www.google.com': [[/\/recaptcha\//, 'recaptcha'], [/\/maps/, 'google-maps']],
};

/**
 * @typedef {{ category: string, service?: string, provider?: string, platform?: string,
 *   source: 'catalog' | 'ocd' | 'consent' | 'cookie-seal' | null, optIn?: boolean, ocdId?: string, retention?: string,
 *   pattern?: string }} Classification — `pattern`: the name as the catalogue or the database writes it (`_ga_*`)
 */

/** @type {Classification} */
const UNCLASSIFIED = { category: 'unclassified', source: null };

/** Does `name` match a catalogue cookie name (a trailing `*` is a prefix)? */
const nameMatches = (pattern, name) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name);

/**
 * @param {string} name
 * @param {{ consentCookie?: string, cookieSeal?: boolean }} [site]
 * @returns {Classification}
 */
export function classifyName(name, site = {}) {
  if (name === (site.consentCookie ?? 'eu-consent')) return { category: 'essential', service: 'cookie-seal', provider: 'this site', source: 'consent' };
  if (site.cookieSeal && /^cookie-seal/.test(name)) return { category: 'essential', service: 'cookie-seal', provider: 'this site', source: 'cookie-seal' };
  for (const [id, entry] of Object.entries(CATALOG)) {
    const pattern = Object.keys(entry.cookies).find((p) => nameMatches(p, name));
    if (pattern) return { ...fromCatalog(id), pattern };
  }
  const row = ocdByName(name);
  if (row) return { category: row.category, platform: row.platform, provider: row.controller || row.platform, source: 'ocd', ocdId: row.id, retention: row.retention, pattern: row.wildcard ? `${row.name}*` : row.name };
  return UNCLASSIFIED;
}

/** @param {string} id @returns {Classification} */
function fromCatalog(id) {
  const e = CATALOG[id];
  return { category: e.category, service: id, provider: e.provider, source: 'catalog', ...(OPT_IN.has(id) ? { optIn: true } : {}) };
}

/**
 * A request to another site: the catalogue's hosts (a host or any name
 * under it), then third-party domains the Open Cookie Database names with
 * one category.
 * @param {string} url @param {string} host
 * @returns {Classification}
 */
export function classifyRequest(url, host) {
  const h = host.toLowerCase();
  const shared = SHARED_HOSTS[h];
  if (shared) {
    const hit = shared.find(([re]) => re.test(url));
    if (hit) return fromCatalog(hit[1]);
  }
  for (const [id, entry] of Object.entries(CATALOG)) {
    if (entry.hosts.some((x) => h === x || h.endsWith(`.${x}`))) return fromCatalog(id);
  }
  const row = ocdByHost(h);
  if (row) return { category: row.category, platform: row.platform, provider: row.controller || row.platform, source: 'ocd', ocdId: row.id };
  return UNCLASSIFIED;
}

/** Is this classification allowed before a choice and after Reject all? */
export const allowedWithoutConsent = (c) => c.category === 'essential' && !c.optIn;
