import { expect } from '@open-wc/testing';
import { base64urlToBytes, bytesToBase64url, decodeJws, signJws, verifyJws } from '../../../src/receipts/jws.js';

const generate = () =>
  crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

async function signedSample() {
  const pair = await generate();
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const payload = { jti: 'c0ffee00-0000-4000-8000-000000000000', consent: { method: 'accept-all' }, text: 'Préférences ✓' };
  const jws = await signJws(payload, pair.privateKey, { typ: 'consent-receipt+jwt', jwk: { kty, crv, x, y } });
  return { pair, jws, payload };
}

/** Re-encodes one JWS segment after flipping one bit of byte `index`. */
function flipByte(jws: string, segment: number, index: number): string {
  const parts = jws.split('.');
  const bytes = base64urlToBytes(parts[segment]);
  bytes[index] ^= 0x01;
  parts[segment] = bytesToBase64url(bytes);
  return parts.join('.');
}

describe('jws', () => {
  it('signs an ES256 compact JWS with the public key in the header and verifies it', async () => {
    const { jws, payload } = await signedSample();
    const decoded = decodeJws(jws)!;
    expect(decoded.header.alg).to.equal('ES256');
    expect(decoded.header.typ).to.equal('consent-receipt+jwt');
    expect(decoded.header.jwk).to.have.keys(['kty', 'crv', 'x', 'y']);
    expect(decoded.payload).to.deep.equal(payload);
    expect(decoded.signature.length).to.equal(64);
    expect(await verifyJws(jws)).to.equal(true);
  });

  it('rejects a change of any single byte of the header, payload or signature', async () => {
    const { jws } = await signedSample();
    const parts = jws.split('.');
    for (const segment of [0, 1, 2]) {
      const length = base64urlToBytes(parts[segment]).length;
      for (let i = 0; i < length; i++) {
        expect(await verifyJws(flipByte(jws, segment, i)), `segment ${segment} byte ${i}`).to.equal(false);
      }
    }
  });

  it('rejects a receipt whose header carries another key', async () => {
    const { jws } = await signedSample();
    const other = await generate();
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', other.publicKey);
    const [h, p, s] = jws.split('.');
    const header = { ...JSON.parse(new TextDecoder().decode(base64urlToBytes(h))), jwk: { kty, crv, x, y } };
    const swapped = `${bytesToBase64url(new TextEncoder().encode(JSON.stringify(header)))}.${p}.${s}`;
    expect(await verifyJws(swapped)).to.equal(false);
  });

  it('returns false, never throws, for malformed input', async () => {
    const { jws } = await signedSample();
    const [h, p] = jws.split('.');
    const noneHeader = bytesToBase64url(new TextEncoder().encode('{"alg":"none"}'));
    for (const bad of ['', 'a.b', 'a.b.c', '...', `${h}.${p}`, `${h}.${p}.`, `${noneHeader}.${p}.`, `${h}.!!.${p}`, 42, null, undefined, {}]) {
      expect(await verifyJws(bad), String(bad)).to.equal(false);
    }
    expect(decodeJws('not a jws')).to.equal(null);
  });

  it('verifies a countersignature against a JWKS by kid, given as an object or a URL', async () => {
    const server = await generate();
    const publicJwk = { ...(await crypto.subtle.exportKey('jwk', server.publicKey)), kid: 'k2026' };
    const countersigned = await signJws({ jti: 'x', receiptHash: 'abc' }, server.privateKey, { kid: 'k2026', typ: 'consent-receipt-countersignature+jwt' });
    const jwks = { keys: [{ kty: 'EC', crv: 'P-256', kid: 'old', x: publicJwk.x, y: publicJwk.y!.replace(/^./, 'A') }, publicJwk] };
    expect(await verifyJws(countersigned, jwks)).to.equal(true);
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(jwks))}`;
    expect(await verifyJws(countersigned, url)).to.equal(true);
    expect(await verifyJws(countersigned, { keys: [{ ...publicJwk, kid: 'other' }] })).to.equal(false);
    expect(await verifyJws(countersigned, { keys: [] })).to.equal(false);
    expect(await verifyJws(countersigned, 'http://127.0.0.1:9/jwks.json')).to.equal(false);
    // The embedded-key mode must not accept a JWS that has no `jwk`.
    expect(await verifyJws(countersigned)).to.equal(false);
  });
});
