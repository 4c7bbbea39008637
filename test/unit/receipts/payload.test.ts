import { expect } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import type { ConsentChange } from '../../../src/core/types.js';
import { buildReceiptPayload } from '../../../src/receipts/payload.js';
import { makeConfig, MemoryStorage } from './helpers.js';
import { ConsentStore } from '../../../src/core/store.js';

const ORIGIN = 'https://shop.example';
const NOW = Date.UTC(2026, 10, 23, 10, 4);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Purpose = Record<string, unknown>;
type Service = { service: string; purposes: Purpose[] };

function decide(method: 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc', config = makeConfig()): ConsentChange {
  const store = new ConsentStore(config, { decisions, storage: new MemoryStorage(), now: () => NOW });
  if (method === 'accept-all') return store.acceptAll();
  if (method === 'reject-all') return store.rejectAll();
  if (method === 'withdraw') { store.acceptAll(); return store.withdraw(); }
  if (method === 'gpc') return store.set({ advertising: false }, { method: 'gpc' });
  return store.set({ analytics: true }, { services: {} });
}

const build = (change: ConsentChange, config = makeConfig()) =>
  buildReceiptPayload({ change, config, lang: 'en', textsHash: 'hash-of-texts', prev: null, now: NOW + 1500, origin: ORIGIN });

describe('receipt payload', () => {
  it('carries the Kantara fields, JWT claims and consent object', () => {
    const change = decide('accept-all');
    const p = build(change);
    expect(p.version).to.equal('KI-CR-v1.1.0');
    expect(p.jurisdiction).to.equal('EU');
    expect(p.consentTimestamp).to.equal(Math.floor(NOW / 1000));
    expect(p.iat).to.equal(Math.floor((NOW + 1500) / 1000));
    expect(p.consentReceiptID).to.match(UUID_V4);
    expect(p.jti).to.equal(p.consentReceiptID);
    expect(p.piiPrincipalId).to.equal(change.state.visitorId);
    expect(p.sub).to.equal(change.state.visitorId);
    expect(p.iss).to.equal(ORIGIN);
    expect(p.policyUrl).to.equal('https://shop.example/privacy#cookies');
    expect(p.collectionMethod).to.equal('cookie-seal banner on https://shop.example (accept-all)');
    expect(p.sensitive).to.equal(false);
    expect(p.spiCat).to.deep.equal([]);
    expect(p.piiControllers).to.deep.equal([{
      piiController: 'Atelier Test SARL', onBehalf: false, contact: 'Data protection officer',
      address: { streetAddress: '1 rue de la Paix', addressCountry: 'FR' }, email: 'privacy@example.test',
      phone: '+33 1 23 45 67 89', piiControllerUrl: ORIGIN,
    }]);
    expect(p.consent).to.deep.equal({
      categories: change.state.categories, services: change.state.services, method: 'accept-all',
      revision: 3, language: 'en', textsHash: 'hash-of-texts', prev: null,
    });
  });

  it('lists one service per granted service, with third parties named', () => {
    const services = build(decide('accept-all')).services as Service[];
    const names = services.map((s) => s.service);
    expect(names).to.include.members(['Session & security', 'Google reCAPTCHA', 'Google Analytics', 'YouTube']);
    const ga = services.find((s) => s.service === 'Google Analytics')!.purposes[0];
    expect(ga).to.include({ consentType: 'EXPLICIT', thirdPartyDisclosure: true, thirdPartyName: 'Google', primaryPurpose: false });
    expect(ga.purposeCategory).to.deep.equal(['16 - Improve Performance']);
    expect(ga.termination).to.equal('withdrawal in the preference center or after 182 days');
    const own = services.find((s) => s.service === 'Session & security')!.purposes[0];
    expect(own).to.include({ consentType: 'N/A', thirdPartyDisclosure: false, primaryPurpose: true });
  });

  for (const method of ['reject-all', 'withdraw', 'gpc'] as const) {
    it(`${method}: lists only what still runs — the site's own session and security processing`, () => {
      const p = build(decide(method));
      expect((p.services as Service[]).map((s) => s.service)).to.deep.equal(['Session & security']);
      expect((p.consent as { method: string }).method).to.equal(method);
      expect((p.consent as { categories: Record<string, boolean> }).categories.analytics).to.equal(false);
    });
  }

  it('custom: lists the chosen category services and records the refusals in consent', () => {
    const p = build(decide('custom'));
    const names = (p.services as Service[]).map((s) => s.service);
    expect(names).to.deep.equal(['Session & security', 'Google Analytics']);
    expect((p.consent as { categories: Record<string, boolean> }).categories).to.include({ analytics: true, advertising: false });
  });

  it('uses the site origin and a clear placeholder when no controller is configured', () => {
    const config = makeConfig({ controller: undefined, jurisdiction: 'FR' });
    const p = build(decide('accept-all', config), config);
    expect(p.jurisdiction).to.equal('FR');
    expect(p.piiControllers).to.deep.equal([{
      piiController: ORIGIN, onBehalf: false, contact: 'see policyUrl', address: {},
      email: 'see policyUrl', phone: 'see policyUrl', piiControllerUrl: ORIGIN,
    }]);
  });
});
