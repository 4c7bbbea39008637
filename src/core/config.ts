import { catalogCategory, defaultCategories, defaultConsentModeMap } from './categories.js';
import type { ConfigProblem } from './config-messages.js';
import { CONSENT_MODE_TYPES } from './consent-mode.js';
import { notice, type Diagnostics } from './notice.js';
import type { CategoryDefinition, ConsentModeType, SealConfig, ServiceDefinition } from './types.js';

export type { CategoryInput, SealConfigInput, ServiceInput } from './types.js';
export type { ConfigProblem } from './config-messages.js';

/*
 * The config boundary, first half: what the loader needs to apply a stored
 * decision (categories and services, cookie, revision, Consent Mode, theme).
 * Every field a site owner writes is checked once, so the rest of the code
 * works with a trusted SealConfig; a wrong field never stops the banner: it
 * is recorded as a problem code (the words live in config-messages.ts, a
 * chunk of its own) and replaced by its default. The texts, cookie tables
 * and controller are checked by `completeConfig()` (config-full.ts) in the
 * consent chunk, when a decision or the preference center needs them.
 */

export type Obj = Record<string, unknown>;
export type Fail = (field: string, code: string, got: unknown, using?: unknown, arg?: string) => void;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isWhole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isUrl = (v: unknown): v is string => {
  try {
    return isStr(v) && /^https?:$/.test(new URL(v, 'https://h.invalid/').protocol);
  } catch {
    return false;
  }
};
/** Ids of categories, services and languages; also keeps `__proto__` out of objects we build. */
export const ID = /^[a-z0-9][\w-]{0,63}$/i;
export const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const MAX_AGE_DAYS = 395;

const defaults = (): SealConfig => ({
  lang: 'auto',
  revision: 0,
  policyUrl: '',
  categories: defaultCategories(),
  cookieName: 'eu-consent',
  maxAgeDays: 182,
  position: 'bar',
  theme: 'auto',
  settingsButton: 'auto',
  reloadOnWithdraw: true,
  googleConsentMode: true,
  consentModeMap: Object.fromEntries(Object.entries(defaultConsentModeMap).map(([k, v]) => [k, [...v]])),
  consentModeWait: 500,
  texts: {},
});

/**
 * Validates the part of a site owner's config (`SealConfigInput`, any
 * shape) the loader needs into a SealConfig; problems come back as codes,
 * which `describeProblem()` turns into messages. `texts` is kept as given
 * until `completeConfig()` checks it (the string tables ignore non-strings).
 */
export function readConfig(input: unknown): { config: SealConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const fail: Fail = (field, code, got, using, arg) => void problems.push({ field, code, got, using, arg });
  let config: SealConfig;
  try {
    config = build(input, fail);
  } catch (error) {
    fail('config', 'read', undefined, 'the defaults', String(error));
    config = defaults();
  }
  return { config, problems };
}

/**
 * True when a problem concerns what a stored decision is applied under (the
 * config as a whole, the revision, the cookie, the lifetime, the categories,
 * services and Consent Mode, DESIGN §3): under a config that does not say what
 * it meant there, the decision counts as stale and the banner asks again;
 * nothing is granted on a guess. A lifetime above the maximum is read (and
 * clamped), not a reason.
 */
export const voidsDecision = (p: ConfigProblem): boolean =>
  p.code !== 'maxDays' && /^(config|revision|cookie|maxAgeDays|categories|services|googleConsentMode|consentMode)/.test(p.field);

/** Prints problems in words (the diagnostics chunk, fetched only now), or at least names the fields. */
export function reportProblems(problems: ConfigProblem[], load: Diagnostics): void {
  if (!problems.length) return;
  load().then(
    (m) => problems.forEach((p) => console.error(m.describeProblem(p))),
    () => console.error(`cookie-seal config: invalid ${problems.map((p) => `"${p.field}"`).join(', ')}; defaults used.`),
  );
}

/**
 * Checks options without a default (both halves of the config check use it):
 * a valid value is copied onto `out`, an invalid one reported and left out.
 */
