import { loadEntries } from '../catalog/index.js';
import type { ConsentStore } from './store.js';
import type { ConsentChange, CookieInfo, SealConfig, ServiceDefinition } from './types.js';

const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
/** Second-level labels that are public suffixes under a country code (example.co.uk). */
const SLD = /^(co|com|net|org|gov|edu|ac|or|ne|go|gob|gv|nic|ltd|plc|sch)$/;

/**
 * The domains a third-party script could have set a cookie on from this
 * host: the host itself and each parent, stopping before the public suffix.
 * Without a public-suffix list this is a heuristic; the browser refuses
 * cookies on a real public suffix anyway, so an extra candidate is harmless.
 */
export function cookieDomains(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IPs and single-label hosts (localhost) only have host cookies.
  if (!host.includes('.') || host.includes(':') || /^[\d.]+$/.test(host)) return [];
  const labels = host.split('.');
  const n = labels.length;
  const suffix = n > 2 && labels[n - 1].length === 2 && SLD.test(labels[n - 2]) ? 2 : 1;
  const out: string[] = [];
  for (let i = 0; n - i > suffix; i++) out.push(labels.slice(i).join('.'));
  return out;
}

const matches = (name: string, patterns: string[]) =>
  patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));

/**
 * Expires every cookie visible to the page whose name matches a pattern
 * (`_ga`, `_ga_*`), host-only and on each parent domain. Returns the names.
 */
export function deleteCookies(patterns: string[], doc: Document = document): string[] {
  const names = doc.cookie
    .split(';')
    .map((part) => part.split('=')[0].trim())
    .filter((name) => name !== '' && matches(name, patterns));
  const domains = cookieDomains(doc.location?.hostname ?? '');
  for (const name of new Set(names)) {
    doc.cookie = `${name}=; ${EXPIRED}`;
    for (const domain of domains) doc.cookie = `${name}=; ${EXPIRED}; domain=.${domain}`;
  }
  return [...new Set(names)];
}

/**
 * Cookie name patterns of the categories and services a change revoked. A
 * catalogue service without its own cookie list has the list of its entry,
 * fetched here: only the entries of revoked services are.
 */
export async function withdrawnCookies(config: SealConfig, change: Pick<ConsentChange, 'revoked'>): Promise<string[]> {
  const revoked: [CookieInfo[] | undefined, ServiceDefinition[]][] = [];
  for (const id of change.revoked) {
    const [categoryId, serviceId] = id.split(':');
    const category = config.categories.find((c) => c.id === categoryId);
    if (category) revoked.push([serviceId ? [] : category.cookies, category.services.filter((s) => serviceId === undefined || s.id === serviceId)]);
  }
  const ids = revoked.flatMap(([, services]) => services.filter((s) => !s.cookies).map((s) => s.id));
  // Without the entries (a failed fetch), the cookies the config lists are still deleted.
  const entries = await loadEntries(ids).catch((error: unknown) => {
    console.error('[cookie-seal] could not fetch the catalogue cookies to delete:', error);
    return new Map<string, never>();
  });
  const out = new Set<string>();
  for (const [cookies, services] of revoked) {
    for (const c of cookies ?? []) out.add(c.name);
    for (const svc of services) for (const name of svc.cookies?.map((c) => c.name) ?? Object.keys(entries.get(svc.id)?.cookies ?? {})) out.add(name);
  }
  return [...out];
}

export interface CleanupOptions {
  /** Defaults to `location.reload()`. */
  reload?: () => void;
  /** Awaited (at most one second) before reloading, e.g. to store the receipt first. */
  beforeReload?: () => Promise<void>;
  doc?: Document;
}

/** Was something of this revoked id (`analytics` or `analytics:google-analytics`) activated on this page? */
function ranHere(doc: Document, id: string): boolean {
  const [category, service] = id.split(':');
  const selector = `[data-seal-state="activated"][data-category="${CSS.escape(category)}"]${
    service ? `[data-service="${CSS.escape(service)}"]` : ''}`;
  return doc.querySelector(selector) !== null;
}

/**
 * What to do with one decision: delete the revoked cookies and, when a script
 * or embed of the revoked consent already ran on this page, reload it, because
 * running code cannot be un-run. The loader fetches this module only when a
 * decision revokes something (it lives in `chunks/cleanup.js`).
 */
export function createCleanup(config: SealConfig, options: CleanupOptions = {}): (change: ConsentChange) => Promise<void> {
  const doc = options.doc ?? document;
  const reload = options.reload ?? (() => location.reload());
  let reloading = false;
  return async (change) => {
    if (change.revoked.length === 0) return;
    const mustReload = !reloading && config.reloadOnWithdraw && change.revoked.some((id) => ranHere(doc, id));
    reloading ||= mustReload;
    const patterns = await withdrawnCookies(config, change);
    deleteCookies(patterns, doc);
    if (!mustReload) return;
    // Later subscribers (events, receipts) run first; then the receipt gets up to a second to be
    // saved. The promise this returns settles once the page has been told to reload.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const saved = Promise.resolve().then(() => options.beforeReload?.()).catch(() => undefined);
    await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, 1000))]);
    // Scripts still running during the wait may have set their cookies again.
    deleteCookies(patterns, doc);
    reload();
  };
}

/** `createCleanup()` subscribed to `store`; returns the function that stops listening. */
export function installCleanup(store: ConsentStore, config: SealConfig, options: CleanupOptions = {}): () => void {
  const clean = createCleanup(config, options);
  return store.subscribe((change) => void clean(change).catch((error: unknown) => console.error('[cookie-seal] could not delete the withdrawn cookies:', error)));
}
