import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compactVerify, createLocalJWKSet, EmbeddedJWK } from 'jose';
import { buildApp } from '../../src/app.js';
import { loadKeys } from '../../src/keys.js';
import { makeReceipt, makeVisitor, receiptPayload, signReceipt } from './make-receipt.js';

export const SELF = 'http://localhost:8787';
export const SHOP = 'https://shop.example';
const TOKEN = 'export-token-for-tests';

/**
 * @typedef {{ open(): Promise<import('../../src/storage/sqlite.js').Storage>, cleanup(): Promise<void> }} StorageFactory
 * `open()` may be called again after the previous storage was closed: it must reach the same data.
 */

/** @param {import('fastify').FastifyInstance} app @param {string} jws @param {Record<string, string>} [headers] */
export function post(app, jws, headers = {}) {
  return app.inject({ method: 'POST', url: '/v1/receipts', headers: { 'content-type': 'application/jose', ...headers }, payload: jws });
}

/**
 * The receipt-service behaviour every storage must show (DESIGN §11).
 * @param {string} label @param {() => Promise<StorageFactory>} makeFactory
 */
export function receiptServiceSuite(label, makeFactory) {
  describe(`receipt service on ${label}`, () => {
    /** @type {StorageFactory} */ let factory;
    /** @type {import('../../src/storage/sqlite.js').Storage} */ let storage;
    /** @type {import('../../src/keys.js').KeyRing} */ let keys;
    /** @type {import('fastify').FastifyInstance} */ let app;
    let dataDir = '';
    const start = async () => {
      storage = await factory.open();
      app = await buildApp({
        storage, keys, serviceOrigin: SELF, allowedOrigins: [SHOP], exportToken: TOKEN, rateLimit: { max: 10_000 },
      });
    };
    const stop = async () => {
      await app.close();
      await storage.close();
    };
    /** @param {string} id */
    const getReceipt = (id) => app.inject({ method: 'GET', url: `/v1/receipts/${id}` });
    /** @param {string} [since] */
    const exportLines = async (since) => {
      const res = await app.inject({
        method: 'GET', url: `/v1/export${since ? `?since=${encodeURIComponent(since)}` : ''}`, headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /application\/x-ndjson/);
      return res.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    };

    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'seal-suite-'));
      keys = await loadKeys({ dataDir });
      factory = await makeFactory();
      await start();
    });
    after(async () => {
      await stop().catch(() => {});
      await factory.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });

    test('a valid receipt gets 201 and a countersignature that verifies against the JWKS', async () => {
      const { jws, payload } = await makeReceipt({ iss: SELF });
      const res = await post(app, jws);
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(body.id, payload.jti);
      assert.ok(!Number.isNaN(Date.parse(body.receivedAt)));

      const jwks = (await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
      const verified = await compactVerify(body.serverJws, createLocalJWKSet(jwks), { algorithms: ['ES256'] });
      assert.equal(verified.protectedHeader.typ, 'consent-receipt-countersignature+jwt');
      assert.equal(verified.protectedHeader.kid, keys.kid);
      const claims = JSON.parse(new TextDecoder().decode(verified.payload));
      assert.equal(claims.iss, SELF);
      assert.equal(claims.jti, payload.jti);
      assert.equal(claims.receivedAt, body.receivedAt);
      assert.equal(claims.receiptHash, createHash('sha256').update(jws).digest('base64url'));
      // The stored receipt is the visitor's own JWS, still verifiable with its embedded key.
      const stored = (await getReceipt(body.id)).json();
      assert.equal(stored.jws, jws);
      await compactVerify(stored.jws, EmbeddedJWK);
    });

    test('accepts JSON {"jws"} and receipts from configured origins', async () => {
      const { jws } = await makeReceipt({ iss: SHOP });
      const res = await app.inject({ method: 'POST', url: '/v1/receipts', headers: { origin: SHOP }, payload: { jws } });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.headers['access-control-allow-origin'], SHOP);
    });

    test('the same receipt twice: 200 with the same answer, one row', async () => {
      const { jws, payload } = await makeReceipt({ iss: SELF });
      const first = await post(app, jws);
      const second = await post(app, jws);
      assert.equal(first.statusCode, 201);
      assert.equal(second.statusCode, 200);
      assert.deepEqual(second.json(), first.json());
      assert.equal((await exportLines()).filter((r) => r.id === payload.jti).length, 1);
    });

    test('concurrent posts of one receipt store one row; distinct ones all land', async () => {
      const { jws, payload } = await makeReceipt({ iss: SELF });
      const same = await Promise.all(Array.from({ length: 12 }, () => post(app, jws)));
      assert.deepEqual(same.map((r) => r.statusCode).sort(), [...Array(11).fill(200), 201]);
      assert.equal(new Set(same.map((r) => r.body)).size, 1);
      const distinct = await Promise.all(Array.from({ length: 12 }, async () => post(app, (await makeReceipt({ iss: SELF })).jws)));
      assert.deepEqual(distinct.map((r) => r.statusCode), Array(12).fill(201));
      assert.equal((await exportLines()).filter((r) => r.id === payload.jti).length, 1);
    });

    test('the same jti with other content is a 409 and the first receipt stays', async () => {
      const visitor = await makeVisitor();
      const first = await makeReceipt({ iss: SELF, visitor });
      assert.equal((await post(app, first.jws)).statusCode, 201);
      const altered = { ...first.payload, consent: { ...first.payload.consent, method: 'reject-all' } };
      const res = await post(app, await signReceipt(visitor, altered));
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error, 'jti_conflict');
      assert.equal((await getReceipt(first.payload.jti)).json().jws, first.jws);
    });

    test('any tampered byte is rejected with 400 and nothing is stored', async () => {
      const { jws, payload } = await makeReceipt({ iss: SELF });
      const dots = [jws.indexOf('.'), jws.lastIndexOf('.')];
      for (const at of [5, dots[0] + 7, Math.floor((dots[0] + dots[1]) / 2), dots[1] + 3, jws.length - 2]) {
        const c = jws[at] === 'A' ? 'B' : 'A';
        const res = await post(app, jws.slice(0, at) + c + jws.slice(at + 1));
        assert.equal(res.statusCode, 400, `byte ${at}: ${res.body}`);
        assert.match(res.json().error, /^(bad_signature|malformed_jws|invalid_payload|wrong_type|unsupported_alg|invalid_key)$/);
      }
      assert.equal((await getReceipt(payload.jti)).statusCode, 404);
    });

    test('wrong alg, typ or key in the header are rejected', async () => {
      const visitor = await makeVisitor();
      const payload = receiptPayload({ visitorId: visitor.id, iss: SELF });
      const enc = (/** @type {object} */ o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const cases = [
        [`${enc({ alg: 'HS256', typ: 'consent-receipt+jwt', jwk: visitor.publicJwk })}.${enc(payload)}.c2lnbmF0dXJl`, 'unsupported_alg'],
        [`${enc({ alg: 'none', typ: 'consent-receipt+jwt' })}.${enc(payload)}.`, 'malformed_jws'],
        [await signReceipt(visitor, payload, { typ: 'JWT' }), 'wrong_type'],
        [await signReceipt(visitor, payload, { jwk: undefined }), 'invalid_key'],
        [await signReceipt(visitor, payload, { jwk: { ...visitor.publicJwk, d: 'AAAA' } }), 'invalid_key'],
        [await signReceipt(visitor, payload, { jwk: (await makeVisitor()).publicJwk }), 'bad_signature'],
        ['not a jws at all', 'malformed_jws'],
      ];
      for (const [jws, code] of cases) {
        const res = await post(app, /** @type {string} */ (jws));
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.json().error, code);
        assert.ok(res.json().message.length > 10);
      }
      assert.equal((await getReceipt(payload.jti)).statusCode, 404);
    });

    test('schema violations and mismatched ids are rejected with 422', async () => {
      const visitor = await makeVisitor();
      const base = receiptPayload({ visitorId: visitor.id, iss: SELF });
      const { piiControllers, ...noControllers } = base;
      const cases = [
        [noControllers, 'schema_violation', /piiControllers/],
        [{ ...base, consentTimestamp: 'yesterday' }, 'schema_violation', /consentTimestamp/],
        [{ ...base, jti: 'c1befd3e-b7e5-4ea6-8688-e9a565aade21' }, 'id_mismatch', /jti/],
        [{ ...base, sub: 'someone-else' }, 'subject_mismatch', /sub/],
        [{ ...base, consent: undefined }, 'schema_violation', /consent/],
      ];
      for (const [payload, code, message] of cases) {
        const res = await post(app, await signReceipt(visitor, /** @type {object} */ (payload)));
        assert.equal(res.statusCode, 422, res.body);
        assert.equal(res.json().error, code);
        assert.match(res.json().message, /** @type {RegExp} */ (message));
      }
      assert.equal((await getReceipt(base.jti)).statusCode, 404);
    });

    test('unknown origins are refused, in the receipt and in the Origin header; CORS only for allowed ones', async () => {
      const evil = await makeReceipt({ iss: 'https://evil.example' });
      const res = await post(app, evil.jws);
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error, 'origin_not_allowed');
      const good = await makeReceipt({ iss: SELF });
      const fromEvil = await post(app, good.jws, { origin: 'https://evil.example' });
      assert.equal(fromEvil.statusCode, 403);
      assert.equal(fromEvil.headers['access-control-allow-origin'], undefined);
      assert.equal((await getReceipt(evil.payload.jti)).statusCode, 404);
      assert.equal((await getReceipt(good.payload.jti)).statusCode, 404);

      const preflight = (/** @type {string} */ origin) => app.inject({
        method: 'OPTIONS', url: '/v1/receipts',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal((await preflight(SHOP)).headers['access-control-allow-origin'], SHOP);
      assert.equal((await preflight('https://evil.example')).headers['access-control-allow-origin'], undefined);
    });

    test('bodies over 16 KiB get a 413 JSON error; other media types a 415', async () => {
      const big = 'A'.repeat(16 * 1024 + 1);
      for (const res of [await post(app, `${big}.${big}.${big}`), await app.inject({ method: 'POST', url: '/v1/receipts', payload: { jws: big } })]) {
        assert.equal(res.statusCode, 413);
        assert.equal(res.json().error, 'payload_too_large');
      }
      const xml = await app.inject({ method: 'POST', url: '/v1/receipts', headers: { 'content-type': 'application/xml' }, payload: '<r/>' });
      assert.equal(xml.statusCode, 415);
      assert.equal(xml.json().error, 'unsupported_media_type');
      const broken = await app.inject({ method: 'POST', url: '/v1/receipts', headers: { 'content-type': 'application/json' }, payload: '{"jws":' });
      assert.equal(broken.statusCode, 400);
      assert.equal(broken.json().error, 'invalid_body');
    });

    test('GET by id validates the id', async () => {
      assert.equal((await getReceipt('not-a-uuid')).statusCode, 400);
      assert.equal((await getReceipt('not-a-uuid')).json().error, 'invalid_id');
      const missing = await getReceipt('0b7e8a52-4f59-4d0e-9d7a-0e3b1c2d3e4f');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error, 'not_found');
    });

    test('export needs the bearer token and streams NDJSON oldest first, from since', async () => {
      const noAuth = await app.inject({ method: 'GET', url: '/v1/export' });
      assert.equal(noAuth.statusCode, 401);
      assert.equal(noAuth.headers['www-authenticate'], 'Bearer');
      const wrong = await app.inject({ method: 'GET', url: '/v1/export', headers: { authorization: 'Bearer nope' } });
      assert.equal(wrong.statusCode, 403);
      assert.equal(wrong.json().error, 'forbidden');
      const badSince = await app.inject({ method: 'GET', url: '/v1/export?since=last-week', headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(badSince.statusCode, 400);

      const ids = [];
      for (let i = 0; i < 3; i++) {
        const r = await makeReceipt({ iss: SELF });
        ids.push((await post(app, r.jws)).json());
        await new Promise((ok) => setTimeout(ok, 5));
      }
      const all = await exportLines();
      const positions = ids.map((a) => all.findIndex((r) => r.id === a.id));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'oldest first');
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].receivedAt <= all[i].receivedAt);
      assert.deepEqual(Object.keys(all[0]).sort(), ['id', 'jws', 'receivedAt', 'serverJws']);
      const since = await exportLines(ids[1].receivedAt);
      assert.deepEqual(since.map((r) => r.id), [ids[1].id, ids[2].id]);
    });

    test('export is disabled without a configured token', async () => {
      const bare = await buildApp({ storage, keys, serviceOrigin: SELF });
      const res = await bare.inject({ method: 'GET', url: '/v1/export', headers: { authorization: 'Bearer x' } });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error, 'export_disabled');
      await bare.close();
    });

    test('per-IP rate limit answers 429 JSON', async () => {
      const limited = await buildApp({ storage, keys, serviceOrigin: SELF, rateLimit: { max: 3, timeWindow: 60_000 } });
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await post(limited, 'garbage')).statusCode);
      assert.deepEqual(codes, [400, 400, 400, 429, 429]);
      const res = await post(limited, 'garbage');
      assert.equal(res.json().error, 'rate_limited');
      await limited.close();
    });

    test('healthz reports the storage; rows survive a restart of app and storage', async () => {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.equal(health.json().status, 'ok');
      const { jws, payload } = await makeReceipt({ iss: SELF });
      const answer = (await post(app, jws)).json();
      const before = (await exportLines()).length;
      await stop();
      await start();
      const again = await getReceipt(payload.jti);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), { ...answer, jws });
      assert.equal((await exportLines()).length, before);
      assert.deepEqual((await post(app, jws)).json(), answer);
    });

    test('storage export pages through more than one page in receivedAt order, from since', async () => {
      const base = Date.parse('2001-02-03T04:05:06.000Z');
      const rows = Array.from({ length: 1203 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        jws: `h.p${i}.s`, serverJws: `h.c${i}.s`, receiptHash: `hash${i}`,
        receivedAt: new Date(base + Math.floor(i / 2) * 1000).toISOString(), // pairs share a timestamp
      }));
      const shuffled = rows.map((r, i) => rows[(i * 7919) % rows.length]);
      assert.equal(new Set(shuffled).size, rows.length);
      for (let i = 0; i < shuffled.length; i += 100) {
        const results = await Promise.all(shuffled.slice(i, i + 100).map((r) => storage.insert(/** @type {any} */ (r))));
        assert.ok(results.every((r) => r.status === 'created'));
      }
      const seen = [];
      for await (const r of storage.exportSince(new Date(base))) if (r.receivedAt < '2002') seen.push(r);
      assert.equal(seen.length, rows.length);
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1].receivedAt <= seen[i].receivedAt);
      assert.equal(new Set(seen.map((r) => r.id)).size, rows.length);
      const from = new Date(base + 400_000);
      let count = 0;
      for await (const r of storage.exportSince(from)) if (r.receivedAt < '2002') count++;
      assert.equal(count, rows.length - 800);
    });

    test('healthz answers 503 when the storage is gone', async () => {
      const other = await factory.open();
      const probe = await buildApp({ storage: other, keys, serviceOrigin: SELF });
      await other.close();
      const res = await probe.inject({ method: 'GET', url: '/healthz' });
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().error, 'storage_unavailable');
      await probe.close();
    });
  });
}
