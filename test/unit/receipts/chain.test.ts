import { expect } from '@open-wc/testing';
import { sha256b64url, verifyChain, verifyJws } from '../../../src/receipts/index.js';
import { collectReceiptEvents, setup } from './helpers.js';

describe('receipts: signing, storage and hash chain', () => {
  it('signs each decision, stores it newest first and emits seal-receipt', async () => {
    const { store, receipts } = setup();
    const events = collectReceiptEvents();
    const first = await receipts.record(store.acceptAll());
    const second = await receipts.record(store.rejectAll());
    events.stop();
    expect(events.events.map((e) => e.detail.jws)).to.deep.equal([first!.jws, second!.jws]);
    const list = await receipts.receipts();
    expect(list.map((r) => r.jws)).to.deep.equal([second!.jws, first!.jws]);
    for (const r of list) expect(await receipts.verifyReceipt(r.jws)).to.equal(true);
    expect((list[0].payload.consent as { method: string }).method).to.equal('reject-all');
  });

  it('links each receipt to the previous one and records the latest hash in the consent cookie', async () => {
    const { store, receipts } = setup();
    const a = await receipts.record(store.acceptAll());
    const b = await receipts.record(store.set({ analytics: false }));
    expect((a!.payload.consent as { prev: unknown }).prev).to.equal(null);
    expect((b!.payload.consent as { prev: unknown }).prev).to.equal(await sha256b64url(a!.jws));
    expect(store.current?.h).to.equal(await sha256b64url(b!.jws));
  });

  it('keeps the chain right for rapid decisions recorded without waiting', async () => {
    const { store, receipts } = setup();
    void receipts.record(store.acceptAll());
    void receipts.record(store.rejectAll());
    void receipts.record(store.withdraw());
    await receipts.settled();
    const list = await receipts.receipts();
    expect(list.map((r) => (r.payload.consent as { method: string }).method)).to.deep.equal(['withdraw', 'reject-all', 'accept-all']);
    expect(await verifyChain(list)).to.deep.equal({ valid: true });
  });

  it('detects reordering, a missing receipt and an edited stored payload', async () => {
    const { store, receipts } = setup();
    await receipts.record(store.acceptAll());
    await receipts.record(store.rejectAll());
    await receipts.record(store.set({ analytics: true }));
    const list = await receipts.receipts();
    expect((await verifyChain(list)).valid).to.equal(true);
    expect(await verifyChain([list[1], list[0], list[2]])).to.include({ valid: false, brokenAt: 0 });
    expect(await verifyChain([list[0], list[2]])).to.include({ valid: false, brokenAt: 0 });
    const edited = { ...list[1], payload: { ...list[1].payload, consentTimestamp: 0 } };
    expect(await verifyChain([list[0], edited, list[2]])).to.include({ valid: false, brokenAt: 1 });
    // The JWS itself still verifies: only the comparison with the signed payload reveals the edit.
    expect(await verifyJws(edited.jws)).to.equal(true);
  });

  it('verifyReceipt returns false for garbage and for a JWKS of the wrong shape', async () => {
    const { store, receipts } = setup();
    const r = await receipts.record(store.acceptAll());
    expect(await receipts.verifyReceipt('garbage')).to.equal(false);
    expect(await receipts.verifyReceipt(r!.jws, 42)).to.equal(false);
    expect(await receipts.verifyReceipt(r!.jws, { keys: [] })).to.equal(false);
  });
});
