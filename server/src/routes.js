import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseIsoDate } from './iso-date.js';
import { receiptLeafHash } from './log/log.js';
import { ReceiptError, issuerOrigin, receiptHash, verifyReceipt } from './receipt.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIZE = /^(0|[1-9]\d{0,14})$/;

/**
 * Every route of the API with its methods, for `405 Method Not Allowed` + `Allow` on the others.
 * HEAD comes with GET.
 */
export const API_ROUTES = [
  { path: /^\/v1\/receipts\/?$/, allow: 'POST' },
  { path: /^\/v1\/receipts\/[^/]+\/proof\/?$/, allow: 'GET, HEAD' },
  { path: /^\/v1\/receipts\/[^/]+\/?$/, allow: 'GET, HEAD' },
  { path: /^\/v1\/export\/?$/, allow: 'GET, HEAD' },
  { path: /^\/v1\/log\/checkpoint\/?$/, allow: 'GET, HEAD' },
  { path: /^\/v1\/log\/consistency\/?$/, allow: 'GET, HEAD' },
  { path: /^\/\.well-known\/jwks\.json$/, allow: 'GET, HEAD' },
  { path: /^\/healthz\/?$/, allow: 'GET, HEAD' },
];

/** @param {import('./storage/sqlite.js').ReceiptRow} row */
const publicRow = (row) => ({
  id: row.id, jws: row.jws, serverJws: row.serverJws, receivedAt: row.receivedAt,
  ...(row.leafIndex === null ? {} : { leafIndex: row.leafIndex }),
});

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{
 *   storage: import('./storage/sqlite.js').Storage, keys: import('./keys.js').KeyRing,
 *   serviceOrigin: string, allowed: Set<string>, exportToken?: string,
 *   rateLimit: { max: number, timeWindow?: number | string },
 *   exportRateLimit: { max: number, timeWindow?: number | string },
 *   log: LogView | null,
 * }} ctx
 */
