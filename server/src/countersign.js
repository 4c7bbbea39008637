import { createPrivateKey, sign } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { receiptHash } from './receipt.js';

export const COUNTERSIGNATURE_TYP = 'consent-receipt-countersignature+jwt';

/**
 * @param {import('./keys.js').KeyRing} keys
 * @param {{ iss: string, jws: string, jti: string, receivedAt: string, leafIndex?: number }} input
 * @returns {Promise<string>} the countersignature JWS
 */
export function countersign(keys, { iss, jws, jti, receivedAt, leafIndex }) {
  const iat = Math.floor(Date.parse(receivedAt) / 1000);
  return keys.sign({ iss, iat, jti, receiptHash: receiptHash(jws), receivedAt, ...(leafIndex === undefined ? {} : { leafIndex }) }, COUNTERSIGNATURE_TYP);
}

/**
 * Verifies a countersignature against a JWKS and checks that it covers this exact receipt.
 * @param {string} serverJws
 * @param {{ keys: object[] }} jwks
 * @param {string} receiptJws
 * @returns {Promise<{ kid: string, payload: Record<string, any> }>}
 */
export async function verifyCountersignature(serverJws, jwks, receiptJws) {
  const keySet = createLocalJWKSet(/** @type {any} */ (jwks));
  const { payload, protectedHeader } = await compactVerify(serverJws, keySet, { algorithms: ['ES256'] });
  if (protectedHeader.typ !== COUNTERSIGNATURE_TYP) {
    throw new Error(`countersignature typ is ${JSON.stringify(protectedHeader.typ)}, expected "${COUNTERSIGNATURE_TYP}"`);
  }
  const claims = JSON.parse(new TextDecoder().decode(payload));
  if (claims.receiptHash !== receiptHash(receiptJws)) {
    throw new Error('countersignature receiptHash does not match this receipt');
  }
  return { kid: /** @type {string} */ (protectedHeader.kid), payload: claims };
}

/**
 * @typedef {{ jwk: { kty: string, crv: string, x: string, y: string, d?: string, kid?: string }, typ: string }} SignerSpec
 *   what a storage needs to countersign inside its own transaction (plain data: it may cross
 *   into a worker thread)
 * @typedef {{ iss: string, jti: string, receiptHash: string }} BaseClaims
 */

/** @param {SignerSpec} spec */
function sealParts({ jwk, typ }) {
  const key = createPrivateKey({ key: /** @type {any} */ ({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d }), format: 'jwk' });
  const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid: jwk.kid, typ })).toString('base64url');
  /** @param {BaseClaims} claims @param {string} receivedAt @param {number | null} leafIndex */
  const input = (claims, receivedAt, leafIndex) => {
    const payload = { iss: claims.iss, iat: Math.floor(Date.parse(receivedAt) / 1000), jti: claims.jti, receiptHash: claims.receiptHash, receivedAt,
      ...(leafIndex === null ? {} : { leafIndex }) };
    return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  };
  return { key, input };
}

/**
 * A synchronous countersigner (node:crypto, ES256): claims in, compact JWS out. `iat` and
 * `receivedAt` come from the time the database gave the batch, `leafIndex` from its order.
 * @param {SignerSpec} spec
 * @returns {(claims: BaseClaims, receivedAt: string, leafIndex: number | null) => string}
 */
export function makeSealer(spec) {
  const { key, input } = sealParts(spec);
  return (claims, receivedAt, leafIndex) => {
    const text = input(claims, receivedAt, leafIndex);
    return `${text}.${sign('sha256', Buffer.from(text), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  };
}

/**
 * The same countersigner, signing on libuv's thread pool (node:crypto's callback form): for a
 * storage that countersigns on the event loop's thread (PostgreSQL), a batch's signatures are
 * made in parallel and off that thread.
 * @param {SignerSpec} spec
 * @returns {(claims: BaseClaims, receivedAt: string, leafIndex: number | null) => Promise<string>}
 */
export function makeAsyncSealer(spec) {
  const { key, input } = sealParts(spec);
  return (claims, receivedAt, leafIndex) => new Promise((resolve, reject) => {
    const text = input(claims, receivedAt, leafIndex);
    sign('sha256', Buffer.from(text), { key, dsaEncoding: 'ieee-p1363' }, (err, signature) => {
      if (err) reject(err);
      else resolve(`${text}.${signature.toString('base64url')}`);
    });
  });
}
