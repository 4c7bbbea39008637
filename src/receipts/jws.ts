/**
 * JWS compact serialisation with ES256 (RFC 7515/7518) on WebCrypto.
 * WebCrypto's ECDSA output is already the raw r‖s form JWS requires, so no
 * DER conversion is needed in either direction.
 */
import { base64urlToBytes, bytesToBase64url, fromUtf8, jsonToBase64url, utf8 } from './base64url.js';

export { sha256b64url, bytesToBase64url, base64urlToBytes } from './base64url.js';

export interface JwsHeader {
  alg: string;
  typ?: string;
  kid?: string;
  jwk?: JsonWebKey;
  [key: string]: unknown;
}

export interface DecodedJws {
  header: JwsHeader;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Uint8Array<ArrayBuffer>;
}

/** A JWKS object or the URL of one (fetched without credentials). */
export type JwksInput = { keys: Array<JsonWebKey & { kid?: string }> } | string;

const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Signs `payload` with an ECDSA P-256 private key; `header` gets `alg: ES256` added. */
export async function signJws(payload: Record<string, unknown>, privateKey: CryptoKey, header: Omit<JwsHeader, 'alg'>): Promise<string> {
  const signingInput = `${jsonToBase64url({ alg: 'ES256', ...header })}.${jsonToBase64url(payload)}`;
  const signature = await crypto.subtle.sign(ECDSA_SHA256, privateKey, utf8(signingInput));
  return `${signingInput}.${bytesToBase64url(new Uint8Array(signature))}`;
}

/** Splits and parses a compact JWS; null when it is not one. Does not check the signature. */
export function decodeJws(jws: unknown): DecodedJws | null {
  if (typeof jws !== 'string') return null;
  const parts = jws.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(fromUtf8(base64urlToBytes(parts[0])));
    const payload = JSON.parse(fromUtf8(base64urlToBytes(parts[1])));
    if (!isObject(header) || !isObject(payload) || typeof header.alg !== 'string') return null;
    return { header: header as JwsHeader, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: base64urlToBytes(parts[2]) };
  } catch {
    return null;
  }
}

/**
 * Checks an ES256 JWS. Without `jwks` the key is the `jwk` embedded in the
 * header (a device-signed receipt); with a JWKS the key is picked by `kid`
 * (a server countersignature). Never throws: malformed input is `false`.
 */
export async function verifyJws(jws: unknown, jwks?: JwksInput): Promise<boolean> {
  try {
    const decoded = decodeJws(jws);
    // `crit` would name extensions we do not understand; RFC 7515 says reject.
    if (!decoded || decoded.header.alg !== 'ES256' || 'crit' in decoded.header) return false;
    if (decoded.signature.length !== 64) return false;
    const candidates = jwks === undefined ? [decoded.header.jwk] : await keysFor(decoded.header.kid, jwks);
    for (const jwk of candidates) {
      const key = await importPublicKey(jwk);
      if (key && (await crypto.subtle.verify(ECDSA_SHA256, key, decoded.signature, utf8(decoded.signingInput)))) return true;
    }
    return false;
  } catch {
    return false;
  }
}

async function keysFor(kid: unknown, jwks: JwksInput): Promise<unknown[]> {
  const set: unknown = typeof jwks === 'string' ? await (await fetch(jwks, { credentials: 'omit' })).json() : jwks;
  const keys = isObject(set) && Array.isArray(set.keys) ? set.keys : [];
  // A header without `kid` may still match a one-key set; with a `kid` only that key counts.
  return kid === undefined ? keys : keys.filter((k) => isObject(k) && k.kid === kid);
}

/** Imports only the public EC P-256 coordinates, ignoring `d`, `key_ops` and the like. */
async function importPublicKey(jwk: unknown): Promise<CryptoKey | null> {
  if (!isObject(jwk) || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return null;
  const publicJwk: JsonWebKey = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  return crypto.subtle.importKey('jwk', publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
