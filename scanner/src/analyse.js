// From what the browser recorded to what the report says: each thing named,
// the rules applied, the findings counted.
import { allowedWithoutConsent, classifyName, classifyRequest } from './classify/index.js';
import { draftConfig } from './draft-config.js';
import { PHASES } from './phases.js';

/** @typedef {ReturnType<typeof analyse>} Report */

/**
 * @param {{ options: import('./scan.js').ScanOptions, startedAt: Date, finishedAt: Date, browserVersion: string,
 *   site: string, banner: any, skipped?: { url: string, reason: string }[], phases: { before: { pages: any[], offsite?: any[] }, reject: { choicePage: any, pages: any[] }, accept: { choicePage: any, pages: any[] } } }} raw
 */
export function analyse(raw) {
  const start = raw.phases.before.pages[0];
  const cookieSeal = !!start.cookieSeal?.present;
  const site = { consentCookie: start.cookieSeal?.cookieName ?? 'eu-consent', cookieSeal };

  const phases = PHASES.map(({ id, label }) => {
    const p = raw.phases[id];
    const list = id === 'before' ? p.pages : [{ ...p.choicePage, choicePage: true }, ...p.pages];
    const seenStorage = new Set();
    // A cookie that appeared in the jar during a visit without a write of
    // that visit belongs to the visit that wrote it, when another one did
    // (pages of a phase load side by side and share the jar), a link that
    // left the site included.
    const authored = new Set([...list, ...(p.offsite ?? [])].flatMap((r) => (r.cookies ?? []).filter((c) => c.setBy?.via !== 'unknown').map(cookieKey)));
    const unknownSeen = new Set();
    const pages = list.map((r) => shapePage({
      ...r,
      cookies: (r.cookies ?? []).filter((c) => {
        if (c.setBy?.via !== 'unknown') return true;
        const key = cookieKey(c);
        if (authored.has(key) || unknownSeen.has(key)) return false;
        unknownSeen.add(key);
        return true;
      }),
    }, site, seenStorage));
    const choice = id === 'before' ? null : describeChoice(p.choicePage, site);
    return { id, label, choice, pages };
  });

  const violations = [];
  const review = [];
  for (const phase of phases) {
    if (phase.id === 'accept') continue;
    for (const page of phase.pages) findingsOf(phase, page, violations, review);
  }
  for (const phase of phases) {
    if (!phase.choice) continue;
    const c = phase.choice;
    if (c.done && !c.stored) {
      violations.push({ kind: 'consent-not-stored', phase: phase.id, page: phase.pages[0].url, subject: site.cookieSeal ? site.consentCookie : 'the choice', category: 'essential', evidence: site.cookieSeal ? `after ${c.how}, the consent cookie "${site.consentCookie}" is not in the browser` : `after ${c.how}, no cookie or storage key was written: the choice cannot be remembered` });
    }
  }
  const rejectChoice = phases[1].choice;
  const acceptChoice = phases[2].choice;
  if (!rejectChoice.done && acceptChoice.done && rejectChoice.way === 'buttons') {
    violations.push({ kind: 'no-reject', phase: 'reject', page: phases[1].pages[0].url, subject: 'Reject all', category: null, evidence: `${rejectChoice.how}, while the banner has an accept button: refusing must be as easy as accepting` });
  }

  const allPages = phases.flatMap((p) => p.pages);
  const times = allPages.filter((p) => !p.error).map((p) => p.ms).sort((a, b) => a - b);
  const failed = allPages.filter((p) => p.error).map((p) => ({ url: p.url, error: p.error }));
  const inventory = inventoryOf(phases);
  // cookie-seal's own console messages, each once, with the pages it said it on.
  const notes = [];
  for (const phase of phases) {
    for (const page of phase.pages) {
      for (const m of page.console) {
        const had = notes.find((n) => n.text === m.text);
        if (had) { if (!had.pages.includes(page.url)) had.pages.push(page.url); } else notes.push({ ...m, pages: [page.url] });
      }
    }
  }
  const report = {
    tool: { name: 'cookie-seal-scan', version: '0.1.0' },
    startedAt: raw.startedAt.toISOString(),
    finishedAt: raw.finishedAt.toISOString(),
    durationMs: raw.finishedAt.getTime() - raw.startedAt.getTime(),
    browser: `Chromium ${raw.browserVersion}`,
    target: { url: raw.options.url, site: raw.site, pages: phases[0].pages.map((p) => p.url) },
    options: { pages: raw.options.pages, depth: raw.options.depth, concurrency: raw.options.concurrency, lang: raw.options.lang ?? null, timeoutSeconds: raw.options.timeoutMs / 1000, browserArgs: raw.options.browserArgs },
    banner: describeBanner(raw.banner, phases),
    summary: {
      clean: violations.length === 0,
      violations: violations.length,
      byKind: countBy(violations, (v) => v.kind),
      toReview: review.length,
      cookies: inventory.cookies.length,
      thirdPartyHosts: inventory.hosts.length,
      pagesScanned: phases[0].pages.length,
      pageVisits: allPages.length,
      failedVisits: failed.length,
      msPerPage: { median: times.length ? times[Math.floor(times.length / 2)] : null, max: times.length ? times[times.length - 1] : null },
    },
    violations,
    review,
    failed,
    skipped: raw.skipped ?? [],
    notes,
    inventory,
    phases,
    config: null,
  };
  report.config = draftConfig(report, raw.options);
  return report;
}

