import { randomUUID } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';

/**
 * A visitor as the browser has one: a P-256 key pair (WebCrypto, via jose) and an id.
 * @returns {Promise<{ id: string, privateKey: CryptoKey, publicJwk: Record<string, string> }>}
 */
export async function makeVisitor() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const { kty, crv, x, y } = /** @type {any} */ (await exportJWK(publicKey));
  return { id: randomUUID(), privateKey, publicJwk: { kty, crv, x, y } };
}

/**
 * A Kantara CR v1.1 payload with the DESIGN §10 claims, shaped like the browser's.
 * @param {{ visitorId: string, iss: string, method?: string, prev?: string | null }} input
 */
export function receiptPayload({ visitorId, iss, method = 'accept-all', prev = null }) {
  const id = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const analytics = method === 'accept-all';
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'FR',
    consentTimestamp: now,
    collectionMethod: `cookie banner (${method})`,
    consentReceiptID: id,
    language: 'en',
    piiPrincipalId: visitorId,
    piiControllers: [
      {
        piiController: 'Atelier Lumen SARL',
        contact: 'Data protection officer',
        address: { streetAddress: '12 rue des Tests', addressCountry: 'FR' },
        email: 'privacy@lumen.example',
        phone: '+33 1 00 00 00 00',
      },
    ],
    policyUrl: `${iss}/privacy.html`,
    services: analytics
      ? [
          {
            service: 'google-analytics',
            purposes: [
              {
                purpose: 'Audience measurement',
                consentType: 'EXPLICIT',
                purposeCategory: ['analytics'],
                piiCategory: ['online identifier'],
                termination: 'P13M',
                thirdPartyDisclosure: true,
                thirdPartyName: 'Google Ireland Ltd',
              },
            ],
          },
        ]
      : [],
    sensitive: false,
    spiCat: [],
    iat: now,
    jti: id,
    iss,
    sub: visitorId,
    consent: {
      categories: { necessary: true, analytics, advertising: false },
      services: { 'google-analytics': analytics },
      method,
      revision: 1,
      language: 'en',
      textsHash: 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg',
      prev,
    },
  };
}

/**
 * Signs a payload as a receipt JWS. `header` overrides let tests forge bad receipts.
 * @param {{ privateKey: CryptoKey, publicJwk: object }} visitor
 * @param {object} payload
 * @param {Record<string, unknown>} [header]
 */
export async function signReceipt(visitor, payload, header = {}) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', typ: 'consent-receipt+jwt', jwk: visitor.publicJwk, ...header })
    .sign(visitor.privateKey);
}

/**
 * One valid signed receipt for a new or given visitor.
 * @param {{ iss: string, visitor?: Awaited<ReturnType<typeof makeVisitor>>, method?: string, prev?: string | null }} options
 */
export async function makeReceipt({ iss, visitor, method, prev }) {
  const v = visitor ?? (await makeVisitor());
  const payload = receiptPayload({ visitorId: v.id, iss, method, prev });
  return { jws: await signReceipt(v, payload), payload, visitor: v };
}

/** A countersigning key for storage-level tests (what buildApp gives a storage). */
export async function testSigner() {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { jwk: /** @type {any} */ ({ ...(await exportJWK(privateKey)), kid: 'test' }), typ: 'consent-receipt-countersignature+jwt' };
}

/** Storage-level entry i (not a real receipt: the storage does not verify). */
export const storageEntry = (/** @type {number} */ i, /** @type {Partial<Record<string, string>>} */ over = {}) => {
  const id = over.id ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return { id, jws: `j.${i}.s`, receiptHash: `h${i}`, sub: `v${i}`, keyThumbprint: `k${i}`, claims: { iss: 'http://localhost:8787', jti: id, receiptHash: `h${i}` }, ...over };
};

/** The payload of a compact JWS, unverified. */
export const jwsClaims = (/** @type {string} */ jws) => JSON.parse(Buffer.from(/** @type {string} */ (jws.split('.')[1]), 'base64url').toString('utf8'));
