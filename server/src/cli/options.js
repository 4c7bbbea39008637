import { parseArgs } from 'node:util';

/** Flags shared by the commands; each mirrors an environment variable (the flag wins). */
export const FLAGS = /** @type {const} */ ({
  port: { type: 'string', env: 'PORT' },
  host: { type: 'string', env: 'HOST' },
  'data-dir': { type: 'string', env: 'SEAL_DATA_DIR' },
  'database-url': { type: 'string', env: 'DATABASE_URL' },
  'signing-key': { type: 'string', env: 'SEAL_SIGNING_KEY' },
  'allowed-origins': { type: 'string', env: 'SEAL_ALLOWED_ORIGINS' },
  'export-token': { type: 'string', env: 'SEAL_EXPORT_TOKEN' },
  origin: { type: 'string', env: 'SEAL_PUBLIC_ORIGIN' },
  'rate-limit': { type: 'string', env: 'SEAL_RATE_LIMIT' },
  'trust-proxy': { type: 'boolean', env: 'SEAL_TRUST_PROXY' },
  demo: { type: 'string' },
  dist: { type: 'string' },
  jwks: { type: 'string' },
  checkpoint: { type: 'string' },
  'server-jws': { type: 'string' },
  since: { type: 'string' },
  url: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});

/**
 * @param {string[]} argv arguments after the command name
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ opts: Record<string, string | boolean | undefined>, positionals: string[] }}
 */
export function readOptions(argv, env) {
  const options = Object.fromEntries(Object.entries(FLAGS).map(([k, v]) => [k, { type: v.type, ...('short' in v ? { short: v.short } : {}) }]));
  const { values, positionals } = parseArgs({ args: argv, options: /** @type {any} */ (options), allowPositionals: true });
  /** @type {Record<string, string | boolean | undefined>} */
  const opts = {};
  for (const [name, def] of Object.entries(FLAGS)) {
    const fromEnv = 'env' in def ? env[def.env] : undefined;
    const value = /** @type {any} */ (values)[name] ?? (fromEnv === '' ? undefined : fromEnv);
    opts[name] = def.type === 'boolean' && typeof value === 'string' ? /^(1|true|yes)$/i.test(value) : value;
  }
  return { opts, positionals };
}

/** @param {string | boolean | undefined} text @param {number} fallback @param {string} name */
export function intOption(text, fallback, name) {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${JSON.stringify(text)}.`);
  return n;
}

/** @param {string | boolean | undefined} text */
export function listOption(text) {
  return typeof text === 'string' ? text.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
