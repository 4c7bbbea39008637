import { defaultCategories } from './categories.js';
import { entries, optionalField, isObj, isStr, isUrl, LANG, readConfig, type Fail, type Obj } from './config.js';
import { describeProblem, type ConfigProblem } from './config-messages.js';
import type { ControllerInfo, CookieInfo, LocalizedText, SealConfig } from './types.js';

/*
 * The config boundary, second half: the fields only the preference center,
 * the placeholders and the receipts read (texts, labels, cookie tables, the
 * controller, the receipt service). It runs in the consent chunk, on the
 * config `readConfig()` built in the loader, so both halves agree on which
 * categories and services exist.
 */

const isText = (v: unknown): v is LocalizedText => isStr(v) || (isObj(v) && Object.values(v).every(isStr));

/**
 * Validates a site owner's config (`SealConfigInput`, any shape) into a
 * complete SealConfig. Every problem is passed to `report` (default
 * `console.error`) and listed in `errors`; the faulty field takes its default.
 */
export function parseConfig(input: unknown, report: (msg: string) => void = console.error): { config: SealConfig; errors: string[] } {
  const read = readConfig(input);
  const { problems } = read;
  const config = completeConfig(read.config, input, problems);
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
 * The complete checked config: a `readConfig()` result (left as it is) with the checked texts,
 * labels, cookie tables and controller of `input`. Problems are added to `problems`.
 */
export function completeConfig(config: SealConfig, input: unknown, problems: ConfigProblem[]): SealConfig {
  const fail: Fail = (field, code, got, using, arg) => void problems.push({ field, code, got, using, arg });
  // The loader's reading is plain data (ids and flags): a structured clone copies all of it.
  const out: SealConfig = { ...config, categories: structuredClone(config.categories), texts: {} };
  if (!isObj(input)) return out;
  try {
    complete(out, input, fail);
  } catch (error) {
    fail('config', 'read', undefined, undefined, String(error));
  }
  return out;
}

/** Options without a default in SealConfig. */
const OPTIONAL_KEYS = ['controller', 'jurisdiction', 'consentModeRegion', 'adsDataRedaction', 'urlPassthrough', 'receiptEndpoint', 'cookieDomain', 'assetsUrl', 'services'];

function complete(config: SealConfig, src: Obj, fail: Fail): void {
  // A misspelt option is reported here, with the texts: the loader only reads the options it knows.
  for (const key of Object.keys(src)) {
    if (!(key in config) && !OPTIONAL_KEYS.includes(key)) fail(key, 'unknown', undefined);
  }
  const optional = optionalField(src, config, fail);
  optional('jurisdiction', isStr, 'jurisdiction');
  optional('receiptEndpoint', isUrl, 'endpoint');
  optional('assetsUrl', isUrl, 'assets');
  optional('controller', (v) => isObj(v) && isStr(v.name) && v.name !== '' && Object.entries(v).every(
    ([k, x]) => (k === 'address' ? isObj(x) && Object.values(x).every(isStr) : isStr(x)),
  ), 'controller');
  if (config.controller) config.controller = { ...(config.controller as ControllerInfo) };
  config.texts = texts(src.texts, fail);

  const { categories, services } = entries(src);
  for (const [id, def] of categories) {
    const cat = config.categories.find((c) => c.id === id);
    if (!cat || !isObj(def)) continue;
    const path = `categories.${id}`;
    const added = !defaultCategories().some((c) => c.id === id);
    if (added && def.label === undefined) fail(`${path}.label`, 'label', undefined, id);
    copyTexts(cat, def, ['label', 'description'], path, fail);
    if (added) cat.label ??= id;
    if (def.cookies !== undefined) cat.cookies = cookies(def.cookies, `${path}.cookies`, fail);
  }
  for (const [id, def] of services) {
    const svc = config.categories.flatMap((c) => c.services).find((s) => s.id === id);
    if (!svc || !isObj(def)) continue;
    const path = `services.${id}`;
    copyTexts(svc, def, ['label', 'provider', 'description'], path, fail);
    if (def.cookies !== undefined) svc.cookies = cookies(def.cookies, `${path}.cookies`, fail);
  }
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

/** The fields of a cookie table's row. */
const COOKIE_KEYS = ['name', 'provider', 'purpose', 'duration'];

function cookies(v: unknown, path: string, fail: Fail): CookieInfo[] | undefined {
  if (!Array.isArray(v)) return void fail(path, 'cookies', v);
  return v.filter((c, i) => {
    const ok = isObj(c) && isStr(c.name) && c.name !== '' && COOKIE_KEYS.slice(1).every((k) => c[k] === undefined || isText(c[k]));
    return ok || fail(`${path}[${i}]`, 'cookie', c);
    // A row keeps its table's fields and nothing else: the checked config is plain data.
  }).map((c: Obj) => Object.fromEntries(COOKIE_KEYS.filter((k) => c[k] !== undefined).map((k) => [k, c[k]])) as unknown as CookieInfo);
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
