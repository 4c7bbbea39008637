import { catalogCategory, defaultCategories, defaultConsentModeMap } from './categories.js';
import { describeProblem, type ConfigProblem } from './config-messages.js';
import type {
  CategoryDefinition, ConsentModeType, ControllerInfo, CookieInfo, LocalizedText, SealConfig, ServiceDefinition,
} from './types.js';

export type { CategoryInput, SealConfigInput, ServiceInput } from './types.js';
export type { ConfigProblem } from './config-messages.js';

/*
 * The config boundary: everything a site owner writes is checked here once,
 * so the rest of the code works with a trusted SealConfig. A wrong field
 * never stops the banner: it is reported (naming the field and the fix) and
 * replaced by its default. This ships in the ≤3 KB loader, hence validators
 * as tiny predicates instead of a schema library, and problems recorded as
 * codes whose words live in config-messages.ts (a chunk of its own).
 */

type Obj = Record<string, unknown>;
type Fail = (field: string, code: string, got: unknown, using?: unknown, arg?: string) => void;

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

const OTHER_KEYS = ['controller', 'jurisdiction', 'consentModeRegion', 'adsDataRedaction', 'urlPassthrough', 'receiptEndpoint', 'cookieDomain', 'assetsUrl', 'services'];

/**
 * Validates a site owner's config (`SealConfigInput`, any shape) into a
 * usable SealConfig. Every problem is passed to `report` (default
 * `console.error`) and listed in `errors`; the faulty field takes its default.
 */
export function parseConfig(input: unknown, report: (msg: string) => void = console.error): { config: SealConfig; errors: string[] } {
  const { config, problems } = readConfig(input);
  const errors = problems.map(describeProblem);
  for (const msg of errors) {
    try {
      report(msg);
    } catch {
      // A broken reporter must not take the banner down with it.
    }
  }
  return { config, errors };
}

