/**
 * The words of config errors. `readConfig()` (in the loader) records each
 * problem as a short code; this module turns it into the message a site owner
 * reads, naming the field and the fix. It is its own chunk
 * (`chunks/diagnostics.js`), fetched only when a config has a problem, so
 * the visitors of a correctly configured site never download these texts.
 */

/** One refused config field: `field` is its path (`categories.newsletter.label`). */
export interface ConfigProblem {
  field: string;
  /** A key of the message table below. */
  code: string;
  /** The refused value, when there is one. */
  got?: unknown;
  /** The value used instead; absent when the field is ignored. */
  using?: unknown;
  /** Fills `{}` in the message (a host name, a list of ids, an error). */
  arg?: string;
}

const MUST: Record<string, string> = {
  object: 'must be an object such as { "revision": 1 }',
  read: 'could not be read ({})',
  unknown: 'is not a cookie-seal option; check its spelling',
  lang: 'must be "auto" or a language tag such as "en" or "fr-CA"',
  whole: 'must be a whole number ≥ 0',
  url: 'must be an http(s) or relative URL such as "/privacy#cookies"',
  cookieName: 'must be a cookie name (letters, digits, - and _)',
  days: 'must be a number of days > 0',
  maxDays: 'must be at most {} days (13 months)',
  position: 'must be "bar", "box" or "modal"',
  theme: 'must be "auto", "light" or "dark"',
  bool: 'must be true or false',
  button: 'must be "auto" (the button only on pages without a [data-seal-open] element), true or false',
  ms: 'must be a whole number of milliseconds ≥ 0',
  jurisdiction: 'must be a text such as "FR"',
  endpoint: 'must be an http(s) URL such as "https://consent.example.com/v1/receipts"',
  assets: 'must be the http(s) URL of the folder holding the chunks/ files',
  domain: 'must be this site\'s host "{}" or one of its parent domains',
  controller: 'must be an object with a "name" and text fields such as "email" and "address"',
  texts: 'must be an object keyed by language, such as { "fr": { "acceptAll": "…" } }',
  textsLang: 'must be a language tag holding an object of strings',
  text: 'must be a text',
  modeMap: 'must be an object such as { "analytics": ["analytics_storage"] }',
  modeTypes: 'must be a list of Consent Mode types ({})',
  gcm: 'must be true (basic: Google tags wait for consent), "advanced" (they load at once with denied defaults) or false',
  region: 'must be a list of ISO 3166 codes such as ["FR", "US-CA"]',
  cookies: 'must be a list such as [{ "name": "_ga", "duration": "2 years" }]',
  cookie: 'needs a "name" and text "provider", "purpose", "duration"',
  localized: 'must be a text or { "en": …, "fr": … }',
  categories: 'must be an object keyed by category id, such as { "newsletter": { "label": "Newsletter" } }',
  id: 'needs an id made of letters, digits, "-" and "_"',
  essential: 'cannot be removed: the site needs it',
  category: 'must be an object with "label" and "description", or false to remove it',
  label: 'is needed for a new category',
  required: 'must be true or false, and "essential" is always required',
  services: 'must be an object keyed by service id, such as { "vimeo": { "category": "advertising" } }',
  service: 'must be an object with a "category", or false to remove it',
  owner: 'must name a category ({})',
  catalog: 'is needed: this id is neither built in nor in the service catalogue (google-analytics, google-tag-manager, google-ads, recaptcha, youtube, vimeo, google-maps, meta-pixel, matomo, hotjar), or its category was removed; name one of: {}',
};

/** A value as it appears in a message, cut to a readable length. */
export const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

export function describeProblem({ field, code, got, using, arg }: ConfigProblem): string {
  const must = (MUST[code] ?? 'is not valid').replace('{}', arg ?? '');
  return `cookie-seal config: "${field}" ${must}${got === undefined ? '' : `, got ${show(got)}`}.${
    using === undefined ? ' Ignored.' : ` Using ${show(using)}.`}`;
}

/** `<script src="…">` or the start of an inline script: how a message names an element. */
const describe = (el: Element) =>
  `<${el.localName}${el.getAttribute('src') ? ` src="${el.getAttribute('src')}"` : ''}>${
    el.getAttribute('src') ? '' : (el.textContent ?? '').trim().slice(0, 60)}`;

/** The words of the loader's other messages (`notice()`), by code. A leading `!` makes it an error. */
const NOTICES: Record<string, (subject: never) => string> = {
  ungated: (el: Element) => `cookie-seal: ${describe(el)} has data-category="${el.getAttribute('data-category')}" but no type="text/plain": it already ran before consent; set type="text/plain" to gate it.`,
  undefined: (el: Element) => `cookie-seal: ${describe(el)} names data-category="${el.getAttribute('data-category')}"${
    el.getAttribute('data-service') ? ` data-service="${el.getAttribute('data-service')}"` : ''}, which the config does not define: it will never run.`,
  '!activate': (el: Element) => `cookie-seal: could not activate ${describe(el)}:`,
  '!start': () => 'cookie-seal: a gated script failed to start:',
  '!json': (error: Error) => `cookie-seal config: #cookie-seal-config is not valid JSON: ${error.message}. Using the defaults; fix the JSON to apply your settings.`,
  '!jsonObject': (v: unknown) => `cookie-seal config: #cookie-seal-config must hold a JSON object { … }, got ${Array.isArray(v) ? 'a list' : typeof v}. Using the defaults.`,
  '!set': () => 'cookie-seal: CookieSeal.set() takes ({ category: boolean }, { services?: { service: boolean } }); nothing changed.',
  '!listener': () => 'cookie-seal: a consent listener failed:',
};

/** Prints the message of a `notice()` code (and the error it concerns); unknown codes are printed as they are. */
export function describeNotice(code: string, subject?: unknown, error?: unknown): void {
  const key = Object.keys(NOTICES).find((k) => k.replace('!', '') === code);
  const words = key ? NOTICES[key](subject as never) : `cookie-seal: ${code}`;
  const extra = [subject, error].filter((x) => x instanceof Error && key !== '!json');
  if (extra.length || !key || key.startsWith('!')) console.error(words, ...extra);
  else console.warn(words);
}