export const optionalField = (src: Obj, out: SealConfig, fail: Fail) =>
  (key: keyof SealConfig, ok: (v: unknown) => boolean, code: string, arg?: string): void => {
    const v = src[key];
    if (v === undefined) return;
    if (ok(v)) (out as unknown as Obj)[key] = v;
    else fail(key, code, v, undefined, arg);
  };

function build(input: unknown, fail: Fail): SealConfig {
  const out = defaults();
  if (input == null) return out;
  if (!isObj(input)) {
    fail('config', 'object', input, 'the defaults');
    return out;
  }
  const src = input;
  const o = out as unknown as Obj;
  const field = (key: keyof SealConfig, ok: (v: unknown) => boolean, code: string = key) => {
    let v = src[key];
    // data-* attributes arrive as strings: "3" is a fine revision.
    if (isStr(v) && /^\d+$/.test(v) && isWhole(o[key])) v = Number(v);
    if (v === undefined) return;
    if (ok(v)) o[key] = v;
    else fail(key, code, v, o[key]);
  };
  const oneOf = (...xs: string[]) => (v: unknown) => xs.includes(v as string);
  field('lang', (v) => v === 'auto' || (isStr(v) && LANG.test(v)));
  field('revision', isWhole, 'whole');
  field('policyUrl', isUrl, 'url');
  field('cookieName', (v) => isStr(v) && /^[\w!#$%&'*+.^`|~-]{1,64}$/.test(v));
  field('maxAgeDays', (v) => typeof v === 'number' && v > 0, 'days');
  field('position', oneOf('bar', 'box', 'modal'));
  field('theme', oneOf('auto', 'light', 'dark'));
  field('settingsButton', (v) => isBool(v) || v === 'auto', 'button');
  for (const key of ['reloadOnWithdraw', 'adsDataRedaction', 'urlPassthrough'] as const) field(key, isBool, 'bool');
  field('googleConsentMode', (v) => isBool(v) || v === 'advanced', 'gcm');
  field('consentModeWait', isWhole, 'ms');
  if (out.maxAgeDays > MAX_AGE_DAYS) {
    fail('maxAgeDays', 'maxDays', out.maxAgeDays, MAX_AGE_DAYS, String(MAX_AGE_DAYS));
    out.maxAgeDays = MAX_AGE_DAYS;
  }
  if (isObj(src.texts)) out.texts = src.texts as SealConfig['texts'];
  const optional = optionalField(src, out, fail);
  optional('consentModeRegion', (v) => Array.isArray(v) && v.every((r) => isStr(r) && LANG.test(r)), 'region');
  const host = globalThis.location?.hostname ?? '';
  optional('cookieDomain', (v) => {
    const d = isStr(v) ? v.replace(/^\./, '').toLowerCase() : '';
    return d !== '' && (host === d || host.endsWith(`.${d}`));
  }, 'domain', host);

  const map = src.consentModeMap;
  if (map !== undefined && !isObj(map)) fail('consentModeMap', 'modeMap', map);
  for (const [id, types] of isObj(map) ? Object.entries(map) : []) {
    if (ID.test(id) && Array.isArray(types) && types.every((t) => CONSENT_MODE_TYPES.includes(t as ConsentModeType))) out.consentModeMap[id] = [...types] as ConsentModeType[];
    else fail(`consentModeMap.${id}`, 'modeTypes', types, undefined, CONSENT_MODE_TYPES.join(', '));
  }
  categories(src, out.categories, fail);
  return out;
}

/** Category and service entries as written: the object form, or the array form ESM users may pass. */
export function entries(src: Obj): { categories: [string, unknown][]; services: [string, unknown][] } {
  const raw = src.categories;
  const categories: [string, unknown][] = [];
  const nested: [string, unknown][] = [];
  if (Array.isArray(raw)) {
    for (const c of raw) {
      if (!isObj(c)) continue;
      categories.push([String(c.id), c]);
      if (Array.isArray(c.services)) for (const s of c.services) if (isObj(s)) nested.push([String(s.id), { ...s, category: c.id }]);
    }
  } else if (isObj(raw)) {
    categories.push(...Object.entries(raw));
  }
  return { categories, services: [...nested, ...(isObj(src.services) ? Object.entries(src.services) : [])] };
}

/** The category and service structure: ids, flags and which category owns each service. */
function categories(src: Obj, cats: CategoryDefinition[], fail: Fail): void {
  if (src.categories !== undefined && !Array.isArray(src.categories) && !isObj(src.categories)) fail('categories', 'categories', src.categories);
  if (src.services !== undefined && !isObj(src.services)) fail('services', 'services', src.services);
  const { categories: catEntries, services } = entries(src);
  for (const [id, def] of catEntries) {
    const path = `categories.${id}`;
    const index = cats.findIndex((c) => c.id === id);
    if (!ID.test(id)) {
      fail(path, 'id', id);
    } else if (def === false) {
      if (id === 'essential') fail(path, 'essential', def);
      else if (index >= 0) cats.splice(index, 1);
    } else if (!isObj(def)) {
      fail(path, 'category', def);
    } else {
      let cat = cats[index];
      if (!cat) cats.push((cat = { id, services: [] }));
      if (def.required !== undefined) {
        if (!isBool(def.required) || id === 'essential') fail(`${path}.required`, 'required', def.required);
        else cat.required = def.required;
      }
    }
  }
  for (let [id, def] of services) {
    const path = `services.${id}`;
    const owner = cats.find((c) => c.services.some((s) => s.id === id));
    const existing = owner?.services.find((s) => s.id === id);
    if (!ID.test(id)) {
      fail(path, 'id', id);
      continue;
    }
    // `true` names a built-in or catalogue service; its cookies and texts come with the chunks that use them.
    if (def === true) def = {};
    if (def === false || !isObj(def)) {
      if (def !== false) fail(path, 'service', def);
      else if (owner) owner.services = owner.services.filter((s) => s !== existing);
      continue;
    }
    const target = cats.find((c) => c.id === (def.category ?? owner?.id ?? catalogCategory(id)));
    if (!target) {
      fail(`${path}.category`, def.category === undefined ? 'catalog' : 'owner', def.category, undefined, cats.map((c) => c.id).join(', '));
      continue;
    }
    const svc: ServiceDefinition = existing ?? { id };
    if (owner !== target) {
      if (owner) owner.services = owner.services.filter((s) => s !== existing);
      target.services.push(svc);
    }
    for (const flag of ['optIn', 'saleOrSharing'] as const) {
      if (def[flag] === undefined) continue;
      if (isBool(def[flag])) svc[flag] = def[flag];
      else fail(`${path}.${flag}`, 'bool', def[flag]);
    }
  }
}

/** Deep merge for `configure()`: objects merge key by key, anything else in `b` replaces `a`. */
export function mergeConfig(a: unknown, b: unknown): Obj {
  if (!isObj(b)) return isObj(a) ? a : {};
  const out: Obj = isObj(a) ? { ...a } : {};
  for (const [key, v] of Object.entries(b)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = isObj(v) && isObj(out[key]) ? mergeConfig(out[key], v) : v;
  }
  return out;
}

const ATTRIBUTES: Record<string, string> = {
  lang: 'lang', revision: 'revision', 'policy-url': 'policyUrl', position: 'position', theme: 'theme',
  'receipt-endpoint': 'receiptEndpoint', 'cookie-domain': 'cookieDomain',
};

/**
 * The raw config of the page: the `#cookie-seal-config` JSON block, then
 * the `data-*` attributes of the loader's script tag, which win. Never throws;
 * a JSON syntax error is reported with its position, the block is skipped and
 * `unreadable` is called (a stored decision is not applied then).
 */
export function readPageConfig(doc: Document, script: HTMLScriptElement | null, unreadable?: () => void): unknown {
  let out: Obj = {};
  const block = doc.getElementById('cookie-seal-config');
  if (block) {
    try {
      const parsed: unknown = JSON.parse(block.textContent?.trim() || '{}');
      if (isObj(parsed)) out = parsed;
      else {
        notice('jsonObject', parsed);
        unreadable?.();
      }
    } catch (error) {
      notice('json', error);
      unreadable?.();
    }
  }
  for (const [attr, key] of Object.entries(ATTRIBUTES)) {
    const v = script?.getAttribute(`data-${attr}`);
    if (v != null) out[key] = v;
  }
  return out;
}
