import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { countersign } from './countersign.js';
import { ReceiptError, issuerOrigin, receiptHash, verifyReceipt } from './receipt.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{
 *   storage: import('./storage/sqlite.js').Storage, keys: import('./keys.js').KeyRing,
 *   serviceOrigin: string, allowed: Set<string>, exportToken?: string,
 *   rateLimit: { max: number, timeWindow?: number | string },
 * }} ctx
 */
export function registerRoutes(app, { storage, keys, serviceOrigin, allowed, exportToken, rateLimit }) {
  /** @type {any} */
  const limited = rateLimit.max > 0 ? { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindow ?? '1 minute' } } : {};
  /** @param {import('./storage/sqlite.js').ReceiptRow} row */
  const answer = (row) => ({ id: row.id, serverJws: row.serverJws, receivedAt: row.receivedAt });

  app.post('/v1/receipts', { config: limited }, async (req, reply) => {
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && !allowed.has(origin)) {
      throw new ReceiptError(403, 'origin_not_allowed', `Origin ${origin} is not allowed to send receipts here.`);
    }
    const body = /** @type {any} */ (req.body);
    const jws = typeof body === 'string' ? body.trim() : body?.jws;
    const { payload } = await verifyReceipt(jws);
    const iss = issuerOrigin(payload.iss);
    if (!iss || !allowed.has(iss)) {
      throw new ReceiptError(403, 'origin_not_allowed', `The receipt issuer ${JSON.stringify(payload.iss)} is not an allowed origin.`);
    }
    const id = String(payload.jti).toLowerCase();
    // Cheap replay answer before signing anything new.
    const existing = await storage.get(id);
    if (existing) return settle(reply, existing.jws === jws ? 'duplicate' : 'conflict', existing);
    const receivedAt = new Date().toISOString();
    const serverJws = await countersign(keys, { iss: serviceOrigin, jws, jti: payload.jti, receivedAt });
    const result = await storage.insert({ id, jws, serverJws, receivedAt, receiptHash: receiptHash(jws) });
    return settle(reply, result.status, result.row);
  });

  /** @param {import('fastify').FastifyReply} reply @param {string} status @param {any} row */
  function settle(reply, status, row) {
    if (status === 'conflict') {
      throw new ReceiptError(409, 'jti_conflict', `A different receipt with id ${row.id} is already stored.`);
    }
    return reply.code(status === 'created' ? 201 : 200).send(answer(row));
  }

  app.get('/v1/receipts/:id', { config: limited }, async (req, reply) => {
    const { id } = /** @type {{ id: string }} */ (req.params);
    if (!UUID.test(id)) throw new ReceiptError(400, 'invalid_id', 'A receipt id is a UUID.');
    const row = await storage.get(id.toLowerCase());
    if (!row) throw new ReceiptError(404, 'not_found', `No receipt with id ${id}.`);
    reply.header('cache-control', 'no-store');
    return { id: row.id, jws: row.jws, serverJws: row.serverJws, receivedAt: row.receivedAt };
  });

  app.get('/v1/export', async (req, reply) => {
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
    const sinceText = /** @type {{ since?: string }} */ (req.query).since;
    let since = null;
    if (sinceText !== undefined) {
      since = new Date(sinceText);
      if (!ISO_DATE.test(sinceText) || Number.isNaN(since.getTime())) {
        throw new ReceiptError(400, 'invalid_since', 'since must be an ISO 8601 date, e.g. 2026-01-31T00:00:00Z.');
      }
    }
    const rows = storage.exportSince(since);
    const lines = (async function* () {
      for await (const r of rows) {
        yield `${JSON.stringify({ id: r.id, jws: r.jws, serverJws: r.serverJws, receivedAt: r.receivedAt })}\n`;
      }
    })();
    reply.header('cache-control', 'no-store').type('application/x-ndjson; charset=utf-8');
    return reply.send(Readable.from(lines));
  });

  app.get('/.well-known/jwks.json', async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return keys.jwks();
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      await storage.health();
      return { status: 'ok', storage: storage.kind, kid: keys.kid };
    } catch (err) {
      return reply.code(503).send({ error: 'storage_unavailable', message: `Storage check failed: ${/** @type {Error} */ (err).message}` });
    }
  });
}

/** Constant-time comparison; hashing first makes the lengths equal. */
function sameSecret(/** @type {string} */ a, /** @type {string} */ b) {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
