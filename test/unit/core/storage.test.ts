import { expect } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import { CookieStorage } from '../../../src/core/storage.js';
import { readStoredConsent } from '../../../src/core/stored.js';
import { ConsentStore } from '../../../src/core/store.js';
import type { StoredConsent } from '../../../src/core/types.js';
import { config, DAY, UUID } from './helpers.js';

const NAME = 'test-consent';
const NOW = Date.now();
const valid = (): StoredConsent => ({
  v: 1, r: 3, id: UUID, t: Math.floor(NOW / 1000), c: { essential: true, analytics: false }, s: { recaptcha: false }, m: 'custom',
});
const storage = () => new CookieStorage({ cookieName: NAME, maxAgeDays: 182 }, { now: () => NOW });
/** Writes a raw cookie value, bypassing CookieStorage, like a tampering visitor or an old version would. */
const plant = (value: string) => {
  document.cookie = `${NAME}=${value}; path=/`;
};
const plantJson = (value: unknown) => plant(encodeURIComponent(JSON.stringify(value)));

describe('CookieStorage', () => {
  afterEach(() => {
    document.cookie = `${NAME}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('round-trips a decision through a real cookie', () => {
    const record = { ...valid(), h: 'Xy-_'.repeat(10) + 'abc' };
    storage().write(record);
    expect(document.cookie).to.contain(`${NAME}=`);
    expect(storage().read()).to.deep.equal(record);
  });

  it('stores compact URI-encoded JSON', () => {
    storage().write(valid());
    const raw = document.cookie.split('; ').find((c) => c.startsWith(`${NAME}=`))!.slice(NAME.length + 1);
    expect(JSON.parse(decodeURIComponent(raw))).to.deep.equal(valid());
    expect(raw).not.to.contain(' ');
  });

  it('reads nothing when there is no cookie', () => {
    expect(storage().read()).to.equal(null);
  });

  it('clears the cookie', () => {
    storage().write(valid());
    storage().clear();
    expect(document.cookie).not.to.contain(`${NAME}=`);
    expect(storage().read()).to.equal(null);
  });

  it('lets the store pick up what it wrote on the next page', () => {
    const cfg = config({ cookieName: NAME });
    new ConsentStore(cfg, { decisions, storage: new CookieStorage(cfg) }).set({ analytics: true });
    const next = new ConsentStore(cfg, { decisions, storage: new CookieStorage(cfg) });
    expect(next.needsDecision).to.equal(false);
    expect(next.isGranted('analytics')).to.equal(true);
    expect(next.isGranted('advertising')).to.equal(false);
  });

  const rejected: [string, () => void][] = [
    ['malformed JSON', () => plant('%7B%22v%22%3A1')],
    ['a broken URI escape', () => plant('%E0%A4%A')],
    ['plain text', () => plant('yes')],
    ['an array', () => plantJson([valid()])],
    ['null', () => plantJson(null)],
    ['another schema version', () => plantJson({ ...valid(), v: 2 })],
    ['a fractional revision', () => plantJson({ ...valid(), r: 1.5 })],
    ['a negative revision', () => plantJson({ ...valid(), r: -1 })],
    ['a revision as text', () => plantJson({ ...valid(), r: '3' })],
    ['a visitor id that is not a UUID', () => plantJson({ ...valid(), id: 'visitor-1' })],
    ['a decision time as text', () => plantJson({ ...valid(), t: '1700000000' })],
    ['a decision time two days in the future', () => plantJson({ ...valid(), t: Math.floor((NOW + 2 * DAY) / 1000) })],
    ['a category flag that is not a boolean', () => plantJson({ ...valid(), c: { essential: true, analytics: 'yes' } })],
    ['services as an array', () => plantJson({ ...valid(), s: [true] })],
    ['missing categories', () => plantJson({ ...valid(), c: undefined })],
    ['an unknown method', () => plantJson({ ...valid(), m: 'forced' })],
    ['a receipt hash that is not base64url', () => plantJson({ ...valid(), h: 'not a hash!' })],
    ['an unknown field', () => plantJson({ ...valid(), admin: true })],
    ['a huge value', () => plantJson({ ...valid(), c: { essential: true, ['x'.repeat(3500)]: true } })],
  ];
  for (const [what, write] of rejected) {
    it(`treats ${what} as no decision`, () => {
      write();
      expect(document.cookie).to.contain(`${NAME}=`);
      expect(storage().read()).to.equal(null);
    });
  }

  it('accepts a decision time a few hours in the future (clock skew)', () => {
    plantJson({ ...valid(), t: Math.floor((NOW + DAY / 4) / 1000) });
    expect(storage().read()).to.not.equal(null);
  });

  it('lets a store over a tampered cookie fall back to essential only and show the banner', () => {
    plantJson({ ...valid(), c: { essential: true, analytics: 1 } });
    const cfg = config({ cookieName: NAME });
    const store = new ConsentStore(cfg, { decisions, storage: new CookieStorage(cfg) });
    expect(store.needsDecision).to.equal(true);
    expect(store.isGranted('analytics')).to.equal(false);
  });
});

describe('readStoredConsent (the loader reads what js-cookie wrote)', () => {
  const cfg = config();
  afterEach(() => new CookieStorage(cfg).clear());

  it('reads a record js-cookie wrote, and nothing from a broken escape', () => {
    const record = { v: 1, r: 0, id: UUID, t: Math.floor(Date.now() / 1000), c: { essential: true, analytics: true }, s: { 'google-analytics': true }, m: 'custom' } as const;
    new CookieStorage(cfg).write(record);
    expect(readStoredConsent('eu-consent', Date.now(), document.cookie)).to.deep.equal(record);
    document.cookie = 'eu-consent=%E0%A4%A; path=/';
    expect(readStoredConsent('eu-consent', Date.now(), document.cookie)).to.equal(null);
    // A cookie whose name only starts the same is not ours.
    document.cookie = 'eu-consent-old=1; path=/';
    expect(readStoredConsent('eu-consent', Date.now(), document.cookie)).to.equal(null);
    document.cookie = 'eu-consent-old=; max-age=0; path=/';
  });
});
