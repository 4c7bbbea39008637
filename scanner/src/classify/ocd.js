// The Open Cookie Database (reference/open-cookie-database/, Apache-2.0): cookie
// and storage-key names → platform and category, read once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../reference/open-cookie-database/open-cookie-database.csv', import.meta.url));

/** The database's categories in cookie-seal's five (DESIGN §2). */
export const OCD_CATEGORIES = {
  Functional: 'essential',
  Security: 'essential',
  Necessary: 'essential',
  Personalization: 'preferences',
  Analytics: 'analytics',
  Marketing: 'advertising',
};

/**
 * @typedef {{ name: string, platform: string, category: string, ocdCategory: string, domain: string,
 *   retention: string, controller: string, wildcard: boolean, id: string }} OcdRow
 */

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. @param {string} text */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

let index = null;

/** The database, indexed: exact names, wildcard prefixes (longest first), and third-party domains with one category. */
export function ocd() {
  if (index) return index;
  const [header, ...rows] = parseCsv(readFileSync(FILE, 'utf8'));
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const c = { id: col('id'), platform: col('platform'), category: col('category'), name: col('cookie / data key name'), domain: col('domain'), retention: col('retention period'), controller: col('data controller'), wildcard: col('wildcard match') };
  /** @type {Map<string, OcdRow>} */ const exact = new Map();
  /** @type {OcdRow[]} */ const prefixes = [];
  /** @type {Map<string, Set<string>>} */ const domainCats = new Map();
  /** @type {Map<string, OcdRow>} */ const domainRow = new Map();
  for (const r of rows) {
    const category = OCD_CATEGORIES[r[c.category]?.trim()];
    const name = r[c.name]?.trim();
    if (!category || !name) continue;
    /** @type {OcdRow} */
    const row = { id: r[c.id], name, platform: r[c.platform]?.trim() ?? '', category, ocdCategory: r[c.category].trim(), domain: r[c.domain]?.trim() ?? '', retention: r[c.retention]?.trim() ?? '', controller: r[c.controller]?.trim() ?? '', wildcard: r[c.wildcard]?.trim() === '1' };
    if (row.wildcard) prefixes.push(row);
    else if (!exact.has(name)) exact.set(name, row);
    const host = /^\.?([a-z0-9.-]+\.[a-z]{2,})\s*\(3rd party\)/i.exec(row.domain)?.[1]?.toLowerCase();
    if (host) {
      if (!domainCats.has(host)) domainCats.set(host, new Set());
      domainCats.get(host).add(category);
      if (!domainRow.has(host)) domainRow.set(host, row);
    }
  }
  prefixes.sort((a, b) => b.name.length - a.name.length);
  /** Third-party domains whose every row has the same category: a request there is that category. */
  const domains = new Map();
  for (const [host, cats] of domainCats) if (cats.size === 1) domains.set(host, domainRow.get(host));
  index = { exact, prefixes, domains, rows: rows.length };
  return index;
}

/** The row for a cookie or storage-key name: exact first, then the longest wildcard prefix. @param {string} name */
export function ocdByName(name) {
  const { exact, prefixes } = ocd();
  return exact.get(name) ?? prefixes.find((p) => name.startsWith(p.name)) ?? null;
}

/** The row naming a third-party domain (the host or a parent of it) with a single category. @param {string} host */
export function ocdByHost(host) {
  const { domains } = ocd();
  const labels = host.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const row = domains.get(labels.slice(i).join('.'));
    if (row) return row;
  }
  return null;
}
