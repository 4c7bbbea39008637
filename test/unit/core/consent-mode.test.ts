import { expect } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import { installConsentMode } from '../../../src/core/consent-mode.js';
import { ConsentStore } from '../../../src/core/store.js';
import { config, MemoryStorage } from './helpers.js';

type FakeWindow = { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

const DENIED = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
};
const isArguments = (v: unknown) => Object.prototype.toString.call(v) === '[object Arguments]';
const entries = (win: FakeWindow) => win.dataLayer!.map((e) => Array.from(e as ArrayLike<unknown>));

describe('installConsentMode', () => {
  const setup = (input: Record<string, unknown> = {}, win: FakeWindow = {}) => {
    const cfg = config(input);
    const store = new ConsentStore(cfg, { decisions, storage: new MemoryStorage() });
    return { store, cfg, win };
  };

  it('pushes the default with everything denied but security storage, as arguments objects', () => {
    const { store, cfg, win } = setup({ consentModeWait: 800 });
    installConsentMode(store, cfg, win as unknown as Window);
    expect(win.dataLayer!.every(isArguments)).to.equal(true);
    expect(entries(win)).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 800 }],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('pushes an update for each decision following the category map', () => {
    const { store, cfg, win } = setup();
    installConsentMode(store, cfg, win as unknown as Window);
    win.dataLayer!.length = 0;
    store.set({ analytics: true, preferences: true });
    expect(entries(win)).to.deep.equal([
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted', functionality_storage: 'granted' }],
      ['set', 'ads_data_redaction', true],
    ]);
    win.dataLayer!.length = 0;
    store.acceptAll();
    expect(entries(win)).to.deep.equal([[
      'consent', 'update',
      Object.fromEntries(Object.keys(DENIED).map((k) => [k, 'granted'])),
    ]]);
    expect(win.dataLayer!.every(isArguments)).to.equal(true);
  });

  it('follows the default with the stored decision of a returning visitor', () => {
    const storage = new MemoryStorage();
    const cfg = config();
    new ConsentStore(cfg, { decisions, storage }).set({ advertising: true });
    const win: FakeWindow = {};
    installConsentMode(new ConsentStore(cfg, { decisions, storage }), cfg, win as unknown as Window);
    expect(entries(win).map((e) => e.slice(0, 2))).to.deep.equal([['consent', 'default'], ['set', 'ads_data_redaction'], ['consent', 'update']]);
    expect(entries(win)[2][2]).to.deep.equal({ ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  it('scopes the default to the configured regions and sets url_passthrough once, after the default', () => {
    const { store, cfg, win } = setup({ consentModeRegion: ['FR', 'US-CA'], urlPassthrough: true });
    installConsentMode(store, cfg, win as unknown as Window);
    expect(entries(win)).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 500, region: ['FR', 'US-CA'] }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
    win.dataLayer!.length = 0;
    store.set({ analytics: true });
    expect(entries(win).map((e) => e.slice(0, 2))).to.deep.equal([['consent', 'update'], ['set', 'ads_data_redaction']]);
    expect(entries(win)[0][2]).not.to.have.property('region');
  });

  it('leaves ads_data_redaction out when the config turns it off', () => {
    const { store, cfg, win } = setup({ adsDataRedaction: false });
    installConsentMode(store, cfg, win as unknown as Window);
    expect(entries(win).map((e) => e[0])).to.deep.equal(['consent']);
  });

  it('uses a configured map', () => {
    const { store, cfg, win } = setup({ consentModeMap: { interaction: ['analytics_storage'] } });
    installConsentMode(store, cfg, win as unknown as Window);
    win.dataLayer!.length = 0;
    store.set({ interaction: true });
    expect((entries(win)[0][2] as Record<string, string>).analytics_storage).to.equal('granted');
    expect((entries(win)[0][2] as Record<string, string>).personalization_storage).to.equal('denied');
  });

  it('keeps an existing dataLayer and gtag', () => {
    const calls: unknown[][] = [];
    const win: FakeWindow = { dataLayer: ['earlier'], gtag: (...args) => calls.push(args) };
    const { store, cfg } = setup();
    installConsentMode(store, cfg, win as unknown as Window);
    expect(win.dataLayer).to.deep.equal(['earlier']);
    expect(calls[0].slice(0, 2)).to.deep.equal(['consent', 'default']);
  });

  it('does nothing when Consent Mode is switched off, and stops on request', () => {
    const off = setup({ googleConsentMode: false });
    installConsentMode(off.store, off.cfg, off.win as unknown as Window);
    expect(off.win.dataLayer).to.equal(undefined);
    const on = setup();
    const stop = installConsentMode(on.store, on.cfg, on.win as unknown as Window);
    stop();
    on.store.acceptAll();
    expect(on.win.dataLayer).to.have.length(2);
  });

  it('defines a real gtag on the page window that gtag.js can read', () => {
    const { store, cfg } = setup();
    const w = window as unknown as FakeWindow;
    delete w.gtag;
    delete w.dataLayer;
    installConsentMode(store, cfg);
    w.gtag!('js', 'now');
    expect(isArguments(w.dataLayer!.at(-1))).to.equal(true);
    expect(Array.from(w.dataLayer!.at(-1) as ArrayLike<unknown>)).to.deep.equal(['js', 'now']);
  });
});
