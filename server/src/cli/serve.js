import { resolve } from 'node:path';
import { buildApp, isLoopbackOrigin, normalizeOrigin } from '../app.js';
import { ensurePrivateDir, loadKeys } from '../keys.js';
import { openStorage } from '../storage/index.js';
import { intOption, listOption } from './options.js';

/** Addresses only this machine can reach. 0.0.0.0 and :: are every interface, not loopback. */
export function isLoopbackHost(/** @type {string} */ host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The origins the service itself answers on. Its own pages (the demo) send receipts from
 * there, so they are always allowed.
 * @param {string} host @param {number} port @param {string | undefined} publicOrigin
 */
export function selfOrigins(host, port, publicOrigin) {
  if (publicOrigin) return [publicOrigin];
  if (isLoopbackHost(host)) return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
}

/** @param {Record<string, any>} opts */
export async function serve(opts) {
  const port = intOption(opts.port, 8787, 'PORT');
  const host = opts.host ?? '127.0.0.1';
  const dataDir = resolve(opts['data-dir'] ?? './data');
  if (!isLoopbackHost(host) && !opts.origin) {
    throw new Error(
      `Refusing to listen on ${host} without SEAL_PUBLIC_ORIGIN (--origin): the countersignatures would name ` +
        'a localhost issuer. Set it to the public origin of this service, e.g. SEAL_PUBLIC_ORIGIN=https://consent.example.com, ' +
        'or listen on 127.0.0.1.',
    );
  }
  const origins = selfOrigins(host, port, opts.origin);
  // Bench only: the baseline without the log, to measure what the log costs.
  const log = process.env.SEAL_BENCH_WITHOUT_LOG !== '1';
  ensurePrivateDir(dataDir);
  const keys = await loadKeys({ dataDir, signingKey: opts['signing-key'] });
  const storage = openStorage({ dataDir, databaseUrl: opts['database-url'], log });
  await storage.health();
  const publicDir = opts.demo || opts.dist ? { demo: opts.demo, dist: opts.dist } : undefined;
  const app = await buildApp({
    storage,
    keys,
    serviceOrigin: /** @type {string} */ (origins[0]),
    allowedOrigins: [...origins.slice(1), ...listOption(opts['allowed-origins'])],
    exportToken: opts['export-token'],
    publicDir,
    rateLimit: { max: intOption(opts['rate-limit'], 120, 'SEAL_RATE_LIMIT'), timeWindow: '1 minute' },
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    trustProxy: Boolean(opts['trust-proxy']),
    log,
  });

  let closing = false;
  const shutdown = async (/** @type {string} */ signal) => {
    if (closing) process.exit(1); // a second signal means "now"
    closing = true;
    console.log(`cookie-seal-server: ${signal}, closing`);
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port, host });
  const where = storage.kind === 'sqlite' ? `${dataDir}/receipts.db` : 'DATABASE_URL';
  console.log(`cookie-seal-server: receipts on ${storage.kind} (${where}), key ${keys.kid}`);
  if (!opts['export-token']) console.log('cookie-seal-server: export disabled (set SEAL_EXPORT_TOKEN to enable it)');
  if (publicDir?.demo) console.log(`cookie-seal demo: ${origins[0]}/`);
  const dropped = listOption(opts['allowed-origins']).filter((o) => !isLoopbackOrigin(origins[0] ?? '') && isLoopbackOrigin(normalizeOrigin(o)));
  if (dropped.length > 0) console.log(`cookie-seal-server: ignoring loopback origins on a public service: ${dropped.join(', ')}`);
  console.log(`cookie-seal-server listening on ${origins[0]}/`);
}
