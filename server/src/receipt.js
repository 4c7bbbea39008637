import { createHash } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { schemaProblems } from './schema.js';

export const RECEIPT_TYP = 'consent-receipt+jwt';
export const MAX_RECEIPT_BYTES = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** A rejected receipt: `code` is the stable machine-readable reason sent to clients. */
export class ReceiptError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** @param {string} jws @returns {string} base64url SHA-256 of the JWS string, as countersigned */
export function receiptHash(jws) {
  return createHash('sha256').update(jws, 'utf8').digest('base64url');
}

/**
 * Checks everything that can be checked without knowing the site: compact form, header,
 * signature with the embedded visitor key, Kantara schema and the cross-field rules.
 * @param {unknown} jws
 * @returns {Promise<{ header: Record<string, any>, payload: Record<string, any> }>}
 */
export async function verifyReceipt(jws) {
  if (typeof jws !== 'string' || jws.length === 0) {
    throw new ReceiptError(400, 'invalid_body', 'Send the receipt JWS as application/jose text or as JSON {"jws": "..."}.');
  }
  if (Buffer.byteLength(jws) > MAX_RECEIPT_BYTES) {
    throw new ReceiptError(413, 'payload_too_large', `A receipt may not exceed ${MAX_RECEIPT_BYTES} bytes.`);
  }
  if (!COMPACT_JWS.test(jws)) {
    throw new ReceiptError(400, 'malformed_jws', 'The receipt is not a JWS compact serialisation (three base64url parts).');
  }
  /** @type {Record<string, any>} */
  let header;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new ReceiptError(400, 'malformed_jws', 'The JWS protected header is not valid base64url JSON.');
  }
  if (header.alg !== 'ES256') {
    throw new ReceiptError(400, 'unsupported_alg', `Receipts must be signed with ES256, not ${JSON.stringify(header.alg)}.`);
  }
  if (header.typ !== RECEIPT_TYP) {
    throw new ReceiptError(400, 'wrong_type', `The JWS header typ must be "${RECEIPT_TYP}".`);
  }
  const jwk = header.jwk;
  if (!jwk || typeof jwk !== 'object' || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || 'd' in jwk) {
    throw new ReceiptError(400, 'invalid_key', 'The JWS header must carry the public P-256 key as "jwk".');
  }
  let payloadBytes;
  try {
    const key = await importJWK({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, 'ES256');
    ({ payload: payloadBytes } = await compactVerify(jws, key, { algorithms: ['ES256'] }));
  } catch (err) {
    throw new ReceiptError(400, 'bad_signature', `The receipt signature does not verify with its embedded key (${errorName(err)}).`);
  }
  /** @type {any} */
  let payload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    throw new ReceiptError(400, 'invalid_payload', 'The receipt payload is not UTF-8 JSON.');
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ReceiptError(400, 'invalid_payload', 'The receipt payload must be a JSON object.');
  }
  const problems = schemaProblems(payload);
  if (problems.length > 0) {
    throw new ReceiptError(422, 'schema_violation', `The receipt is not a valid consent receipt: ${problems.join('; ')}`);
  }
  if (payload.jti !== payload.consentReceiptID) {
    throw new ReceiptError(422, 'id_mismatch', 'jti must equal consentReceiptID.');
  }
  if (payload.sub !== payload.piiPrincipalId) {
    throw new ReceiptError(422, 'subject_mismatch', 'sub must equal piiPrincipalId.');
  }
  return { header, payload };
}

/** @param {string} iss @returns {string | null} the origin of the issuer URL, or null */
export function issuerOrigin(iss) {
  try {
    const url = new URL(iss);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** @param {unknown} err */
function errorName(err) {
  return err && typeof err === 'object' && 'code' in err ? String(err.code) : 'invalid';
}
