import { expect } from '@open-wc/testing';
import { sha256b64url, signJws } from '../../../src/receipts/index.js';
import { openDb } from '../../../src/receipts/idb.js';
import { ReceiptStore } from '../../../src/receipts/receipt-store.js';
import { collectReceiptEvents, freshDbName, setup } from './helpers.js';

/** Nothing listens on the discard port: fetch fails like a service that is down. */
const DEAD_ENDPOINT = 'http://127.0.0.1:9/v1/receipts';

/** Answers like the receipt service: a real ES256 countersignature over the receipt's hash. */
async function fakeService(status = 201, leafIndex?: number) {
  const key = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const calls: string[] = [];
  const fetchImpl = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const jws = String(init?.body);
    calls.push(jws);
    if (status !== 201) return new Response(JSON.stringify({ error: 'invalid_receipt', message: 'schema violation' }), { status });
    const jti = JSON.parse(atob(jws.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).jti;
    const receivedAt = new Date().toISOString();
    const claims = { iss: 'https://consent.example', iat: 1, jti, receiptHash: await sha256b64url(jws), receivedAt };
    const serverJws = await signJws(leafIndex === undefined ? claims : { ...claims, leafIndex }, key.privateKey, { kid: 'k1' });
    return new Response(JSON.stringify({ id: jti, serverJws, receivedAt }), { status: 201, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetchImpl };
}

async function outboxOf(dbName: string) {
  return new ReceiptStore(await openDb(dbName)).outbox();
}

describe('receipts outbox', () => {
  it("keeps the log's leaf index with the countersigned receipt; the download says where its inclusion proof is", async () => {
    const service = await fakeService(201, 41);
    const { store, receipts, config } = setup({ receiptEndpoint: '/v1/receipts' }, { fetch: service.fetchImpl });
    const record = await receipts.record(store.acceptAll());
    await receipts.flush();
    const [stored] = await receipts.receipts();
    expect(stored.serverJws).to.be.a('string');
    expect(stored.leafIndex).to.equal(41);
    const { buildDownload } = await import('../../../src/receipts/download.js');
    const data = (await buildDownload(await receipts.receipts(), config, 'en')) as { receipts: Array<Record<string, unknown>> };
    expect(data.receipts[0]).to.include({ jws: record!.jws, leafIndex: 41, proof: new URL(`/v1/receipts/${record!.payload.jti}/proof`, location.href).href });
    receipts.close();
  });

  it('keeps the receipt queued while the service is unreachable; consent is unaffected', async () => {
    const { store, receipts, dbName } = setup({ receiptEndpoint: DEAD_ENDPOINT }, { retry: { baseDelay: 60_000 } });
    const record = await receipts.record(store.acceptAll());
    expect(store.isGranted('analytics')).to.equal(true);
    await receipts.flush();
    const queued = await outboxOf(dbName);
    expect(queued.map((i) => i.jws)).to.deep.equal([record!.jws]);
    expect(queued[0].attempts).to.be.greaterThan(0);
    expect((await receipts.receipts())[0].serverJws).to.equal(undefined);
    receipts.close();
  });

  it('sends a queued receipt exactly once on a later page load and keeps the countersignature', async () => {
    const dbName = freshDbName();
    const down = setup({ receiptEndpoint: DEAD_ENDPOINT }, { dbName, retry: { baseDelay: 1 } });
    const record = await down.receipts.record(down.store.rejectAll());
    await down.receipts.flush();
    down.receipts.close();

    // "Reload": a new instance on the same database, the service is back.
    const service = await fakeService();
    const events = collectReceiptEvents();
    const up = setup({ receiptEndpoint: '/v1/receipts' }, { dbName, fetch: service.fetchImpl });
    await Promise.all([up.receipts.flush(), up.receipts.flush(), up.receipts.flush()]);
    await up.receipts.flush();
    events.stop();
    expect(service.calls).to.deep.equal([record!.jws]);
    expect(await outboxOf(dbName)).to.deep.equal([]);
    const [stored] = await up.receipts.receipts();
    expect(stored.serverJws).to.be.a('string');
    expect(events.events.map((e) => e.detail.serverJws)).to.deep.equal([stored.serverJws]);
    up.receipts.close();
  });

  it('posts at once after recording when the service is up', async () => {
    const service = await fakeService();
    const { store, receipts, dbName } = setup({ receiptEndpoint: '/v1/receipts' }, { fetch: service.fetchImpl });
    const events = collectReceiptEvents();
    await receipts.record(store.acceptAll());
    await receipts.flush();
    events.stop();
    expect(service.calls.length).to.equal(1);
    expect(await outboxOf(dbName)).to.deep.equal([]);
    expect(events.events.length).to.equal(2);
    expect(events.events[1].detail.serverJws).to.be.a('string');
  });

  it('drops a receipt the service refuses (4xx) and notes why, without retrying', async () => {
    const service = await fakeService(422);
    const { store, receipts, dbName } = setup({ receiptEndpoint: '/v1/receipts' }, { fetch: service.fetchImpl });
    await receipts.record(store.acceptAll());
    await receipts.flush();
    await receipts.flush();
    expect(service.calls.length).to.equal(1);
    expect(await outboxOf(dbName)).to.deep.equal([]);
    const [stored] = await receipts.receipts();
    expect((stored as { serverError?: string }).serverError).to.equal('HTTP 422: invalid_receipt: schema violation');
  });

  for (const status of [503, 429, 408]) {
    it(`keeps the receipt for a later retry on HTTP ${status}`, async () => {
      const service = await fakeService(status);
      const { store, receipts, dbName } = setup({ receiptEndpoint: '/v1/receipts' }, { fetch: service.fetchImpl, retry: { baseDelay: 60_000 } });
      await receipts.record(store.acceptAll());
      await receipts.flush();
      expect(service.calls.length).to.equal(1);
      expect((await outboxOf(dbName)).length).to.equal(1);
      receipts.close();
    });
  }
});
