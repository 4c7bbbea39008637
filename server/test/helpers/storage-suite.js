import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compactVerify, createLocalJWKSet, EmbeddedJWK } from 'jose';
import { buildApp } from '../../src/app.js';
import { loadKeys } from '../../src/keys.js';
import { receiptLeafHash, verifyCheckpoint } from '../../src/log/log.js';
import { verifyConsistency, verifyInclusion } from '../../src/log/merkle.js';
import { jwsClaims, makeReceipt, makeVisitor, receiptPayload, signReceipt, storageEntry } from './make-receipt.js';

export const SELF = 'http://localhost:8787';
/** @param {string} jws */
const decodeJwtPayload = (jws) => JSON.parse(Buffer.from(/** @type {string} */ (jws.split('.')[1]), 'base64url').toString('utf8'));
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
      assert.deepEqual(Object.keys(all[0]).sort(), ['id', 'jws', 'leafIndex', 'receivedAt', 'serverJws']);
      const since = await exportLines(ids[1].receivedAt);
      assert.deepEqual(since.map((r) => r.id), [ids[1].id, ids[2].id]);
    });

    test('log: signed checkpoints, inclusion proofs by receipt id, consistency proofs between sizes', async () => {
      const jwks = (await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
      const checkpoint = async () => {
        const res = await app.inject({ method: 'GET', url: '/v1/log/checkpoint' });
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^text\/plain/);
        assert.match(res.body, /^localhost:8787\/cookie-seal-receipts\n\d+\n[A-Za-z0-9+/]{43}=\ntime \S+\n\n\u2014 localhost:8787\/cookie-seal-receipts \S+\n$/);
        return { text: res.body, ...verifyCheckpoint(res.body, jwks) };
      };
      const first = await checkpoint();
      const posted = [];
      for (let i = 0; i < 5; i++) posted.push((await post(app, (await makeReceipt({ iss: SELF })).jws)).json());
      const second = await checkpoint();
      assert.equal(second.size, first.size + 5);
      assert.deepEqual(posted.map((p) => p.leafIndex), [0, 1, 2, 3, 4].map((i) => first.size + i));

      const cons = await app.inject({ method: 'GET', url: `/v1/log/consistency?from=${first.size}&to=${second.size}` });
      assert.equal(cons.statusCode, 200, cons.body);
      const c = cons.json();
      assert.equal(c.fromRoot, first.root.toString('base64'));
      assert.equal(c.toRoot, second.root.toString('base64'));
      const proof = c.proof.map((/** @type {string} */ h) => Buffer.from(h, 'base64'));
      assert.equal(verifyConsistency({ size1: first.size, size2: second.size, root1: first.root, root2: second.root, proof }), true);

      for (const p of posted) {
        const res = await app.inject({ method: 'GET', url: `/v1/receipts/${p.id}/proof` });
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        const claims = decodeJwtPayload(p.serverJws);
        assert.equal(claims.leafIndex, p.leafIndex, 'the countersignature carries the leaf index');
        const leaf = receiptLeafHash({ id: claims.jti, receivedAt: claims.receivedAt, receiptHash: claims.receiptHash });
        assert.equal(body.leafHash, leaf.toString('base64'));
        const cp = verifyCheckpoint(body.checkpoint, jwks);
        assert.equal(cp.size, body.treeSize);
        const path = body.proof.map((/** @type {string} */ h) => Buffer.from(h, 'base64'));
        assert.equal(verifyInclusion({ index: p.leafIndex, size: cp.size, leaf, proof: path, root: cp.root }), true);
        assert.equal(verifyInclusion({ index: p.leafIndex, size: cp.size, leaf: Buffer.alloc(32), proof: path, root: cp.root }), false);
        // Against an older tree size too.
        const old = (await app.inject({ method: 'GET', url: `/v1/receipts/${p.id}/proof?treeSize=${second.size}` })).json();
        assert.equal(verifyInclusion({ index: p.leafIndex, size: second.size, leaf, proof: old.proof.map((/** @type {string} */ h) => Buffer.from(h, 'base64')), root: second.root }), true);
      }
      for (const url of ['/v1/log/consistency?from=5&to=1', '/v1/log/consistency?from=x', '/v1/log/consistency', `/v1/receipts/${posted[4].id}/proof?treeSize=${posted[4].leafIndex}`, '/v1/log/consistency?from=0&to=99999999']) {
        const res = await app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 400, url);
        assert.equal(res.json().error, 'invalid_size');
      }
      const tampered = second.text.replace(/\n\d+\n/, `\n${second.size + 1}\n`);
      assert.throws(() => verifyCheckpoint(tampered, jwks), /does not verify/);
    });

    test("Origin: a browser's Origin must be allowed and equal the receipt issuer; opaque origins are refused", async () => {
      const mine = await makeReceipt({ iss: SELF });
      const cases = [[SHOP, 'origin_mismatch'], ['null', 'origin_not_allowed'], ['https://evil.example', 'origin_not_allowed']];
      for (const [origin, code] of cases) {
        const res = await post(app, mine.jws, { origin: /** @type {string} */ (origin) });
        assert.equal(res.statusCode, 403, origin);
        assert.equal(res.json().error, code);
      }
      assert.equal((await getReceipt(mine.payload.jti)).statusCode, 404);
      assert.equal((await post(app, mine.jws, { origin: SELF })).statusCode, 201);
    });

    test('a public service refuses loopback issuers even when configured', async () => {
      const pub = await buildApp({ storage, keys, serviceOrigin: 'https://consent.example', allowedOrigins: ['http://localhost:3000', SHOP] });
      const res = await post(pub, (await makeReceipt({ iss: 'http://localhost:3000' })).jws);
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error, 'origin_not_allowed');
      assert.equal((await post(pub, (await makeReceipt({ iss: SHOP })).jws)).statusCode, 201);
      const headers = (await pub.inject({ method: 'GET', url: '/healthz' })).headers;
      assert.equal(headers['strict-transport-security'], 'max-age=31536000');
      await pub.close();
    });

    test('iat: not before 2020, not more than 5 minutes ahead', async () => {
      const visitor = await makeVisitor();
      const now = Math.floor(Date.now() / 1000);
      for (const iat of [now + 3600, 9_999_999_999, 1_500_000_000]) {
        const payload = { ...receiptPayload({ visitorId: visitor.id, iss: SELF }), iat };
        const res = await post(app, await signReceipt(visitor, payload));
        assert.equal(res.statusCode, 422, String(iat));
        assert.equal(res.json().error, 'invalid_iat');
      }
      const skewed = { ...receiptPayload({ visitorId: visitor.id, iss: SELF }), iat: now + 120 };
      assert.equal((await post(app, await signReceipt(visitor, skewed))).statusCode, 201);
    });

    test('payload rules: depth limit; NUL, C1 and bidi controls and lone surrogates are refused', async () => {
      const visitor = await makeVisitor();
      let deep = /** @type {any} */ ('x');
      for (let i = 0; i < 3000; i++) deep = [deep];
      const base = () => receiptPayload({ visitorId: visitor.id, iss: SELF });
      const cases = [
        { ...base(), extra: deep },
        { ...base(), collectionMethod: 'banner\u0000' },
        { ...base(), collectionMethod: 'banner\u009b31m' },
        { ...base(), collectionMethod: 'txt.\u202eexe' },
        { ...base(), collectionMethod: 'half \ud800 pair' },
        { ...base(), extra: { 'key\u2066': 1 } },
      ];
      for (const payload of cases) {
        const res = await post(app, await signReceipt(visitor, payload));
        assert.equal(res.statusCode, 422, res.body);
        assert.equal(res.json().error, 'unsafe_content');
        assert.equal((await getReceipt(payload.jti)).statusCode, 404);
      }
    });

    test('wrong methods get 405 with Allow; API responses carry security headers', async () => {
      const cases = [['PUT', '/v1/receipts', 'POST'], ['GET', '/v1/receipts', 'POST'], ['DELETE', '/v1/receipts/0b7e8a52-4f59-4d0e-9d7a-0e3b1c2d3e4f', 'GET, HEAD'],
        ['POST', '/v1/export', 'GET, HEAD'], ['POST', '/v1/log/checkpoint', 'GET, HEAD'], ['PATCH', '/healthz', 'GET, HEAD']];
      for (const [method, url, allow] of cases) {
        const res = await app.inject({ method: /** @type {any} */ (method), url: /** @type {string} */ (url) });
        assert.equal(res.statusCode, 405, `${method} ${url}`);
        assert.equal(res.headers.allow, allow);
        assert.equal(res.json().error, 'method_not_allowed');
      }
      assert.equal((await app.inject({ method: 'GET', url: '/v1/nothing' })).statusCode, 404);
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    test('since must be a date that exists; the export token is rate-limited even with limits off', async () => {
      for (const since of ['2026-02-31', '2025-02-29', '2026-13-01', '2026-01-01T24:00:00Z']) {
        const res = await app.inject({ method: 'GET', url: `/v1/export?since=${since}`, headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(res.statusCode, 400, since);
        assert.equal(res.json().error, 'invalid_since');
      }
      const guarded = await buildApp({ storage, keys, serviceOrigin: SELF, exportToken: TOKEN, rateLimit: { max: 0 }, exportRateLimit: { max: 5, timeWindow: 60_000 } });
      const codes = [];
      for (let i = 0; i < 8; i++) codes.push((await guarded.inject({ method: 'GET', url: '/v1/export', headers: { authorization: `Bearer guess-${i}` } })).statusCode);
      assert.deepEqual(codes, [403, 403, 403, 403, 403, 429, 429, 429]);
      await guarded.close();
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

    test('storage: the database numbers leaves without gaps across batches; export pages in leaf order, from since', async () => {
      const before = [];
      for await (const r of storage.exportSince(null)) before.push(r);
      const first = before.length;
      const entries = Array.from({ length: 1203 }, (_, i) => storageEntry(i, { sub: `visitor-${i % 7}`, keyThumbprint: `key-${i % 7}` }));
      for (let i = 0; i < entries.length; i += 100) {
        const results = await Promise.all(entries.slice(i, i + 100).map((e) => storage.insert(e)));
        assert.ok(results.every((r) => r.status === 'created'), JSON.stringify(results.find((r) => r.status !== 'created')));
      }
      // One visitor, one key: visitor-3 is pinned to key-3.
      const stolen = await storage.insert(storageEntry(99_999, { sub: 'visitor-3' }));
      assert.equal(stolen.status, 'key_conflict');
      const seen = [];
      for await (const r of storage.exportSince(null)) seen.push(r);
      assert.equal(seen.length, first + entries.length);
      seen.forEach((r, i) => {
        assert.equal(r.leafIndex, i, `row ${i}`);
        const claims = jwsClaims(r.serverJws);
        assert.equal(claims.leafIndex, i, 'countersigned with its own leaf index');
        assert.equal(claims.receivedAt, r.receivedAt, 'and its time');
      });
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1].receivedAt <= seen[i].receivedAt);
      const leaves = await storage.leaves(first + 1000, 500);
      assert.deepEqual(leaves.map((l) => l.leafIndex), Array.from({ length: 203 }, (_, i) => first + 1000 + i));
      const cut = /** @type {any} */ (seen[first + 600]).receivedAt;
      let count = 0;
      for await (const r of storage.exportSince(new Date(cut))) { assert.ok(r.receivedAt >= cut); count++; }
      assert.equal(count, seen.filter((r) => r.receivedAt >= cut).length);
    });

    test('healthz answers 503 when the storage is gone', async () => {
      const other = await factory.open();
      const probe = await buildApp({ storage: other, keys, serviceOrigin: SELF });
      await other.close();
      const res = await probe.inject({ method: 'GET', url: '/healthz' });
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().error, 'storage_unavailable');
      assert.equal(res.json().message, 'The storage does not answer.', 'no driver internals');
      await probe.close();
    });
  });
}
