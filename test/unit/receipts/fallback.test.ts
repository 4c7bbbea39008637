import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { collectReceiptEvents, setup } from './helpers.js';

describe('receipts without WebCrypto or IndexedDB', () => {
  afterEach(() => sinon.restore());

  it('keeps an unsigned receipt saying why when signing throws; consent still applies', async () => {
    sinon.stub(crypto.subtle, 'sign').rejects(new DOMException('blocked by test', 'OperationError'));
    const { store, receipts } = setup();
    const events = collectReceiptEvents();
    const record = await receipts.record(store.acceptAll());
    events.stop();
    expect(store.isGranted('analytics')).to.equal(true);
    expect(record!.jws).to.equal('');
    expect(record!.payload.unsigned).to.equal('receipt not signed: blocked by test');
    expect(record!.payload.version).to.equal('KI-CR-v1.1.0');
    expect(events.events.map((e) => e.detail)).to.deep.equal([record]);
    expect(await receipts.receipts()).to.deep.equal([record]);
    expect(store.current?.h).to.equal(undefined);
  });

  it('says WebCrypto is missing when crypto.subtle is absent (plain http page)', async () => {
    const { store, receipts } = setup();
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    try {
      const record = await receipts.record(store.rejectAll());
      expect(record!.jws).to.equal('');
      expect(String(record!.payload.unsigned)).to.contain('WebCrypto is not available');
      expect(record!.payload.consentReceiptID).to.match(/^[0-9a-f-]{36}$/);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', original);
    }
  });

  it('keeps an unsigned receipt when IndexedDB is blocked', async () => {
    sinon.stub(indexedDB, 'open').throws(new DOMException('The user denied permission to access the database.', 'SecurityError'));
    const { store, receipts } = setup();
    const record = await receipts.record(store.withdraw());
    expect(record!.jws).to.equal('');
    expect(String(record!.payload.unsigned)).to.contain('denied permission');
    await receipts.flush();
    await receipts.download();
    expect(await receipts.receipts()).to.have.length(1);
  });

  it('still returns and stores the signed receipt when the consent cookie cannot note its hash', async () => {
    const note = sinon.stub().throws(new Error('cookie write failed'));
    const { store, receipts } = setup({}, { note });
    const change = store.acceptAll();
    const warn = sinon.stub(console, 'warn');
    const record = await receipts.record(change);
    expect(record!.jws).to.not.equal('');
    expect(warn.calledOnce).to.equal(true);
    expect((await receipts.receipts()).map((r) => r.jws)).to.deep.equal([record!.jws]);
  });
});

describe('receipts with a broken receiptEndpoint', () => {
  afterEach(() => sinon.restore());

  it('still signs and keeps the receipt locally, and says what is wrong', async () => {
    const error = sinon.stub(console, 'error');
    const { store, receipts } = setup({ receiptEndpoint: 'http://[not a host' });
    const record = await receipts.record(store.acceptAll());
    expect(record!.jws).to.not.equal('');
    expect(error.calledWithMatch(sinon.match('receiptEndpoint'))).to.equal(true);
    await receipts.flush();
    expect((await receipts.receipts()).length).to.equal(1);
  });
});
