import { createHash, createPublicKey, verify as verifyBytes } from 'node:crypto';
import { schemaProblems } from './schema.js';

export const RECEIPT_TYP = 'consent-receipt+jwt';
export const MAX_RECEIPT_BYTES = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** Deepest nesting of objects and arrays a payload may have (the browser's is 5). */
export const MAX_DEPTH = 16;
/** 2020-01-01T00:00:00Z: no receipt of this format is older. */
export const MIN_IAT = 1_577_836_800;
/** How far in the future a visitor's clock may be: 5 minutes. */
export const CLOCK_SKEW_S = 300;
/**
 * Characters a payload string may not contain: C0 controls but tab, line feed and carriage
 * return; DEL and the C1 controls; the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E,
 * U+2066–U+2069) that reorder what an auditor reads; and lone surrogates (checked apart).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

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

/** RFC 7638 thumbprint of a public P-256 JWK (base64url SHA-256 of its canonical members). */
export function jwkThumbprint(/** @type {{ crv: string, kty: string, x: string, y: string }} */ jwk) {
  return createHash('sha256').update(`{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`).digest('base64url');
}

/**
 * Imported visitor keys with their thumbprints, by "x.y": a returning visitor's key is parsed
 * and hashed once.
 * @type {Map<string, { key: import('node:crypto').KeyObject, thumbprint: string }>}
 */
const keyCache = new Map();
/** @param {string} x @param {string} y */
function visitorKey(x, y) {
  const name = `${x}.${y}`;
  let entry = keyCache.get(name);
  if (!entry) {
    const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x, y }, format: 'jwk' });
    entry = { key, thumbprint: jwkThumbprint({ crv: 'P-256', kty: 'EC', x, y }) };
    if (keyCache.size >= 10_000) keyCache.delete(/** @type {string} */ (keyCache.keys().next().value));
    keyCache.set(name, entry);
  }
  return entry;
}

/**
 * ES256 verification on libuv's thread pool (node:crypto's callback form), so the event loop
 * goes on parsing and answering other requests meanwhile.
 * @param {Buffer} data @param {import('node:crypto').KeyObject} key @param {Buffer} signature
 * @returns {Promise<boolean>}
 */
function verifyOffThread(data, key, signature) {
  return new Promise((resolve, reject) => {
    verifyBytes('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature, (err, ok) => (err ? reject(err) : resolve(ok)));
  });
}

/**
 * The first problem with a payload's shape, or null: nesting deeper than MAX_DEPTH, or a
 * string (value or member name) with an unsafe character or a lone surrogate.
 * @param {unknown} value @returns {string | null}
 */
export function unsafeContent(value) {
  return isPlainSafe(value, 1) ? null : describeUnsafe(value);
}

/** The fast check (no paths built); `describeUnsafe` says where, once something is wrong. */
function isPlainSafe(/** @type {unknown} */ v, /** @type {number} */ depth) {
  if (typeof v === 'string') return v.isWellFormed() && !UNSAFE_CHAR.test(v);
  if (v === null || typeof v !== 'object') return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) {
    for (const child of v) if (!isPlainSafe(child, depth + 1)) return false;
    return true;
  }
  for (const k in v) {
    if (!k.isWellFormed() || UNSAFE_CHAR.test(k) || !isPlainSafe(/** @type {any} */ (v)[k], depth + 1)) return false;
  }
  return true;
}

/** @param {unknown} value @returns {string | null} */
function describeUnsafe(value) {
  /** @type {Array<[unknown, number, string]>} */
  const stack = [[value, 1, '']];
  while (stack.length > 0) {
    const [v, depth, path] = /** @type {[unknown, number, string]} */ (stack.pop());
    if (typeof v === 'string') {
      if (!v.isWellFormed()) return `${path || 'a string'} contains a lone surrogate`;
      const bad = UNSAFE_CHAR.exec(v);
      if (bad) return `${path || 'a string'} contains the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    } else if (v !== null && typeof v === 'object') {
      if (depth > MAX_DEPTH) return `the payload is nested deeper than ${MAX_DEPTH} levels`;
      for (const [k, child] of Object.entries(v)) {
        const at = Array.isArray(v) ? `${path}[${k}]` : `${path}${path ? '.' : ''}${k.slice(0, 40)}`;
        if (!Array.isArray(v)) stack.push([k, depth, `the member name ${JSON.stringify(k.slice(0, 40))}`]);
        stack.push([child, depth + 1, at]);
      }
    }
  }
  return null;
}

/**
 * Checks everything that can be checked without knowing the site: compact form, header,
 * signature with the embedded visitor key, Kantara schema, the cross-field rules, the time
 * (`iat` not before 2020 and, when `now` is given, not in the future beyond 5 minutes) and
 * the payload's shape (depth, characters).
 * @param {unknown} jws
 * @param {{ now?: number | null }} [options] now in milliseconds; null skips the future check
 * @returns {Promise<{ header: Record<string, any>, payload: Record<string, any>, thumbprint: string }>}
 */
export async function verifyReceipt(jws, { now = Date.now() } = {}) {
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
    header = JSON.parse(Buffer.from(jws.slice(0, jws.indexOf('.')), 'base64url').toString('utf8'));
    if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new Error('not an object');
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
  if (header.crit !== undefined || header.b64 !== undefined) {
    throw new ReceiptError(400, 'unsupported_header', 'The JWS header may not use "crit" or "b64".');
  }
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(jwk.x) || !/^[A-Za-z0-9_-]{43}$/.test(jwk.y)) {
    throw new ReceiptError(400, 'invalid_key', 'The header jwk must have base64url "x" and "y" of 32 bytes each.');
  }
  const [h, p, sig] = /** @type {[string, string, string]} */ (jws.split('.'));
  const signature = Buffer.from(sig, 'base64url');
  let valid = false;
  let thumbprint = '';
  if (signature.length === 64) {
    try {
      const visitor = visitorKey(jwk.x, jwk.y);
      thumbprint = visitor.thumbprint;
      valid = await verifyOffThread(Buffer.from(`${h}.${p}`), visitor.key, signature);
    } catch (err) {
      throw new ReceiptError(400, 'invalid_key', `The header jwk is not a valid P-256 public key (${errorName(err)}).`);
    }
  }
  if (!valid) throw new ReceiptError(400, 'bad_signature', 'The receipt signature does not verify with its embedded key.');
  const payloadBytes = Buffer.from(p, 'base64url');
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
  const unsafe = unsafeContent(payload);
  if (unsafe) throw new ReceiptError(422, 'unsafe_content', `The receipt payload is refused: ${unsafe}.`);
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
  if (payload.iat < MIN_IAT) {
    throw new ReceiptError(422, 'invalid_iat', `iat ${payload.iat} is before 2020: not a receipt of this format.`);
  }
  if (now !== null && payload.iat > Math.floor(now / 1000) + CLOCK_SKEW_S) {
    throw new ReceiptError(422, 'invalid_iat', `iat ${payload.iat} is in the future (more than ${CLOCK_SKEW_S} s ahead of the service's clock).`);
  }
  return { header, payload, thumbprint };
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