/**
 * `parseConfig()` without the words: problems come back as codes, which
 * `describeProblem()` (a chunk of its own for the loader) turns into messages.
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

function build(input: unknown, fail: Fail): SealConfig {
  const out = defaults();
  if (input == null) return out;
  if (!isObj(input)) {
    fail('config', 'object', input, 'the defaults');
    return out;
  }
  const src = input;
  const o = out as unknown as Obj;
  for (const key of Object.keys(src)) {
    if (!(key in out) && !OTHER_KEYS.includes(key)) fail(key, 'unknown', undefined);
  }
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
  for (const key of ['settingsButton', 'reloadOnWithdraw', 'adsDataRedaction', 'urlPassthrough'] as const) field(key, isBool, 'bool');
  field('googleConsentMode', (v) => isBool(v) || v === 'advanced', 'gcm');
  field('consentModeWait', isWhole, 'ms');
  if (out.maxAgeDays > MAX_AGE_DAYS) {
    fail('maxAgeDays', 'maxDays', out.maxAgeDays, MAX_AGE_DAYS, String(MAX_AGE_DAYS));
    out.maxAgeDays = MAX_AGE_DAYS;
  }

  const optional = (key: keyof SealConfig, ok: (v: unknown) => boolean, code: string, arg?: string) => {
    const v = src[key];
    if (v === undefined) return;
    if (ok(v)) o[key] = v;
    else fail(key, code, v, undefined, arg);
  };
  optional('jurisdiction', isStr, 'jurisdiction');
  optional('consentModeRegion', (v) => Array.isArray(v) && v.every((r) => isStr(r) && LANG.test(r)), 'region');
  optional('receiptEndpoint', isUrl, 'endpoint');
  optional('assetsUrl', isUrl, 'assets');
  const host = globalThis.location?.hostname ?? '';
  optional('cookieDomain', (v) => {
    const d = isStr(v) ? v.replace(/^\./, '').toLowerCase() : '';
    return d !== '' && (host === d || host.endsWith(`.${d}`));
  }, 'domain', host);
  optional('controller', (v) => isObj(v) && isStr(v.name) && v.name !== '' && Object.entries(v).every(
    ([k, x]) => (k === 'address' ? isObj(x) && Object.values(x).every(isStr) : isStr(x)),
  ), 'controller');
  if (out.controller) out.controller = { ...(out.controller as ControllerInfo) };

  out.texts = texts(src.texts, fail);
  consentMap(src.consentModeMap, out.consentModeMap, fail);
  categories(src, out.categories, fail);
  return out;
}

function texts(v: unknown, fail: Fail): SealConfig['texts'] {
  if (v === undefined) return {};
  if (!isObj(v)) {
    fail('texts', 'texts', v);
    return {};
  }
  const out: SealConfig['texts'] = {};
  for (const [lang, table] of Object.entries(v)) {
    if (!LANG.test(lang) || !isObj(table)) {
      fail(`texts.${lang}`, 'textsLang', table);
      continue;
    }
    out[lang] = Object.fromEntries(Object.entries(table).filter((e): e is [string, string] => {
      if (isStr(e[1])) return true;
      fail(`texts.${lang}.${e[0]}`, 'text', e[1]);
      return false;
    }));
  }
  return out;
}

function consentMap(v: unknown, map: SealConfig['consentModeMap'], fail: Fail): void {
  if (v === undefined) return;
  if (!isObj(v)) return fail('consentModeMap', 'modeMap', v);
  for (const [id, types] of Object.entries(v)) {
    if (ID.test(id) && Array.isArray(types) && types.every((t) => CONSENT_TYPES.includes(t))) map[id] = [...types] as ConsentModeType[];
    else fail(`consentModeMap.${id}`, 'modeTypes', types, undefined, CONSENT_TYPES.join(', '));
  }
}

function cookies(v: unknown, path: string, fail: Fail): CookieInfo[] | undefined {
  if (!Array.isArray(v)) return void fail(path, 'cookies', v);
  return v.filter((c, i) => {
    const ok = isObj(c) && isStr(c.name) && c.name !== '' && ['provider', 'purpose', 'duration'].every((k) => c[k] === undefined || isText(c[k]));
    return ok || fail(`${path}[${i}]`, 'cookie', c);
  }).map((c) => ({ ...c }));
}

/** Copies the valid texts of `def` onto `target`. */
function copyTexts(target: object, def: Obj, keys: string[], path: string, fail: Fail): void {
  for (const key of keys) {
    const v = def[key];
    if (v === undefined) continue;
    if (isText(v)) (target as Obj)[key] = v;
    else fail(`${path}.${key}`, 'localized', v);
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
    fail('categories', 'categories', raw);
  }
  for (const [id, def] of entries) {
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
      if (!cat) {
        if (def.label === undefined) fail(`${path}.label`, 'label', undefined, id);
        cat = { id, label: id, services: [] };
        cats.push(cat);
      }
      copyTexts(cat, def, ['label', 'description'], path, fail);
      if (def.required !== undefined) {
        if (!isBool(def.required) || id === 'essential') fail(`${path}.required`, 'required', def.required);
        else cat.required = def.required;
      }
      if (def.cookies !== undefined) cat.cookies = cookies(def.cookies, `${path}.cookies`, fail);
    }
  }
  const services = isObj(src.services) ? Object.entries(src.services) : [];
  if (src.services !== undefined && !isObj(src.services)) {
    fail('services', 'services', src.services);
  }
  for (let [id, def] of [...nested, ...services]) {
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
    const target = find(def.category ?? owner?.id ?? catalogCategory(id));
    if (!target) {
      fail(`${path}.category`, def.category === undefined ? 'catalog' : 'owner', def.category, undefined, cats.map((c) => c.id).join(', '));
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
      else fail(`${path}.optIn`, 'bool', def.optIn);
    }
    if (def.saleOrSharing !== undefined) {
      if (isBool(def.saleOrSharing)) svc.saleOrSharing = def.saleOrSharing;
      else fail(`${path}.saleOrSharing`, 'bool', def.saleOrSharing);
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
      else console.error(`cookie-seal config: #cookie-seal-config must hold a JSON object { … }, got ${Array.isArray(parsed) ? 'a list' : typeof parsed}. Using the defaults.`);
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