const cookieKey = (c) => `${c.name}|${c.domain.replace(/^\./, '')}`;

function describeBanner(probe, phases) {
  const ways = phases.filter((p) => p.choice).map((p) => p.choice.how);
  if (probe.way === 'cookie-seal') return { way: 'cookie-seal', note: 'cookie-seal found: choices made through window.CookieSeal', choices: ways };
  if (probe.way === 'buttons') {
    const b = probe.accept ?? probe.reject;
    return { way: 'buttons', cmp: b?.cmp ?? null, note: `${b?.cmp ? `${b.cmp} banner` : 'a consent banner'} found: choices made by pressing its buttons`, choices: ways };
  }
  return { way: 'none', note: 'no consent banner found on the start page: only the "before any choice" phase could be scanned', choices: ways };
}

function describeChoice(page, site) {
  const c = page.choice ?? { done: false, way: 'none', how: page.error ? `the page could not be loaded: ${page.error}` : 'no consent banner found' };
  const stored = site.cookieSeal
    ? page.cookies.some((k) => k.name === site.consentCookie && k.stored)
    : page.cookies.some((k) => k.stored) || page.storage.length > 0;
  return { done: !!c.done, way: c.way, how: c.how, stored: c.done ? stored : null };
}

function shapePage(r, site, seenStorage) {
  const cookies = (r.cookies ?? []).map((c) => ({ ...c, ...classifyName(c.name, site) }));
  const storage = (r.storage ?? []).filter((s) => {
    const key = `${s.area}|${s.origin}|${s.key}`;
    const fresh = !seenStorage.has(key);
    seenStorage.add(key);
    return fresh || s.setBy.via !== 'unknown';
  }).map((s) => ({ ...s, ...classifyName(s.key, site) }));
  const indexedDB = (r.indexedDB ?? []).filter((d) => {
    const key = `idb|${d.origin}|${d.name}`;
    const fresh = !seenStorage.has(key);
    seenStorage.add(key);
    return fresh;
  }).map((d) => ({ ...d, ...(site.cookieSeal && d.name === 'cookie-seal' ? { category: 'essential', service: 'cookie-seal', provider: 'this site', source: 'cookie-seal' } : classifyName(d.name, {})) }));
  const requests = (r.requests ?? []).map((q) => ({ ...q, ...classifyRequest(q.url, q.host) }));
  return {
    url: r.url, finalUrl: r.finalUrl, status: r.status, error: r.error ?? null, ms: r.ms, choicePage: !!r.choicePage,
    cookies, storage, indexedDB, requests, gatedScriptsRan: r.cookieSeal?.ran ?? [], console: r.console ?? [],
  };
}

const named = (x) => x.service ?? x.platform ?? null;

function setByText(setBy) {
  if (!setBy || setBy.via === 'unknown') return 'the browser did not say what set it';
  if (setBy.via === 'http') return `set by the Set-Cookie header of ${setBy.url} (${setBy.resourceType})`;
  const where = setBy.inline ? `an inline script of the page, line ${setBy.line}` : setBy.url ? `${setBy.url}${setBy.line ? `, line ${setBy.line}` : ''}` : 'a script';
  return `written by ${where} (${setBy.via === 'script' ? 'storage' : setBy.via})`;
}