export function registerRoutes(app, { storage, keys, serviceOrigin, allowed, exportToken, rateLimit, exportRateLimit, log }) {
  /** @type {any} */
  const limited = rateLimit.max > 0 ? { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindow ?? '1 minute' } } : {};
  /** @param {import('./storage/sqlite.js').ReceiptRow} row */
  const answer = (row) => ({
    id: row.id, serverJws: row.serverJws, receivedAt: row.receivedAt,
    ...(row.leafIndex === null ? {} : { leafIndex: row.leafIndex }),
  });

  app.post('/v1/receipts', { config: limited }, async (req, reply) => {
    // Browsers send Origin with every POST: then the page's origin must be allowed and must be
    // the receipt's issuer ("null", an opaque origin, never is). A server-side relay sends none.
    const origin = req.headers.origin || undefined; // an empty header is no header
    const fromBrowser = origin !== undefined;
    if (origin === 'null') {
      throw new ReceiptError(403, 'origin_not_allowed', 'An opaque origin ("null") may not send receipts.');
    }
    if (fromBrowser && !allowed.has(/** @type {string} */ (origin))) {
      throw new ReceiptError(403, 'origin_not_allowed', `Origin ${origin} is not allowed to send receipts here.`);
    }
    const body = /** @type {any} */ (req.body);
    const jws = typeof body === 'string' ? body.trim() : body?.jws;
    const { payload, thumbprint } = await verifyReceipt(jws);
    const iss = issuerOrigin(payload.iss);
    if (!iss || !allowed.has(iss)) {
      throw new ReceiptError(403, 'origin_not_allowed', `The receipt issuer ${JSON.stringify(payload.iss)} is not an allowed origin.`);
    }
    if (fromBrowser && origin !== iss) {
      throw new ReceiptError(403, 'origin_mismatch', `The receipt was issued for ${iss} but sent from ${origin}.`);
    }
    const id = String(payload.jti).toLowerCase();
    // No read first: the storage answers a replay (same jti) and a foreign key for a pinned
    // visitor from inside the transaction that would insert the receipt.
    const hash = receiptHash(jws);
    const result = await storage.insert({
      id, jws, receiptHash: hash, sub: String(payload.sub), keyThumbprint: thumbprint,
      claims: { iss: serviceOrigin, jti: payload.jti, receiptHash: hash },
    });
    if (result.status === 'key_conflict') {
      throw new ReceiptError(409, 'key_conflict', `Visitor ${JSON.stringify(String(payload.sub).slice(0, 64))} already signs with another key; a new key needs a new visitor id.`);
    }
    return settle(reply, result.status, result.row);
  });

  /** @param {import('fastify').FastifyReply} reply @param {string} status @param {any} row */
  function settle(reply, status, row) {
    if (status === 'conflict') {
      throw new ReceiptError(409, 'jti_conflict', `A different receipt with id ${row.id} is already stored.`);
    }
    return reply.code(status === 'created' ? 201 : 200).send(answer(row));
  }

  /** @param {unknown} id */
  async function findReceipt(id) {
    if (typeof id !== 'string' || !UUID.test(id)) throw new ReceiptError(400, 'invalid_id', 'A receipt id is a UUID.');
    const row = await storage.get(id.toLowerCase());
    if (!row) throw new ReceiptError(404, 'not_found', `No receipt with id ${id}.`);
    return row;
  }

  app.get('/v1/receipts/:id', { config: limited }, async (req) => publicRow(await findReceipt(/** @type {any} */ (req.params).id)));

  /** @param {unknown} text @param {number} fallback @param {string} name */
  const sizeParam = (text, fallback, name) => {
    if (text === undefined) return fallback;
    if (typeof text !== 'string' || !SIZE.test(text)) throw new ReceiptError(400, 'invalid_size', `${name} must be a whole number.`);
    return Number(text);
  };
  const needLog = () => {
    if (!log) throw new ReceiptError(404, 'log_disabled', 'This service runs without its log (bench baseline only).');
    return log;
  };

  app.get('/v1/receipts/:id/proof', { config: limited }, async (req) => {
    const view = needLog();
    const row = await findReceipt(/** @type {any} */ (req.params).id);
    if (row.leafIndex === null) throw new ReceiptError(404, 'not_in_log', 'This receipt was stored without a leaf index.');
    const current = await view.sync();
    const size = sizeParam(/** @type {any} */ (req.query).treeSize, current, 'treeSize');
    if (size > current) throw new ReceiptError(400, 'invalid_size', `The log has ${current} leaves.`);
    if (row.leafIndex >= size) throw new ReceiptError(400, 'invalid_size', `Leaf ${row.leafIndex} is not in the first ${size} leaves.`);
    return {
      id: row.id,
      leafIndex: row.leafIndex,
      treeSize: size,
      leafHash: receiptLeafHash(row).toString('base64'),
      rootHash: view.tree.root(size).toString('base64'),
      proof: view.tree.inclusionProof(row.leafIndex, size).map((h) => h.toString('base64')),
      ...(size === current ? { checkpoint: await view.checkpoint() } : {}),
    };
  });

  app.get('/v1/log/checkpoint', { config: limited }, async (_req, reply) => {
    const text = await needLog().checkpoint();
    return reply.type('text/plain; charset=utf-8').send(text);
  });

  app.get('/v1/log/consistency', { config: limited }, async (req) => {
    const view = needLog();
    const current = await view.sync();
    const q = /** @type {any} */ (req.query);
    if (q.from === undefined) throw new ReceiptError(400, 'invalid_size', 'Give from=<tree size> (and optionally to=<tree size>).');
    const to = sizeParam(q.to, current, 'to');
    const from = sizeParam(q.from, 0, 'from');
    if (to > current || from > to) throw new ReceiptError(400, 'invalid_size', `Need from ≤ to ≤ ${current} (the log's size).`);
    return {
      from, to,
      fromRoot: view.tree.root(from).toString('base64'),
      toRoot: view.tree.root(to).toString('base64'),
      proof: view.tree.consistencyProof(from, to).map((h) => h.toString('base64')),
      ...(to === current ? { checkpoint: await view.checkpoint() } : {}),
    };
  });

  // Always rate-limited, even with SEAL_RATE_LIMIT=0: it takes a secret that must not be guessed.
  const exportLimit = { rateLimit: { max: exportRateLimit.max, timeWindow: exportRateLimit.timeWindow ?? '1 minute' } };
  app.get('/v1/export', { config: /** @type {any} */ (exportLimit) }, async (req, reply) => {
    if (!exportToken) {
      throw new ReceiptError(404, 'export_disabled', 'Export is disabled: start the service with SEAL_EXPORT_TOKEN set.');
    }
    const auth = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!match) {
      reply.header('www-authenticate', 'Bearer');
      throw new ReceiptError(401, 'unauthorized', 'Send Authorization: Bearer <SEAL_EXPORT_TOKEN>.');
    }
    if (!sameSecret(/** @type {string} */ (match[1]), exportToken)) {
      throw new ReceiptError(403, 'forbidden', 'The export token is wrong.');
    }
    const sinceText = /** @type {{ since?: unknown }} */ (req.query).since;
    let since = null;
    if (sinceText !== undefined) {
      since = typeof sinceText === 'string' ? parseIsoDate(sinceText) : null;
      if (!since) throw new ReceiptError(400, 'invalid_since', 'since must be an existing ISO 8601 date, e.g. 2026-01-31T00:00:00Z.');
    }
    const rows = storage.exportSince(since);
    const lines = (async function* () {
      for await (const r of rows) yield `${JSON.stringify(publicRow(r))}\n`;
    })();
    reply.type('application/x-ndjson; charset=utf-8');
    return reply.send(Readable.from(lines));
  });

  app.get('/.well-known/jwks.json', async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return keys.jwks();
  });

  app.get('/healthz', async (req, reply) => {
    try {
      await storage.health();
      return { status: 'ok', storage: storage.kind, kid: keys.kid };
    } catch (err) {
      req.log.warn({ err }, 'storage check failed');
      return reply.code(503).send({ error: 'storage_unavailable', message: 'The storage does not answer.' });
    }
  });
}

/** Constant-time comparison; hashing first makes the lengths equal. */
function sameSecret(/** @type {string} */ a, /** @type {string} */ b) {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
