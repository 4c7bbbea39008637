import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createUi } from '../../src/ui/index.js';
import { getBannerStrings } from '../../src/i18n/tables.js';
import type { SealBanner } from '../../src/components/banner/banner.js';
import type { SealPreferences } from '../../src/components/preferences/preferences.js';
import type { SealEventName } from '../../src/core/events.js';
import { $, buttonByText, deepActive, makeStore, transitionsDone, waitUntil } from './helpers.js';

const banner = () => document.querySelector<SealBanner>('seal-banner');
const prefs = () => document.querySelector<SealPreferences>('seal-preferences');

/** Records the seal-* UI events the controller dispatches on the document. */
function recordEvents() {
  const names: SealEventName[] = ['seal-banner-show', 'seal-banner-hide', 'seal-preferences-show', 'seal-preferences-hide'];
  const seen: string[] = [];
  const listeners = names.map((name) => {
    const fn = () => seen.push(name);
    document.addEventListener(name, fn);
    return () => document.removeEventListener(name, fn);
  });
  return { seen, stop: () => listeners.forEach((off) => off()) };
}

const bannerOpen = async () => {
  await waitUntil(() => banner()?.open === true && banner()!.shadowRoot!.querySelector('.actions'), 'the banner shows');
  await banner()!.updateComplete;
  return banner()!;
};

describe('createUi', () => {
  let events: ReturnType<typeof recordEvents>;
  beforeEach(() => (events = recordEvents()));
  afterEach(() => {
    events.stop();
    document.querySelectorAll('seal-banner, seal-preferences, body > button').forEach((el) => el.remove());
  });

  it('mounts one banner, hides it after Accept all and emits show/hide', async () => {
    const { store } = makeStore({ position: 'box' });
    const ui = createUi(store, { lang: 'en' });
    ui.showBanner();
    ui.showBanner();
    const el = await bannerOpen();
    expect(document.querySelectorAll('seal-banner').length).to.equal(1);
    expect(el.position).to.equal('box');
    buttonByText(el, 'Accept all').click();
    expect(el.open).to.equal(false);
    expect(store.current?.m).to.equal('accept-all');
    expect(events.seen).to.deep.equal(['seal-banner-show', 'seal-banner-hide']);
  });

  it('hides after Reject all, and can be shown again once decided', async () => {
    const { store } = makeStore();
    const ui = createUi(store, { lang: 'en' });
    ui.showBanner();
    const el = await bannerOpen();
    buttonByText(el, 'Reject all').click();
    expect(el.open).to.equal(false);
    expect(store.current?.m).to.equal('reject-all');
    ui.showBanner();
    await bannerOpen();
    expect(events.seen).to.deep.equal(['seal-banner-show', 'seal-banner-hide', 'seal-banner-show']);
  });

  it('the close button hides the banner without storing anything', async () => {
    const { store, storage } = makeStore();
    const ui = createUi(store, { lang: 'en' });
    ui.showBanner();
    const el = await bannerOpen();
    $(el, '[part="close-button"]').click();
    expect(el.open).to.equal(false);
    expect(storage.record).to.equal(null);
  });

  it('Customise opens the preference center; closing it returns focus to Customise', async () => {
    const { store } = makeStore();
    const ui = createUi(store, { lang: 'en' });
    ui.showBanner();
    const el = await bannerOpen();
    const customise = buttonByText(el, 'Customise');
    customise.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => prefs()?.open, 'the preference center opens');
    await prefs()!.updateComplete;
    expect($(prefs()!, 'dialog').contains(deepActive())).to.equal(true);
    const hidden = oneEvent(document, 'seal-preferences-hide');
    await sendKeys({ press: 'Escape' });
    await hidden;
    expect(deepActive()).to.equal(customise);
    expect(el.open, 'the banner waits for a decision').to.equal(true);
    expect(events.seen).to.deep.equal(['seal-banner-show', 'seal-preferences-show', 'seal-preferences-hide']);
  });

  it('a decision in the preference center hides the banner too', async () => {
    const { store } = makeStore();
    const ui = createUi(store, { lang: 'en', onDownloadReceipts: () => {} });
    ui.showBanner();
    const el = await bannerOpen();
    buttonByText(el, 'Customise').click();
    await waitUntil(() => prefs()?.open, 'the preference center opens');
    await prefs()!.updateComplete;
    expect(prefs()!.receiptsAvailable, 'nothing to download before a first decision').to.equal(false);
    buttonByText(prefs()!, 'Save choices').click();
    expect(store.current?.m).to.equal('custom');
    expect(el.open).to.equal(false);
    expect(prefs()!.open).to.equal(false);
  });

  it('showPreferences() without a banner, with the receipts download wired', async () => {
    const { store } = makeStore();
    store.rejectAll();
    let downloads = 0;
    const ui = createUi(store, { lang: 'en', onDownloadReceipts: () => downloads++ });
    const opener = document.createElement('button');
    document.body.append(opener);
    ui.showPreferences(opener);
    await waitUntil(() => prefs()?.open, 'the preference center opens');
    await prefs()!.updateComplete;
    expect(banner()).to.equal(null);
    $(prefs()!, '[part="receipts-link"]').click();
    expect(downloads).to.equal(1);
    ui.hide();
    await waitUntil(() => document.activeElement === opener, 'focus returns to the opener');
  });

  it('speaks French and applies the site text overrides', async () => {
    const { store } = makeStore({ texts: { fr: { bannerTitle: 'Cookies, vraiment\u202f?' } } });
    const ui = createUi(store, { lang: 'fr' });
    ui.showBanner();
    const el = await bannerOpen();
    expect($(el, 'h2').textContent).to.equal('Cookies, vraiment\u202f?');
    expect(buttonByText(el, 'Tout refuser')).to.exist;
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('draws the banner from the words given with the chunk, with the site\'s overrides on top', async () => {
    // The loader fetches the banner's words with the chunk; the UI then fetches none itself.
    const given = { ...(await getBannerStrings('en')), bannerTitle: 'Given with the chunk', acceptAll: 'Yes to all' };
    const { store } = makeStore({ texts: { en: { acceptAll: 'Fine by me' } } });
    const ui = createUi(store, { lang: 'en', bannerWords: given });
    ui.showBanner();
    const el = await bannerOpen();
    expect($(el, 'h2').textContent).to.equal('Given with the chunk');
    expect(buttonByText(el, 'Fine by me')).to.exist;
    expect(given.acceptAll).to.equal('Yes to all', 'the given words are not changed');
  });

  it('hide() before the strings arrive keeps the banner hidden', async () => {
    const { store } = makeStore();
    const ui = createUi(store, { lang: 'en' });
    let shows = 0;
    const count = () => shows++;
    document.addEventListener('seal-banner-show', count);
    ui.showBanner();
    ui.hide();
    // Asked again: its continuation on the same strings runs after the cancelled one's, so once
    // this banner is open, the first request has had its turn, and it showed nothing.
    ui.showBanner();
    await bannerOpen();
    document.removeEventListener('seal-banner-show', count);
    expect(shows).to.equal(1);
  });
});
