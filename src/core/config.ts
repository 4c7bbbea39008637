import { defaultCategories, defaultConsentModeMap } from './categories.js';
import type {
  CategoryDefinition, ConsentModeType, ControllerInfo, CookieInfo, LocalizedText, SealConfig, ServiceDefinition,
} from './types.js';

export type { CategoryInput, SealConfigInput, ServiceInput } from './types.js';

/*
 * The config boundary: everything a site owner writes is checked here once,
 * so the rest of the code works with a trusted SealConfig. A wrong field
 * never stops the banner: it is reported (naming the field and the fix) and
 * replaced by its default. This ships in the ≤3 KB loader, hence one message
 * helper and validators as tiny predicates instead of a schema library.
 */

type Obj = Record<string, unknown>;
type Fail = (field: string, must: string, got: unknown, using?: unknown) => void;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isWhole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown): v is LocalizedText => isStr(v) || (isObj(v) && Object.values(v).every(isStr));
const isUrl = (v: unknown): v is string => {
  try {
    return isStr(v) && /^https?:$/.test(new URL(v, 'https://h.invalid/').protocol);
  } catch {
    return false;
  }
};
/** Ids of categories, services and languages; also keeps `__proto__` out of objects we build. */
const ID = /^[a-z0-9][\w-]{0,63}$/i;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const CONSENT_TYPES = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage',
];
const MAX_AGE_DAYS = 395;

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const defaults = (): SealConfig => ({
  lang: 'auto',
  revision: 0,
  policyUrl: '',
  categories: defaultCategories(),
  cookieName: 'eu-consent',
  maxAgeDays: 182,
  position: 'bar',
  theme: 'auto',
  settingsButton: true,
  reloadOnWithdraw: true,
  googleConsentMode: true,
  consentModeMap: Object.fromEntries(Object.entries(defaultConsentModeMap).map(([k, v]) => [k, [...v]])),
  consentModeWait: 500,
  texts: {},
});

const OTHER_KEYS = ['controller', 'jurisdiction', 'receiptEndpoint', 'cookieDomain', 'assetsUrl', 'services'];

/**
 * Validates a site owner's config (`SealConfigInput`, any shape) into a
 * usable SealConfig. Every problem is passed to `report` (default
 * `console.error`) and listed in `errors`; the faulty field takes its default.
 */
export function parseConfig(input: unknown, report: (msg: string) => void = console.error): { config: SealConfig; errors: string[] } {
  const errors: string[] = [];
  const fail: Fail = (field, must, got, using) => {
    const msg = `cookie-seal config: "${field}" ${must}${got === undefined ? '' : `, got ${show(got)}`}.${
      using === undefined ? ' Ignored.' : ` Using ${show(using)}.`}`;
    errors.push(msg);
    try {
      report(msg);
    } catch {
      // A broken reporter must not take the banner down with it.
    }
  };
  let config: SealConfig;
  try {
    config = build(input, fail);
  } catch (error) {
    fail('config', `could not be read (${String(error)})`, undefined, 'the defaults');
    config = defaults();
  }
  return { config, errors };
}

