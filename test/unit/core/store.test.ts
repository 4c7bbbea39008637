import { expect } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import { parseConfig } from '../../../src/core/config-full.js';
import { ConsentStore } from '../../../src/core/store.js';
import { uuidv4 } from '../../../src/core/uuid.js';
import type { ConsentChange } from '../../../src/core/types.js';
import { config, DAY, MemoryStorage } from './helpers.js';

const NOW = Date.UTC(2025, 0, 15);
const fresh = (input: Record<string, unknown> = {}) => {
  const storage = new MemoryStorage();
  return { storage, store: new ConsentStore(config(input), { decisions, storage, now: () => NOW }) };
};

describe('ConsentStore decisions', () => {
  it('grants only the essential category before any decision', () => {
    const { store } = fresh();
    expect(store.needsDecision).to.equal(true);
    expect(store.state.categories).to.deep.equal({
      essential: true, preferences: false, interaction: false, advertising: false, analytics: false,
    });
    expect(store.state.decided).to.equal(false);
    expect(store.state.visitorId).to.equal(null);
  });

  it('keeps reCAPTCHA off before a decision although essential is granted', () => {
    const { store } = fresh();
    expect(store.isGranted('essential')).to.equal(true);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
  });

  it('accept all grants every category and service and lists them as granted', () => {
    const { store, storage } = fresh();
    const change = store.acceptAll();
    expect(change.method).to.equal('accept-all');
    expect(change.granted).to.have.members([
      'essential:recaptcha', 'preferences', 'interaction', 'advertising', 'advertising:youtube',
      'analytics', 'analytics:google-analytics',
    ]);
    expect(change.revoked).to.deep.equal([]);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
    expect(store.isGranted('analytics', 'google-analytics')).to.equal(true);
    expect(storage.record?.m).to.equal('accept-all');
    expect(storage.record?.t).to.equal(NOW / 1000);
    expect(store.needsDecision).to.equal(false);
  });

  it('reject all keeps essential but turns reCAPTCHA off', () => {
    const { store } = fresh();
    store.acceptAll();
    const change = store.rejectAll();
    expect(change.revoked).to.include.members(['essential:recaptcha', 'analytics', 'analytics:google-analytics']);
    expect(store.isGranted('essential')).to.equal(true);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
    expect(store.isGranted('advertising')).to.equal(false);
    expect(store.state.decided).to.equal(true);
  });

  it('set() grants the named categories and keeps the others as they were', () => {
    const { store } = fresh();
    store.set({ analytics: true });
    expect(store.state.categories).to.include({ analytics: true, advertising: false });
    store.set({ advertising: true });
    expect(store.state.categories).to.include({ analytics: true, advertising: true });
    expect(store.state.services['google-analytics']).to.equal(true);
  });

  it('set() can refuse one service inside a granted category', () => {
    const { store } = fresh();
    store.set({ advertising: true }, { services: { youtube: false } });
    expect(store.isGranted('advertising')).to.equal(true);
    expect(store.isGranted('advertising', 'youtube')).to.equal(false);
  });

  it('set() grants reCAPTCHA only when it is named', () => {
    const { store } = fresh();
    store.set({ analytics: true });
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
    store.set({}, { services: { recaptcha: true } });
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
    expect(store.isGranted('analytics')).to.equal(true);
  });

  it('withdraw revokes everything optional and is recorded as a withdrawal', () => {
    const { store, storage } = fresh();
    store.acceptAll();
    const change = store.withdraw();
    expect(change.method).to.equal('withdraw');
    expect(change.revoked).to.include.members(['analytics', 'advertising', 'preferences', 'interaction', 'essential:recaptcha']);
    expect(storage.record?.m).to.equal('withdraw');
    expect(storage.record?.c.analytics).to.equal(false);
  });

  it('keeps the visitor id across decisions', () => {
    const { store } = fresh();
    store.acceptAll();
    const id = store.state.visitorId;
    store.rejectAll();
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    expect(store.state.visitorId).to.equal(id);
  });

  it('notifies subscribers with the change, and a throwing subscriber does not stop the others', () => {
    const { store } = fresh();
    const seen: ConsentChange[] = [];
    const originalError = console.error;
    console.error = () => {};
    try {
      store.subscribe(() => {
        throw new Error('broken listener');
      });
      const off = store.subscribe((c) => seen.push(c));
      store.acceptAll();
      off();
      store.rejectAll();
    } finally {
      console.error = originalError;
    }
    expect(seen.map((c) => c.method)).to.deep.equal(['accept-all']);
  });

  it('commits in its written order: the first subscribers (Consent Mode, then the gate), storage, then the rest', () => {
    const { store, storage } = fresh();
    const order: string[] = [];
    const sees = (name: string) => () => order.push(`${name}${storage.writes ? ' (stored)' : ''}`);
    store.subscribe(sees('events'));
    store.subscribe(sees('consent mode'), true);
    store.subscribe(sees('gate'), true);
    store.subscribe(sees('receipts'));
    store.acceptAll();
    expect(order).to.deep.equal(['consent mode', 'gate', 'events (stored)', 'receipts (stored)']);
  });

  it('decision rules are pure: they return the next record and the change, and the store alone commits', () => {
    const { store, storage } = fresh();
    const heard: ConsentChange[] = [];
    store.subscribe((c) => heard.push(c));
    const { record, change } = decisions.acceptAll(store);
    expect(store.needsDecision, 'nothing committed').to.equal(true);
    expect(storage.writes).to.equal(0);
    expect(heard).to.deep.equal([]);
    expect(record.m).to.equal('accept-all');
    expect(change.granted).to.include('analytics');
    expect(change.state.categories.analytics).to.equal(true);
  });

  it('whenGranted resolves at once when granted and later when granted by a decision', async () => {
    const { store } = fresh();
    let resolved = false;
    const pending = store.whenGranted('analytics', 'google-analytics').then(() => (resolved = true));
    store.set({ advertising: true });
    await Promise.resolve();
    expect(resolved).to.equal(false);
    store.set({ analytics: true });
    await pending;
    expect(resolved).to.equal(true);
    await store.whenGranted('essential');
  });

  it('notes the receipt hash through the note provide() returns, tells nobody, and keeps it on the next decision', () => {
    const storage = new MemoryStorage();
    const store = new ConsentStore(config(), { storage, now: () => NOW });
    const note = store.provide(decisions);
    const changes: unknown[] = [];
    store.subscribe((change) => changes.push(change));
    note({ h: 'a'.repeat(43) });
    expect(storage.record, 'no decision yet: nothing to note').to.equal(null);
    store.acceptAll();
    note({ h: 'a'.repeat(43) });
    expect(storage.record?.h).to.equal('a'.repeat(43));
    expect(store.current?.h).to.equal('a'.repeat(43));
    expect(changes).to.have.length(1);
    store.rejectAll();
    expect(storage.record?.h).to.equal('a'.repeat(43));
  });

  it('notes a new visitor id in the state without a change event', () => {
    const { store } = fresh();
    store.acceptAll();
    const note = store.provide(decisions);
    const id = '0b6b1a4e-3c1f-4b6a-9a57-4f5d2f7f8c21';
    note({ id });
    expect(store.state.visitorId).to.equal(id);
  });

  it('creates UUID v4 visitor ids', () => {
    expect(uuidv4()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('ConsentStore stale rules', () => {
  const decidedUnder = (input: Record<string, unknown>, at = NOW) => {
    const storage = new MemoryStorage();
    new ConsentStore(config(input), { decisions, storage, now: () => at }).acceptAll();
    return storage;
  };
  const reopen = (storage: MemoryStorage, input: Record<string, unknown>, at = NOW) =>
    new ConsentStore(config(input), { decisions, storage, now: () => at });

  it('applies a stored, fresh decision on the next page', () => {
    const store = reopen(decidedUnder({ revision: 2 }), { revision: 2 }, NOW + 10 * DAY);
    expect(store.needsDecision).to.equal(false);
    expect(store.isGranted('analytics')).to.equal(true);
  });

  it('asks again when the revision increased, starting from the previous choices', () => {
    const store = reopen(decidedUnder({ revision: 1 }), { revision: 2 });
    expect(store.needsDecision).to.equal(true);
    expect(store.isGranted('analytics')).to.equal(false);
    expect(store.previous?.c.analytics).to.equal(true);
  });

  it('asks again, from the previous choices, when the loader could not read the config it would apply them under', () => {
    const storage = decidedUnder({ revision: 2 });
    const store = new ConsentStore(config({ revision: 2 }), { decisions, storage, now: () => NOW, stale: true });
    expect(store.needsDecision).to.equal(true);
    expect(store.isGranted('analytics')).to.equal(false);
    expect(store.previous?.c.analytics).to.equal(true);
  });

  it('asks again when the config gained a category', () => {
    const store = reopen(decidedUnder({}), { categories: { newsletter: { label: 'Newsletter' } } });
    expect(store.needsDecision).to.equal(true);
  });

  it('asks again when the config gained a service', () => {
    const store = reopen(decidedUnder({}), { services: { vimeo: { category: 'advertising', label: 'Vimeo' } } });
    expect(store.needsDecision).to.equal(true);
  });

  it('asks again after maxAgeDays and not before', () => {
    const storage = decidedUnder({ maxAgeDays: 30 });
    expect(reopen(storage, { maxAgeDays: 30 }, NOW + 29 * DAY).needsDecision).to.equal(false);
    expect(reopen(storage, { maxAgeDays: 30 }, NOW + 31 * DAY).needsDecision).to.equal(true);
  });

  it('asks again after 395 days even when the config asks for longer', () => {
    const storage = decidedUnder({});
    const clamped = parseConfig({ maxAgeDays: 1000 }, () => {}).config;
    expect(clamped.maxAgeDays).to.equal(395);
    expect(new ConsentStore(clamped, { decisions, storage, now: () => NOW + 394 * DAY }).needsDecision).to.equal(false);
    expect(new ConsentStore(clamped, { decisions, storage, now: () => NOW + 396 * DAY }).needsDecision).to.equal(true);
  });
});

describe('ConsentStore without its decision rules (as the loader starts it)', () => {
  const bare = () => new ConsentStore(config(), { storage: new MemoryStorage(), now: () => NOW });

  it('answers get/isGranted at once but refuses to decide before ready()', () => {
    const store = bare();
    expect(store.isGranted('analytics')).to.equal(false);
    expect(() => store.acceptAll()).to.throw(/ready\(\)/);
    expect(store.needsDecision).to.equal(true);
  });

  it('asks for the rules once ready() waits, and decides after provide()', async () => {
    const store = bare();
    let asked = 0;
    store.onWait = () => asked++;
    const storage = new MemoryStorage();
    const ready = store.ready();
    expect(asked).to.equal(1);
    let changes = 0;
    store.subscribe(() => changes++);
    store.provide(decisions, storage);
    await ready;
    store.acceptAll();
    expect(changes).to.equal(1);
    expect(storage.writes).to.equal(1);
    expect(store.isGranted('analytics')).to.equal(true);
    await store.ready();
    expect(asked).to.equal(1);
  });
});
