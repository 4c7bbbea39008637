// Who set what during one visit: the writes the browser reported, matched
// to what the cookie jar and the frames' storage hold at the end.
import { cookieName, isDeletion, lifetime, scriptFromStack } from './cookies.js';
import { hostOf, siteOf } from '../site.js';

export const jarKey = (c) => `${c.name}|${c.domain}|${c.path}`;

const originOf = (u) => { try { return new URL(u).origin; } catch { return ''; } };

/** Does a cookie of domain `domain` belong to host `host` (host-only or a parent domain)? */
function domainMatches(domain, host) {
  const d = domain.replace(/^\./, '');
  return host === d || host.endsWith(`.${d}`);
}

/**
 * The cookies this visit set: each write the browser reported (Set-Cookie
 * headers, script writes with their stack) matched to the jar; writes the
 * jar does not hold were refused by the browser (kept, with the reason when
 * the browser gave one); cookies that appeared in the jar with no write
 * reported are kept too, without an author.
 */
export function cookiesOf(record, jar, jarBefore, writes, headerCookies, initiators, blocked) {
  const pageSite = siteOf(record.host);
  /** @type {Map<string, any>} */
  const out = new Map();
  const authors = [];
  for (const h of headerCookies) {
    const name = cookieName(h.line);
    if (!name || isDeletion(h.line)) continue;
    const i = initiators.get(h.url);
    authors.push({ name, host: hostOf(h.url), attrs: h.line, setBy: { via: 'http', url: h.url.slice(0, 300), resourceType: h.type, frameUrl: h.frameUrl, initiator: i?.url } });
  }
  for (const w of writes) {
    if (w.kind !== 'document.cookie' && w.kind !== 'cookieStore') continue;
    const name = cookieName(w.text);
    if (!name || isDeletion(w.text)) continue;
    const script = scriptFromStack(w.stack, w.href);
    authors.push({ name, host: hostOf(w.href), attrs: w.text, setBy: { via: w.kind, url: script?.url ?? null, line: script?.line, inline: script?.inline ?? false, frameUrl: w.frameUrl } });
  }
  for (const a of authors) {
    const c = jar.find((j) => j.name === a.name && domainMatches(j.domain, a.host));
    const key = c ? jarKey(c) : `${a.name}|${a.host}|(refused)`;
    if (out.has(key)) continue;
    if (c) out.set(key, fromJar(c, pageSite, a.setBy));
    else {
      out.set(key, {
        name: a.name, domain: attr(a.attrs, 'domain') ?? a.host, path: attr(a.attrs, 'path') ?? '/', party: siteOf(a.host) === pageSite ? 'first' : 'third', stored: false,
        refused: blocked.get(a.name) ?? [], lifetime: attrLifetime(a.attrs), httpOnly: /;\s*httponly/i.test(a.attrs), secure: /;\s*secure/i.test(a.attrs),
        sameSite: /;\s*samesite=(\w+)/i.exec(a.attrs)?.[1] ?? null, setBy: a.setBy,
      });
    }
  }
  for (const c of jar) {
    const key = jarKey(c);
    if (jarBefore.has(key) || out.has(key)) continue;
    out.set(key, fromJar(c, pageSite, { via: 'unknown' }));
  }
  return [...out.values()];
}

function fromJar(c, pageSite, setBy) {
  return {
    name: c.name, domain: c.domain, path: c.path, party: siteOf(c.domain) === pageSite ? 'first' : 'third', stored: true,
    lifetime: lifetime(c.expires), httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite ?? null, setBy,
  };
}

/** One attribute of a Set-Cookie line or cookie write (`Domain`, `Path`…), or null. */
function attr(line, name) {
  const m = new RegExp(`;\\s*${name}=([^;]*)`, 'i').exec(line);
  return m ? m[1].trim() : null;
}

/** Lifetime from the attributes of a write the browser refused. */
function attrLifetime(line) {
  const maxAge = /;\s*max-age=(-?\d+)/i.exec(line)?.[1];
  if (maxAge !== undefined) return lifetime(Date.now() / 1000 + Number(maxAge));
  const expires = /;\s*expires=([^;]+)/i.exec(line)?.[1];
  if (expires && !Number.isNaN(Date.parse(expires))) return lifetime(Date.parse(expires) / 1000);
  return lifetime(-1);
}

/**
 * Storage keys and IndexedDB names found in the page's frames, each with the
 * script that wrote it when the write hook saw it. On a choice page only
 * keys added after the choice count.
 */
export function storageOf(record, writes) {
  const out = [];
  const pageSite = siteOf(record.host);
  const before = record.choice?.before?.keys ?? new Set();
  for (const f of record.frames) {
    const party = siteOf(hostOf(f.origin)) === pageSite ? 'first' : 'third';
    for (const [area, keys, tag] of [['localStorage', f.local, 'l'], ['sessionStorage', f.session, 's']]) {
      for (const key of keys) {
        if (before.has(`${tag}|${f.origin}|${key}`)) continue;
        const w = writes.find((x) => x.kind === area && x.text === key && originOf(x.href) === f.origin);
        const script = w ? scriptFromStack(w.stack, w.href) : null;
        out.push({ area, origin: f.origin, key, party, setBy: script ? { via: 'script', url: script.url, line: script.line, inline: script.inline } : { via: 'unknown' } });
      }
    }
    for (const name of f.idb) record.indexedDB.push({ origin: f.origin, name, party });
  }
  return out;
}