function build(input: unknown, fail: Fail): SealConfig {
  const out = defaults();
  if (input == null) return out;
  if (!isObj(input)) {
    fail('config', 'must be an object such as { "revision": 1 }', input, 'the defaults');
    return out;
  }
  const src = input;
  const o = out as unknown as Obj;
  for (const key of Object.keys(src)) {
    if (!(key in out) && !OTHER_KEYS.includes(key)) fail(key, 'is not a cookie-seal option; check its spelling', undefined);
  }
  const field = (key: keyof SealConfig, ok: (v: unknown) => boolean, must: string) => {
    let v = src[key];
    // data-* attributes arrive as strings: "3" is a fine revision.
    if (isStr(v) && /^\d+$/.test(v) && isWhole(o[key])) v = Number(v);
    if (v === undefined) return;
    if (ok(v)) o[key] = v;
    else fail(key, must, v, o[key]);
  };
  const oneOf = (...xs: string[]) => (v: unknown) => xs.includes(v as string);
  field('lang', (v) => v === 'auto' || (isStr(v) && LANG.test(v)), 'must be "auto" or a language tag such as "en" or "fr-CA"');
  field('revision', isWhole, 'must be a whole number ≥ 0');
  field('policyUrl', isUrl, 'must be an http(s) or relative URL such as "/privacy#cookies"');
  field('cookieName', (v) => isStr(v) && /^[\w!#$%&'*+.^`|~-]{1,64}$/.test(v), 'must be a cookie name (letters, digits, - and _)');
  field('maxAgeDays', (v) => typeof v === 'number' && v > 0, 'must be a number of days > 0');
  field('position', oneOf('bar', 'box', 'modal'), 'must be "bar", "box" or "modal"');
  field('theme', oneOf('auto', 'light', 'dark'), 'must be "auto", "light" or "dark"');
  for (const key of ['settingsButton', 'reloadOnWithdraw', 'googleConsentMode'] as const) field(key, isBool, 'must be true or false');
  field('consentModeWait', isWhole, 'must be a whole number of milliseconds ≥ 0');
  if (out.maxAgeDays > MAX_AGE_DAYS) {
    fail('maxAgeDays', `must be at most ${MAX_AGE_DAYS} days (13 months)`, out.maxAgeDays, MAX_AGE_DAYS);
    out.maxAgeDays = MAX_AGE_DAYS;
  }

  const optional = (key: keyof SealConfig, ok: (v: unknown) => boolean, must: string) => {
    const v = src[key];
    if (v === undefined) return;
    if (ok(v)) o[key] = v;
    else fail(key, must, v);
  };
  optional('jurisdiction', isStr, 'must be a text such as "FR"');
  optional('receiptEndpoint', isUrl, 'must be an http(s) URL such as "https://consent.example.com/v1/receipts"');
  optional('assetsUrl', isUrl, 'must be the http(s) URL of the folder holding the chunks/ files');
  const host = globalThis.location?.hostname ?? '';
  optional('cookieDomain', (v) => {
    const d = isStr(v) ? v.replace(/^\./, '').toLowerCase() : '';
    return d !== '' && (host === d || host.endsWith(`.${d}`));
  }, `must be this site's host "${host}" or one of its parent domains`);
  optional('controller', (v) => isObj(v) && isStr(v.name) && v.name !== '' && Object.entries(v).every(
    ([k, x]) => (k === 'address' ? isObj(x) && Object.values(x).every(isStr) : isStr(x)),
  ), 'must be an object with a "name" and text fields such as "email" and "address"');
  if (out.controller) out.controller = { ...(out.controller as ControllerInfo) };

  out.texts = texts(src.texts, fail);
  consentMap(src.consentModeMap, out.consentModeMap, fail);
  categories(src, out.categories, fail);
  return out;
}

function texts(v: unknown, fail: Fail): SealConfig['texts'] {
  if (v === undefined) return {};
  if (!isObj(v)) {
    fail('texts', 'must be an object keyed by language, such as { "fr": { "acceptAll": "…" } }', v);
    return {};
  }
  const out: SealConfig['texts'] = {};
  for (const [lang, table] of Object.entries(v)) {
    if (!LANG.test(lang) || !isObj(table)) {
      fail(`texts.${lang}`, 'must be a language tag holding an object of strings', table);
      continue;
    }
    out[lang] = Object.fromEntries(Object.entries(table).filter((e): e is [string, string] => {
      if (isStr(e[1])) return true;
      fail(`texts.${lang}.${e[0]}`, 'must be a text', e[1]);
      return false;
    }));
  }
  return out;
}

function consentMap(v: unknown, map: SealConfig['consentModeMap'], fail: Fail): void {
  if (v === undefined) return;
  if (!isObj(v)) return fail('consentModeMap', 'must be an object such as { "analytics": ["analytics_storage"] }', v);
  for (const [id, types] of Object.entries(v)) {
    if (ID.test(id) && Array.isArray(types) && types.every((t) => CONSENT_TYPES.includes(t))) map[id] = [...types] as ConsentModeType[];
    else fail(`consentModeMap.${id}`, `must be a list of Consent Mode types (${CONSENT_TYPES.join(', ')})`, types);
  }
}

function cookies(v: unknown, path: string, fail: Fail): CookieInfo[] | undefined {
  if (!Array.isArray(v)) return void fail(path, 'must be a list such as [{ "name": "_ga", "duration": "2 years" }]', v);
  return v.filter((c, i) => {
    const ok = isObj(c) && isStr(c.name) && c.name !== '' && ['provider', 'purpose', 'duration'].every((k) => c[k] === undefined || isText(c[k]));
    return ok || fail(`${path}[${i}]`, 'needs a "name" and text "provider", "purpose", "duration"', c);
  }).map((c) => ({ ...c }));
}

/** Copies the valid texts of `def` onto `target`. */
function copyTexts(target: object, def: Obj, keys: string[], path: string, fail: Fail): void {
  for (const key of keys) {
    const v = def[key];
    if (v === undefined) continue;
    if (isText(v)) (target as Obj)[key] = v;
    else fail(`${path}.${key}`, 'must be a text or { "en": …, "fr": … }', v);
  }
}

function categories(src: Obj, cats: CategoryDefinition[], fail: Fail): void {
  const find = (id: unknown) => cats.find((c) => c.id === id);
  const raw = src.categories;
  let entries: [string, unknown][] = [];
  const nested: [string, unknown][] = [];
  if (Array.isArray(raw)) {
    // The array form (full CategoryDefinition objects) is what ESM users may pass to configure().
    for (const c of raw) {
      if (!isObj(c)) continue;
      entries.push([String(c.id), c]);
      if (Array.isArray(c.services)) for (const s of c.services) if (isObj(s)) nested.push([String(s.id), { ...s, category: c.id }]);
    }
  } else if (isObj(raw)) {
    entries = Object.entries(raw);
  } else if (raw !== undefined) {
    fail('categories', 'must be an object keyed by category id, such as { "newsletter": { "label": "Newsletter" } }', raw);
  }
  for (const [id, def] of entries) {
    const path = `categories.${id}`;
    const index = cats.findIndex((c) => c.id === id);
    if (!ID.test(id)) {
      fail(path, 'needs an id made of letters, digits, "-" and "_"', id);
    } else if (def === false) {
      if (id === 'essential') fail(path, 'cannot be removed: the site needs it', def);
      else if (index >= 0) cats.splice(index, 1);
    } else if (!isObj(def)) {
      fail(path, 'must be an object with "label" and "description", or false to remove it', def);
    } else {
      let cat = cats[index];
      if (!cat) {
        if (def.label === undefined) fail(`${path}.label`, 'is needed for a new category', undefined, id);
        cat = { id, label: id, services: [] };
        cats.push(cat);
      }
      copyTexts(cat, def, ['label', 'description'], path, fail);
      if (def.required !== undefined) {
        if (!isBool(def.required) || id === 'essential') fail(`${path}.required`, 'must be true or false, and "essential" is always required', def.required);
        else cat.required = def.required;
      }
      if (def.cookies !== undefined) cat.cookies = cookies(def.cookies, `${path}.cookies`, fail);
    }
  }
  const services = isObj(src.services) ? Object.entries(src.services) : [];
  if (src.services !== undefined && !isObj(src.services)) {
    fail('services', 'must be an object keyed by service id, such as { "vimeo": { "category": "advertising" } }', src.services);
  }
  for (const [id, def] of [...nested, ...services]) {
    const path = `services.${id}`;
    const owner = cats.find((c) => c.services.some((s) => s.id === id));
    const existing = owner?.services.find((s) => s.id === id);
    if (!ID.test(id)) {
      fail(path, 'needs an id made of letters, digits, "-" and "_"', id);
      continue;
    }
    if (def === false || !isObj(def)) {
      if (def !== false) fail(path, 'must be an object with a "category", or false to remove it', def);
      else if (owner) owner.services = owner.services.filter((s) => s !== existing);
      continue;
    }
    const target = find(def.category ?? owner?.id);
    if (!target) {
      fail(`${path}.category`, `must name a category (${cats.map((c) => c.id).join(', ')})`, def.category);
      continue;
    }
    const svc: ServiceDefinition = existing ?? { id };
    if (owner !== target) {
      if (owner) owner.services = owner.services.filter((s) => s !== existing);
      target.services.push(svc);
    }
    copyTexts(svc, def, ['label', 'provider', 'description'], path, fail);
    if (def.optIn !== undefined) {
      if (isBool(def.optIn)) svc.optIn = def.optIn;
      else fail(`${path}.optIn`, 'must be true or false', def.optIn);
    }
    if (def.cookies !== undefined) svc.cookies = cookies(def.cookies, `${path}.cookies`, fail);
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
 * a JSON syntax error is reported with its position and the block is skipped.
 */
export function readPageConfig(doc: Document, script: HTMLScriptElement | null): unknown {
  let out: Obj = {};
  const block = doc.getElementById('cookie-seal-config');
  if (block) {
    try {
      const parsed: unknown = JSON.parse(block.textContent?.trim() || '{}');
      if (isObj(parsed)) out = parsed;
      else console.error(`cookie-seal config: #cookie-seal-config must hold a JSON object { … }, got ${show(parsed)}. Using the defaults.`);
    } catch (error) {
      console.error(`cookie-seal config: #cookie-seal-config is not valid JSON: ${(error as Error).message}. Using the defaults; fix the JSON to apply your settings.`);
    }
  }
  for (const [attr, key] of Object.entries(ATTRIBUTES)) {
    const v = script?.getAttribute(`data-${attr}`);
    if (v != null) out[key] = v;
  }
  return out;
}