function findingsOf(phase, page, violations, review) {
  const moment = page.choicePage ? ' (right after the choice)' : '';
  const add = (list, v) => list.push({ phase: phase.id, page: page.url + moment, choicePage: page.choicePage, ...v });
  for (const c of page.cookies) {
    const what = `${c.party}-party cookie "${c.name}" (${c.domain}, ${c.lifetime.text})`;
    const refused = c.stored ? '' : `; this browser refused it${c.refused?.length ? ` (${c.refused.join(', ')})` : ''}, a browser that accepts ${c.party}-party cookies keeps it`;
    const base = { subject: c.name, category: c.category, service: named(c), evidence: `${what} ${setByText(c.setBy)}${refused}` };
    if (c.category === 'unclassified') add(review, { kind: 'cookie', ...base });
    else if (!allowedWithoutConsent(c)) add(violations, { kind: 'cookie', ...base });
  }
  for (const s of page.storage) {
    const base = { subject: s.key, category: s.category, service: named(s), evidence: `${s.area} key "${s.key}" on ${s.origin} ${setByText(s.setBy)}` };
    if (s.category === 'unclassified') add(review, { kind: 'storage', ...base });
    else if (!allowedWithoutConsent(s)) add(violations, { kind: 'storage', ...base });
  }
  for (const d of page.indexedDB) {
    const base = { subject: d.name, category: d.category, service: named(d), evidence: `IndexedDB database "${d.name}" on ${d.origin}` };
    if (d.category === 'unclassified') add(review, { kind: 'indexeddb', ...base });
    else if (!allowedWithoutConsent(d)) add(violations, { kind: 'indexeddb', ...base });
  }
  const byHost = new Map();
  for (const q of page.requests) {
    if (!byHost.has(q.host)) byHost.set(q.host, []);
    byHost.get(q.host).push(q);
  }
  for (const [host, list] of byHost) {
    const q = list[0];
    const types = [...new Set(list.map((x) => x.type))].join(', ');
    const first = `${list.length} request${list.length > 1 ? 's' : ''} (${types}) to ${host}, first ${q.url}${q.initiator?.url ? `, started by ${q.initiator.url}` : q.initiator ? ` (${q.initiator.type})` : ''}`;
    const base = { subject: host, category: q.category, service: named(q), evidence: first };
    if (q.category === 'unclassified') add(review, { kind: 'request', ...base });
    else if (!allowedWithoutConsent(q)) add(violations, { kind: 'request', ...base });
  }
  for (const g of page.gatedScriptsRan) {
    add(violations, { kind: 'gated-script', subject: g.src ?? `inline <${g.tag}>`, category: g.category, service: g.service, evidence: `<${g.tag} data-category="${g.category}"${g.service ? ` data-service="${g.service}"` : ''}> is active although ${g.service ? `${g.category}/${g.service}` : g.category} is not granted: ${g.html}` });
  }
}

function inventoryOf(phases) {
  const cookies = new Map();
  const hosts = new Map();
  for (const phase of phases) {
    for (const page of phase.pages) {
      for (const c of page.cookies) {
        const key = `${c.name}|${c.domain.replace(/^\./, '')}`;
        const e = cookies.get(key) ?? { name: c.name, domain: c.domain, party: c.party, category: c.category, service: c.service ?? null, platform: c.platform ?? null, provider: c.provider ?? null, source: c.source, pattern: c.pattern ?? null, lifetime: c.lifetime, httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite, stored: c.stored, setBy: c.setBy, phases: [], pages: [] };
        if ((c.lifetime.seconds ?? 0) > (e.lifetime.seconds ?? 0)) e.lifetime = c.lifetime;
        e.stored ||= c.stored;
        if (!e.phases.includes(phase.id)) e.phases.push(phase.id);
        if (!e.pages.includes(page.url)) e.pages.push(page.url);
        cookies.set(key, e);
      }
      for (const q of page.requests) {
        const e = hosts.get(q.host) ?? { host: q.host, site: q.site, category: q.category, source: q.source, service: q.service ?? null, platform: q.platform ?? null, provider: q.provider ?? null, types: [], phases: [], requests: 0 };
        e.requests++;
        if (!e.types.includes(q.type)) e.types.push(q.type);
        if (!e.phases.includes(phase.id)) e.phases.push(phase.id);
        hosts.set(q.host, e);
      }
    }
  }
  return { cookies: [...cookies.values()], hosts: [...hosts.values()] };
}

function countBy(list, key) {
  const out = {};
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}
