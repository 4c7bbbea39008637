import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { countersign, verifyCountersignature } from '../src/countersign.js';
import { loadKeys, rotateKey } from '../src/keys.js';
import { makeReceipt } from './helpers/make-receipt.js';

const dirs = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'seal-keys-'));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** @param {import('../src/keys.js').KeyRing} keys @param {string} jws */
const sign = (keys, jws) => countersign(keys, { iss: 'http://localhost:8787', jws, jti: 'x', receivedAt: new Date().toISOString() });

test('a generated key is written owner-only and reused on the next start', async () => {
  const dataDir = tempDir();
  const first = await loadKeys({ dataDir });
  const file = join(dataDir, 'keys.json');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const second = await loadKeys({ dataDir });
  assert.equal(second.kid, first.kid);
  const [pub] = first.jwks().keys;
  assert.equal(first.kid, await calculateJwkThumbprint(/** @type {any} */ (pub)));
  assert.equal('d' in /** @type {any} */ (pub), false, 'the JWKS never carries the private part');
  assert.ok(readFileSync(file, 'utf8').includes('"d"'));
});

test('rotation publishes the retired key, so old countersignatures still verify', async () => {
  const dataDir = tempDir();
  const old = await loadKeys({ dataDir });
  const { jws } = await makeReceipt({ iss: 'http://localhost:8787' });
  const oldServerJws = await sign(old, jws);
  const { oldKid, newKid } = await rotateKey({ dataDir });
  assert.equal(oldKid, old.kid);
  const fresh = await loadKeys({ dataDir });
  assert.equal(fresh.kid, newKid);
  assert.notEqual(fresh.kid, old.kid);
  assert.deepEqual(fresh.jwks().keys.map((k) => k.kid), [newKid, oldKid]);
  assert.equal((await verifyCountersignature(oldServerJws, fresh.jwks(), jws)).kid, oldKid);
  assert.equal((await verifyCountersignature(await sign(fresh, jws), fresh.jwks(), jws)).kid, newKid);
  // A countersignature does not cover a different receipt.
  const other = await makeReceipt({ iss: 'http://localhost:8787' });
  await assert.rejects(verifyCountersignature(oldServerJws, fresh.jwks(), other.jws), /receiptHash/);
});

test('SEAL_SIGNING_KEY is used as given; replacing it keeps the previous public key published', async () => {
  const dataDir = tempDir();
  const envKey = async () => JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey));
  const a = await loadKeys({ dataDir, signingKey: await envKey() });
  const b = await loadKeys({ dataDir, signingKey: await envKey() });
  assert.notEqual(a.kid, b.kid);
  assert.deepEqual(b.jwks().keys.map((k) => k.kid).sort(), [a.kid, b.kid].sort());
  await assert.rejects(loadKeys({ dataDir, signingKey: '{not json' }), /SEAL_SIGNING_KEY is not valid JSON/);
  await assert.rejects(loadKeys({ dataDir, signingKey: '{"kty":"RSA"}' }), /private EC P-256 JWK/);
});
