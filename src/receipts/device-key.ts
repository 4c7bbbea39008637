/**
 * The per-visitor signing key. The private half is generated non-extractable
 * and stored as a CryptoKey object in IndexedDB: page scripts can ask the
 * browser to sign with it but can never read it, not even cookie-seal.
 */
import { request, transact } from './idb.js';

export interface DeviceKey {
  privateKey: CryptoKey;
  /** Public coordinates only (`kty`, `crv`, `x`, `y`), as put in the JWS header. */
  publicJwk: JsonWebKey;
  /**
   * True when this call generated the key (first visit, or the browser's storage was
   * cleared). The receipt service pins a visitor id to its first key, so a new key that would
   * sign for a visitor id already used elsewhere needs a new visitor id.
   */
  fresh: boolean;
}

interface StoredKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

const KEY_ID = 'device';

/** Returns the visitor's key pair, creating it on first use. */
export async function loadDeviceKey(db: IDBDatabase): Promise<DeviceKey> {
  let pair = await transact(db, ['keys'], 'readonly', (tx) => request<StoredKeyPair | undefined>(tx.objectStore('keys').get(KEY_ID)));
  let fresh = false;
  if (!pair) {
    // Generated outside the transaction (it would auto-commit while we wait);
    // the put below keeps whichever key another tab may have stored meanwhile.
    const generated = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    pair = await transact(db, ['keys'], 'readwrite', async (tx) => {
      const store = tx.objectStore('keys');
      const existing = await request<StoredKeyPair | undefined>(store.get(KEY_ID));
      if (existing) return existing;
      const created: StoredKeyPair = { privateKey: generated.privateKey, publicKey: generated.publicKey };
      await request(store.put(created, KEY_ID));
      fresh = true;
      return created;
    });
  }
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicJwk: { kty, crv, x, y }, fresh };
}
