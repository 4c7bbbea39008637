import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, buttonByText, deepActive, makeStore, openPreferences, preferencesFixture, pressChord, tabCycle, transitionsDone } from './helpers.js';

const switchFor = (el: Element, attr: 'category' | 'service', id: string) => $<HTMLButtonElement>(el, `[role="switch"][data-${attr}="${id}"]`);
const isOn = (sw: HTMLElement) => sw.getAttribute('aria-checked') === 'true';

describe('seal-preferences', () => {
  afterEach(() => document.querySelectorAll('body > button').forEach((b) => b.remove()));

  it('opens as a modal dialog with focus inside, and is accessible', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    const shown = oneEvent(el, 'seal-show');
    await openPreferences(el);
    await shown;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(deepActive())).to.equal(true);
    expect($$(el, '[part="category"]').length).to.equal(5);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with a cookie table expanded, in dark theme and in French', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store, { lang: 'fr', theme: 'dark' });
    await openPreferences(el);
    const details = $<HTMLDetailsElement>(el, '[data-category="analytics"] details');
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    const headers = [...details.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).to.deep.equal(['Nom', 'Fournisseur', 'Finalité', 'Durée']);
    expect([...details.querySelectorAll('td code')].map((c) => c.textContent)).to.include('_ga');
    expect($(el, 'h2').textContent).to.equal('Préférences de confidentialité');
    expect(getComputedStyle($(el, 'dialog')).backgroundColor).to.equal('rgb(29, 32, 38)');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('keeps Tab and Shift+Tab inside; Esc closes and focus returns to the opener', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    const opener = await openPreferences(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const controls = $$<HTMLElement>(el, 'dialog button:not(:disabled), dialog summary, dialog [tabindex="0"]').filter((c) => c.checkVisibility());
    const first = controls[0]!;
    const last = controls[controls.length - 1]!;
    expect(deepActive()).to.equal(first);
    await pressChord('Shift', 'Tab');
    expect(deepActive()).to.equal(last);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(first);
    for (let i = 0; i < controls.length + 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(deepActive()), `Tab #${i + 1} stays in the dialog`).to.equal(true);
    }
    const hidden = oneEvent(el, 'seal-hide');
    await sendKeys({ press: 'Escape' });
    await hidden;
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('Tab and Shift+Tab reach every control in order, also past a scroll container that takes focus', async () => {
    // Firefox makes a scrollable element (the dialog's body, overflow-y: auto) a Tab stop of its own;
    // the trap must let focus move on from there rather than send it back to the first control.
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const controls = $$<HTMLElement>(el, 'dialog button:not(:disabled), dialog summary, dialog [tabindex="0"]').filter((c) => c.checkVisibility());
    const limit = 2 * controls.length + 4;
    const forward = await tabCycle(false, limit);
    expect(forward.every((f) => f !== null && dialog.contains(f)), 'every Tab stays in the dialog').to.equal(true);
    expect(forward.filter((f) => controls.includes(f as HTMLElement)), 'Tab order').to.deep.equal([...controls.slice(1), controls[0]]);
    const backward = await tabCycle(true, limit);
    expect(backward.every((f) => f !== null && dialog.contains(f)), 'every Shift+Tab stays in the dialog').to.equal(true);
    expect(backward.filter((f) => controls.includes(f as HTMLElement)), 'Shift+Tab order').to.deep.equal([...controls].reverse());
  });

  it('shows essential on and locked, reCAPTCHA and every refusable category off', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    const essential = switchFor(el, 'category', 'essential');
    expect(isOn(essential)).to.equal(true);
    expect(essential.disabled).to.equal(true);
    expect($(el, '[data-category="essential"] .always-on').textContent).to.equal('Always on');
    const recaptcha = switchFor(el, 'service', 'recaptcha');
    expect(isOn(recaptcha)).to.equal(false);
    expect(recaptcha.disabled).to.equal(false);
    for (const id of ['preferences', 'interaction', 'advertising', 'analytics']) expect(isOn(switchFor(el, 'category', id)), id).to.equal(false);
  });

  it('Save with only Analytics grants analytics and google-analytics, not reCAPTCHA', async () => {
    const { store, storage } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    switchFor(el, 'category', 'analytics').click();
    await el.updateComplete;
    expect(isOn(switchFor(el, 'service', 'google-analytics'))).to.equal(true);
    const saving = oneEvent(el, 'seal-save');
    buttonByText(el, 'Save choices').click();
    const saved = await saving;
    expect(saved.detail.method).to.equal('custom');
    expect(storage.record?.c).to.deep.equal({ essential: true, preferences: false, interaction: false, advertising: false, analytics: true });
    expect(store.isGranted('analytics', 'google-analytics')).to.equal(true);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
    expect(store.isGranted('advertising', 'youtube')).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('Save applies exactly the toggled switches, services included', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    switchFor(el, 'service', 'recaptcha').click();
    await el.updateComplete;
    switchFor(el, 'service', 'youtube').click(); // a service on turns its category on
    await el.updateComplete;
    expect(isOn(switchFor(el, 'category', 'advertising'))).to.equal(true);
    switchFor(el, 'category', 'preferences').click();
    await el.updateComplete;
    switchFor(el, 'category', 'preferences').click(); // and off again
    await el.updateComplete;
    buttonByText(el, 'Save choices').click();
    const { categories, services } = store.state;
    expect(categories).to.deep.equal({ essential: true, preferences: false, interaction: false, advertising: true, analytics: false });
    expect(services.recaptcha).to.equal(true);
    expect(services.youtube).to.equal(true);
    expect(services['google-analytics']).to.equal(false);
  });

  it('Accept all and Reject all in the dialog decide and close it', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    buttonByText(el, 'Reject all').click();
    expect(store.current?.m).to.equal('reject-all');
    expect(el.open).to.equal(false);
    await openPreferences(el);
    buttonByText(el, 'Accept all').click();
    expect(store.current?.m).to.equal('accept-all');
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
  });

  it('starts from the current decision, or the previous one when it went stale', async () => {
    const { store } = makeStore({ revision: 2 }, {
      record: { v: 1, r: 1, id: crypto.randomUUID(), t: Math.floor(Date.now() / 1000), m: 'custom',
        c: { essential: true, preferences: true, interaction: false, advertising: false, analytics: true },
        s: { recaptcha: true, 'google-analytics': false, youtube: false } },
    });
    expect(store.needsDecision).to.equal(true);
    const el = await preferencesFixture(store);
    await openPreferences(el);
    expect(isOn(switchFor(el, 'category', 'preferences'))).to.equal(true);
    expect(isOn(switchFor(el, 'category', 'analytics'))).to.equal(true);
    expect(isOn(switchFor(el, 'service', 'google-analytics'))).to.equal(false);
    expect(isOn(switchFor(el, 'service', 'recaptcha'))).to.equal(true);
    // Toggles that were not saved are forgotten on the next opening.
    switchFor(el, 'category', 'advertising').click();
    el.hide();
    await el.updateComplete;
    await openPreferences(el);
    expect(isOn(switchFor(el, 'category', 'advertising'))).to.equal(false);
  });

  it('offers the receipts download only when receipts are available', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    expect(el.shadowRoot!.querySelector('[part="receipts-link"]')).to.equal(null);
    el.receiptsAvailable = true;
    await el.updateComplete;
    const download = oneEvent(el, 'seal-download-receipts');
    $(el, '[part="receipts-link"]').click();
    await download;
    expect($(el, '[part="receipts-link"]').textContent?.trim()).to.equal('Download my consent receipts');
  });

  it('shows the GPC notice on the advertising category', async () => {
    const { store } = makeStore({}, { gpc: true });
    const el = await preferencesFixture(store);
    await openPreferences(el);
    expect($(el, '[data-category="advertising"] .gpc').textContent).to.contain('advertising stays off');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });
});
