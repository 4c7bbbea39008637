import { resolve } from 'node:path';
import { once } from 'node:events';
import { openStorage } from '../storage/index.js';
import { parseIsoDate } from '../iso-date.js';

/** @param {string} text */
function parseSince(text) {
  const d = parseIsoDate(text);
  if (!d) throw new Error(`--since must be an existing ISO 8601 date, got ${JSON.stringify(text)}`);
  return d;
}

/** @param {string} chunk */
async function write(chunk) {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/**
 * `cookie-seal-server export`: NDJSON on stdout, from a running service (--url) or straight
 * from the storage (data folder or DATABASE_URL).
 * @param {Record<string, any>} opts @returns {Promise<number>}
 */
export async function exportReceipts(opts) {
  const since = opts.since ? parseSince(opts.since) : null;
  if (opts.url) {
    const token = opts.token ?? opts['export-token'];
    if (!token) throw new Error('Exporting from a URL needs --token or SEAL_EXPORT_TOKEN.');
    const url = new URL('/v1/export', opts.url);
    if (since) url.searchParams.set('since', since.toISOString());
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) {
      console.error(`export failed: ${res.status} ${await res.text()}`);
      return 1;
    }
    for await (const chunk of /** @type {any} */ (res.body)) await write(Buffer.from(chunk).toString('utf8'));
    return 0;
  }
  const storage = openStorage({ dataDir: resolve(opts['data-dir'] ?? './data'), databaseUrl: opts['database-url'] });
  try {
    for await (const r of storage.exportSince(since)) {
      await write(`${JSON.stringify({ id: r.id, jws: r.jws, serverJws: r.serverJws, receivedAt: r.receivedAt, ...(r.leafIndex === null ? {} : { leafIndex: r.leafIndex }) })}\n`);
    }
  } finally {
    await storage.close();
  }
  return 0;
}
