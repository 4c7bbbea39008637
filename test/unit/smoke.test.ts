import { expect } from '@open-wc/testing';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentStorage } from '../../src/core/store.js';
import type { SealConfig, StoredConsent } from '../../src/core/types.js';

class MemoryStorage implements ConsentStorage {
  record: StoredConsent | null = null;
  read() { return this.record; }
  write(r: StoredConsent) { this.record = r; }
}

const config = {
  lang: 'en', revision: 1, policyUrl: '/privacy', cookieName: 'eu-consent', maxAgeDays: 182,
  position: 'bar', theme: 'auto', settingsButton: true, reloadOnWithdraw: true, googleConsentMode: true,
  consentModeMap: {}, consentModeWait: 500, texts: {},
  categories: [
    { id: 'essential', required: true, services: [{ id: 'recaptcha', optIn: true }] },
    { id: 'analytics', services: [{ id: 'google-analytics' }] },
  ],
} as SealConfig;

describe('ConsentStore', () => {
  it('grants only essential before a decision and everything after accept all', () => {
    const store = new ConsentStore(config, { storage: new MemoryStorage() });
    expect(store.needsDecision).to.equal(true);
    expect(store.isGranted('analytics')).to.equal(false);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
    const change = store.acceptAll();
    expect(change.granted).to.include('analytics');
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
  });
});
