import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createHash, createPrivateKey, createPublicKey, sign as signBytes } from 'node:crypto';
import { join } from 'node:path';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';

/**
 * @typedef {{ kty: string, crv: string, x: string, y: string, d?: string, kid?: string, alg?: string, use?: string }} Jwk
 * @typedef {{ current?: Jwk, retired: Array<Jwk & { retiredAt: string }>, env?: Jwk }} KeyFile
 * @typedef {{
 *   kid: string, jwks(): { keys: Jwk[] }, sign(payload: object, typ: string): Promise<string>,
 *   signNote(text: string): { keyId: Buffer, signature: Buffer },
 *   privateJwk(): Jwk,
 * }} KeyRing
 */

const FILE = 'keys.json';

/** @param {Jwk} jwk */
function publicPart(jwk) {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: jwk.kid, alg: 'ES256', use: 'sig' };
}

/** @param {string} dataDir @returns {KeyFile} */
function readKeyFile(dataDir) {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return { retired: [] };
  const file = JSON.parse(readFileSync(path, 'utf8'));
  return { retired: [], ...file };
}

/** Writes atomically (rename) and owner-only, since the file holds the private key. */
function writeKeyFile(/** @type {string} */ dataDir, /** @type {KeyFile} */ file) {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

/** Creates the data folder if needed and makes it owner-only (0700), whatever the umask. */
export function ensurePrivateDir(/** @type {string} */ dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * The C2SP signed-note key ID of an ECDSA key (signature type 0x02): the first four bytes of
 * the SHA-256 of its DER SubjectPublicKeyInfo.
 * @param {Jwk} jwk
 */
export function noteKeyId(jwk) {
  const spki = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' }).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest().subarray(0, 4);
}

/** @returns {Promise<Jwk>} a new private P-256 JWK with its thumbprint as kid */
async function newKey() {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = /** @type {Jwk} */ (await exportJWK(privateKey));
  return withKid(jwk);
}

/** @param {Jwk} jwk */
async function withKid(jwk) {
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  return { ...jwk, kid, alg: 'ES256' };
}

/** @param {string | undefined} text */
function parseEnvKey(text) {
  let jwk;
  try {
    jwk = JSON.parse(/** @type {string} */ (text));
  } catch {
    throw new Error('SEAL_SIGNING_KEY is not valid JSON: it must be a private P-256 JWK.');
  }
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) {
    throw new Error('SEAL_SIGNING_KEY must be a private EC P-256 JWK (kty "EC", crv "P-256", x, y, d).');
  }
  return /** @type {Jwk} */ (jwk);
}

/**
 * Loads the countersigning key: SEAL_SIGNING_KEY when given, else `keys.json` in the data
 * folder, created on first start. Retired public keys stay published so old
 * countersignatures keep verifying.
 * @param {{ dataDir: string, signingKey?: string }} options
 * @returns {Promise<KeyRing>}
 */
export async function loadKeys({ dataDir, signingKey }) {
  const file = readKeyFile(dataDir);
  /** @type {Jwk} */
  let current;
  if (signingKey) {
    current = await withKid(parseEnvKey(signingKey));
    // Remember the public half of each env key, so replacing the variable keeps the old one published.
    if (file.env?.kid !== current.kid) {
      if (file.env) file.retired.push({ ...file.env, retiredAt: new Date().toISOString() });
      file.env = publicPart(current);
      writeKeyFile(dataDir, file);
    }
  } else {
    if (!file.current) {
      file.current = await newKey();
      writeKeyFile(dataDir, file);
    }
    current = await withKid(file.current);
  }
  const privateKey = await importJWK(current, 'ES256');
  // node:crypto, synchronous: checkpoints are signed notes (DER signatures), not JWS.
  const nodeKey = createPrivateKey({ key: /** @type {any} */ ({ kty: current.kty, crv: current.crv, x: current.x, y: current.y, d: current.d }), format: 'jwk' });
  const keyId = noteKeyId(current);
  const published = [publicPart(current)];
  for (const jwk of [file.current, file.env, ...file.retired]) {
    if (jwk && !published.some((k) => k.kid === jwk.kid)) published.push(publicPart(jwk));
  }
  return {
    kid: /** @type {string} */ (current.kid),
    jwks: () => ({ keys: published.map((k) => ({ ...k })) }),
    async sign(payload, typ) {
      return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'ES256', kid: current.kid, typ })
        .sign(privateKey);
    },
    privateJwk: () => ({ kty: current.kty, crv: current.crv, x: current.x, y: current.y, d: current.d, kid: current.kid }),
    signNote(text) {
      return { keyId, signature: signBytes('sha256', Buffer.from(text, 'utf8'), { key: nodeKey, dsaEncoding: 'der' }) };
    },
  };
}

/**
 * Replaces the file-managed key with a new one; the old public key moves to `retired`.
 * @param {{ dataDir: string }} options
 * @returns {Promise<{ oldKid: string | null, newKid: string }>}
 */
export async function rotateKey({ dataDir }) {
  const file = readKeyFile(dataDir);
  const old = file.current ? await withKid(file.current) : null;
  if (old) file.retired.push({ ...publicPart(old), retiredAt: new Date().toISOString() });
  file.current = await newKey();
  writeKeyFile(dataDir, file);
  return { oldKid: old?.kid ?? null, newKid: /** @type {string} */ (file.current.kid) };
}
