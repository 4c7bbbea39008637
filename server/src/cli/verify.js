import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint } from 'jose';
import { verifyCountersignature } from '../countersign.js';
import { verifyReceipt } from '../receipt.js';

/**
 * Reads receipts from text: a bare JWS, a JSON object with `jws` (and `serverJws`), an array
 * of them, a downloaded `{ receipts: [...] }` file, or NDJSON from `export`.
 * @param {string} text @returns {Array<{ jws: string, serverJws?: string }>}
 */
export function parseReceipts(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return [{ jws: trimmed }];
  let docs;
  try {
    docs = [JSON.parse(trimmed)];
  } catch {
    docs = trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  }
  const flat = docs.flatMap((d) => (Array.isArray(d) ? d : Array.isArray(d?.receipts) ? d.receipts : [d]));
  return flat.map((d) => {
    if (typeof d?.jws !== 'string') throw new Error('Every JSON entry must have a "jws" string.');
    return { jws: d.jws, serverJws: typeof d.serverJws === 'string' ? d.serverJws : undefined };
  });
}

/** @param {string} source URL or file @returns {Promise<{ keys: object[] }>} */
async function loadJwks(source) {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`GET ${source} answered ${res.status}`);
    return /** @type {any} */ (await res.json());
  }
  return JSON.parse(readFileSync(source, 'utf8'));
}

/** @param {Record<string, any>} consent */
function describeChoices(consent) {
  const entries = Array.isArray(consent.categories)
    ? consent.categories.map((/** @type {string} */ c) => [c, true])
    : Object.entries(consent.categories ?? {});
  const granted = entries.filter(([, v]) => v === true).map(([k]) => k);
  const refused = entries.filter(([, v]) => v !== true).map(([k]) => k);
  return `granted: ${granted.join(', ') || 'none'}; refused: ${refused.join(', ') || 'none'}`;
}

/**
 * `cookie-seal-server verify <file|->`: checks receipts offline and prints a summary.
 * @param {string | undefined} file @param {Record<string, any>} opts @returns {Promise<number>} exit code
 */
export async function verify(file, opts) {
  if (!file) throw new Error('Usage: cookie-seal-server verify <file|-> [--jwks <url|file>] [--server-jws <file|jws>]');
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const receipts = parseReceipts(text);
  if (opts['server-jws'] && receipts.length === 1) {
    const given = String(opts['server-jws']);
    /** @type {any} */ (receipts[0]).serverJws = given.split('.').length === 3 && !given.includes('/') ? given : readFileSync(given, 'utf8').trim();
  }
  const jwks = opts.jwks ? await loadJwks(opts.jwks) : null;
  let failures = 0;
  for (const { jws, serverJws } of receipts) {
    const lines = [];
    let ok = true;
    try {
      const { header, payload } = await verifyReceipt(jws);
      const c = payload.consent;
      lines.push(
        `receipt ${payload.jti}`,
        `  issuer        ${payload.iss}`,
        `  visitor       ${payload.sub} (key ${await calculateJwkThumbprint(header.jwk)})`,
        `  decided       ${new Date(payload.iat * 1000).toISOString()} by ${c.method}, revision ${c.revision ?? '?'}, language ${c.language ?? payload.language ?? '?'}`,
        `  choices       ${describeChoices(c)}`,
        `  signature     valid (ES256, embedded visitor key)`,
        `  schema        valid Kantara Consent Receipt v1.1`,
        `  chain         ${c.prev ? `follows receipt hash ${c.prev}` : 'first receipt of this visitor'}`,
      );
    } catch (err) {
      ok = false;
      lines.push(`receipt: INVALID: ${/** @type {Error} */ (err).message}`);
    }
    if (ok && jwks) {
      if (!serverJws) {
        ok = false;
        lines.push('  countersigned MISSING: --jwks was given but there is no countersignature to check');
      } else {
        try {
          const { kid, payload } = await verifyCountersignature(serverJws, jwks, jws);
          lines.push(`  countersigned valid: ${payload.iss} received it at ${payload.receivedAt} (key ${kid})`);
        } catch (err) {
          ok = false;
          lines.push(`  countersigned INVALID: ${/** @type {Error} */ (err).message}`);
        }
      }
    } else if (ok) {
      lines.push(`  countersigned ${serverJws ? 'present, not checked (pass --jwks <url|file>)' : 'none'}`);
    }
    lines.push(`  result        ${ok ? 'OK' : 'FAILED'}`);
    console.log(lines.join('\n'));
    if (!ok) failures++;
  }
  if (receipts.length > 1) console.log(`\n${receipts.length - failures} of ${receipts.length} receipts verified`);
  return failures === 0 ? 0 : 1;
}
