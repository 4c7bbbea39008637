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
