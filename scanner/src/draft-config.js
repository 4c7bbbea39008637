// A first cookie-seal config (DESIGN §3, README "Configuration") from what
// the scan found: catalogue services named by id, other known services
// written out from the Open Cookie Database, essential cookies in the
// essential category's table, and every cookie table with the lifetimes the
// browser reported. What nobody could classify is left out on purpose (the
// report lists it): a draft must not put a cookie in a category by guess.
import { CATALOG } from './classify/index.js';

const UNIT_WORDS = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };

/** "2y" (the catalogue's lifetimes) → "2 years". @param {string} l */
export function catalogLifetimeText(l) {
  if (l === 'session') return 'session';
  const m = /^(\d+)(mo|m|h|d|y)$/.exec(l);
  if (!m) return l;
  const n = Number(m[1]);
  return `${n} ${UNIT_WORDS[m[2]]}${n === 1 ? '' : 's'}`;
}

/** A config id for a platform of the Open Cookie Database: "Google Analytics" → "google-analytics". */
export const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'service';

/**
 * @param {import('./analyse.js').Report} report
 * @param {{ lang?: string }} options
 */
export function draftConfig(report, options) {
  /** @type {Map<string, { category?: string, label?: string, provider?: string, cookies: Map<string, { name: string, duration: string, seconds: number }>, catalog: boolean }>} */
  const services = new Map();
  const essential = new Map();
  const service = (id, init) => {
    if (!services.has(id)) services.set(id, { ...init, cookies: new Map() });
    return services.get(id);
  };
  const consentCookie = report.inventory.cookies.find((c) => c.source === 'consent')?.name;

  for (const h of report.inventory.hosts) {
    if (h.source === 'catalog' || (h.service && CATALOG[h.service])) service(h.service, { catalog: true });
  }
  for (const c of report.inventory.cookies) {
    if (c.category === 'unclassified' || c.name === consentCookie || c.service === 'cookie-seal') continue;
    const seconds = c.lifetime.seconds ?? 0;
    const observed = { duration: c.lifetime.text, seconds };
    if (c.service && CATALOG[c.service]) {
      const s = service(c.service, { catalog: true });
      // Keep the catalogue's name patterns (`_ga_*`): the clean-up on withdrawal deletes by them.
      keepLonger(s.cookies, c.pattern ?? c.name, observed);
      continue;
    }
    const name = c.pattern ?? c.name;
    if (c.category === 'essential') {
      keepLonger(essential, name, { ...observed, provider: c.provider ?? undefined });
      continue;
    }
    const id = slug(c.platform ?? c.provider ?? c.name);
    const s = CATALOG[id] ? service(id, { catalog: true }) : service(id, { catalog: false, category: c.category, label: c.platform ?? id, provider: c.provider ?? c.platform ?? undefined });
    keepLonger(s.cookies, name, observed);
  }

  /** @type {Record<string, any>} */
  const out = {};
  for (const [id, s] of [...services].sort(([a], [b]) => a.localeCompare(b))) {
    const cookies = [...s.cookies.values()].map(({ name, duration }) => ({ name, duration }));
    if (s.catalog) {
      // Catalogue patterns not seen in this scan keep the catalogue's lifetime.
      for (const [p, l] of Object.entries(CATALOG[id].cookies)) if (!s.cookies.has(p)) cookies.push({ name: p, duration: catalogLifetimeText(l) });
      out[id] = cookies.length ? { cookies } : true;
    } else {
      out[id] = { category: s.category, label: s.label, ...(s.provider ? { provider: s.provider } : {}), cookies };
    }
  }
  const config = {
    lang: options.lang || 'auto',
    revision: 1,
    ...(consentCookie && consentCookie !== 'eu-consent' ? { cookieName: consentCookie } : {}),
    ...(essential.size ? { categories: { essential: { cookies: [...essential.values()].map(({ name, duration, provider }) => ({ name, ...(provider ? { provider } : {}), duration })) } } } : {}),
    services: out,
  };
  return config;
}

function keepLonger(map, name, value) {
  const had = map.get(name);
  if (!had || value.seconds > had.seconds) map.set(name, { name, ...value });
}
