import { expect } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import { parseConfig } from '../../../src/core/config-full.js';
import { ConsentStore } from '../../../src/core/store.js';
import { config, MemoryStorage } from './helpers.js';

// A service that sells or shares data outside the advertising category.
const PIXEL = { services: { 'meta-pixel': { category: 'analytics', label: 'Meta Pixel', saleOrSharing: true } } };

const withGpc = (input: Record<string, unknown> = {}, gpc = true) => {
  const storage = new MemoryStorage();
  return { storage, store: new ConsentStore(config(input), { decisions, storage, gpc }) };
};

describe('ConsentStore with Global Privacy Control', () => {
  it('grants nothing but essential before a choice: the signal is never read as consent', () => {
    const { store, storage } = withGpc();
    expect(store.needsDecision).to.equal(true);
    expect(store.isGranted('advertising')).to.equal(false);
    expect(store.isGranted('analytics')).to.equal(false);
    expect(storage.writes).to.equal(0);
  });

  it('Accept all keeps advertising denied and records the method gpc', () => {
    const { store, storage } = withGpc();
    const change = store.acceptAll();
    expect(change.method).to.equal('gpc');
    expect(storage.record?.m).to.equal('gpc');
    expect(store.state.categories).to.deep.equal({
      essential: true, preferences: true, interaction: true, advertising: false, analytics: true,
    });
    expect(store.isGranted('advertising', 'youtube')).to.equal(false);
    expect(store.isGranted('analytics', 'google-analytics')).to.equal(true);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
    expect(change.granted).to.not.include('advertising');
  });

  it('Accept all keeps services flagged saleOrSharing denied in an otherwise granted category', () => {
    const { store } = withGpc(PIXEL);
    expect(store.acceptAll().method).to.equal('gpc');
    expect(store.isGranted('analytics', 'google-analytics')).to.equal(true);
    expect(store.isGranted('analytics', 'meta-pixel')).to.equal(false);
  });

  it('an explicit custom choice switches advertising on and is recorded as custom', () => {
    const { store, storage } = withGpc();
    store.acceptAll();
    const change = store.set({ advertising: true });
    expect(change.method).to.equal('custom');
    expect(storage.record?.m).to.equal('custom');
    expect(change.granted).to.include.members(['advertising', 'advertising:youtube']);
    expect(store.isGranted('advertising', 'youtube')).to.equal(true);
  });

  it('a later Accept all does not take back what the visitor switched on themselves', () => {
    const { store } = withGpc(PIXEL);
    store.set({ advertising: true, analytics: true }, { services: { 'meta-pixel': true, 'google-analytics': true } });
    const change = store.acceptAll();
    expect(change.method).to.equal('accept-all');
    expect(change.revoked).to.deep.equal([]);
    expect(store.isGranted('advertising', 'youtube')).to.equal(true);
    expect(store.isGranted('analytics', 'meta-pixel')).to.equal(true);
  });

  it('Reject all and withdraw keep their own methods', () => {
    const { store } = withGpc();
    expect(store.rejectAll().method).to.equal('reject-all');
    expect(store.withdraw().method).to.equal('withdraw');
  });

  it('is plain Accept all when the config has nothing GPC would hold back', () => {
    const { store } = withGpc({ categories: { advertising: false } });
    expect(store.acceptAll().method).to.equal('accept-all');
    expect(store.isGranted('analytics')).to.equal(true);
  });

  it('changes nothing without the signal', () => {
    const { store } = withGpc(PIXEL, false);
    expect(store.acceptAll().method).to.equal('accept-all');
    expect(store.isGranted('advertising')).to.equal(true);
    expect(store.isGranted('analytics', 'meta-pixel')).to.equal(true);
  });
});

describe('config: saleOrSharing', () => {
  it('is read from a service definition', () => {
    const svc = config(PIXEL).categories.find((c) => c.id === 'analytics')!.services.find((s) => s.id === 'meta-pixel')!;
    expect(svc.saleOrSharing).to.equal(true);
  });

  it('refuses a value that is not a boolean, naming the field', () => {
    const { config: parsed, errors } = parseConfig({ services: { 'meta-pixel': { category: 'analytics', saleOrSharing: 'yes' } } }, () => {});
    expect(errors.join('\n')).to.contain('services.meta-pixel.saleOrSharing');
    const svc = parsed.categories.find((c) => c.id === 'analytics')!.services.find((s) => s.id === 'meta-pixel');
    expect(svc?.saleOrSharing).to.equal(undefined);
  });
});
