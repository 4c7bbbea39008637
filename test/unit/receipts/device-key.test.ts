import { expect } from '@open-wc/testing';
import { loadDeviceKey } from '../../../src/receipts/device-key.js';
import { openDb } from '../../../src/receipts/idb.js';
import { createReceipts } from '../../../src/receipts/index.js';
import { freshDbName, setup } from './helpers.js';

describe('device key', () => {
  it('keeps the private key non-extractable: the browser refuses to export it', async () => {
    const db = await openDb(freshDbName());
    const key = await loadDeviceKey(db);
    expect(key.privateKey.extractable).to.equal(false);
    expect(key.privateKey.algorithm).to.include({ name: 'ECDSA', namedCurve: 'P-256' });
    let exported: unknown = null;
    try {
      exported = await crypto.subtle.exportKey('jwk', key.privateKey);
    } catch (error) {
      expect((error as DOMException).name).to.equal('InvalidAccessError');
    }
    expect(exported).to.equal(null);
    expect(key.publicJwk).to.have.keys(['kty', 'crv', 'x', 'y']);
    expect(key.publicJwk).to.not.have.property('d');
    db.close();
  });

  it('is created once per visitor and found again by a new connection (a later page load)', async () => {
    const name = freshDbName();
    const first = await loadDeviceKey(await openDb(name));
    const second = await loadDeviceKey(await openDb(name));
    expect(second.publicJwk).to.deep.equal(first.publicJwk);
  });

  it('says whether it was just created', async () => {
    const name = freshDbName();
    expect((await loadDeviceKey(await openDb(name))).fresh).to.equal(true);
    expect((await loadDeviceKey(await openDb(name))).fresh).to.equal(false);
  });

  it('a new key for a visitor id that already signed starts a new visitor id (the service pins an id to one key)', async () => {
    const { store, receipts, config, note } = setup();
    const first = await receipts.record(store.acceptAll());
    const oldId = first?.payload.sub;
    expect(oldId).to.be.a('string').and.equal(store.state.visitorId);
    // The browser lost IndexedDB (a new database here) but kept the consent cookie.
    const again = createReceipts(store, { config, lang: 'en', dbName: freshDbName(), note });
    const second = await again.record(store.rejectAll());
    expect(second?.payload.sub).to.be.a('string').and.not.equal(oldId);
    expect(store.state.visitorId).to.equal(second?.payload.sub);
    expect(second?.payload.piiPrincipalId).to.equal(second?.payload.sub);
    // The same key keeps the new id afterwards.
    const third = await again.record(store.acceptAll());
    expect(third?.payload.sub).to.equal(second?.payload.sub);
    again.close();
    receipts.close();
  });

  it('lives in the `keys` store of the `cookie-seal` database by default', async () => {
    const { store, receipts } = setup({}, { dbName: undefined });
    await receipts.record(store.acceptAll());
    const db = await openDb();
    const stored = await new Promise<{ privateKey: CryptoKey } | undefined>((resolve, reject) => {
      const req = db.transaction('keys').objectStore('keys').get('device');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(stored?.privateKey).to.be.instanceOf(CryptoKey);
    expect(stored?.privateKey.extractable).to.equal(false);
    db.close();
  });
});
