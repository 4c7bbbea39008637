import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SealPreferences } from '../../src/components/preferences/preferences.js';
import { $, deepActive, makeStore, nextFrame, openPreferences, preferencesFixture, transitionsDone, viewportFrame, waitUntil } from './helpers.js';

const infoButton = (el: SealPreferences, service: string) =>
  $<HTMLButtonElement>(el, `[data-category] li:has([data-service="${service}"]) [part="info-button"]`);
const popover = (el: SealPreferences) => el.shadowRoot!.querySelector('seal-popover');

async function openDetails(el: SealPreferences, service: string, block: ScrollLogicalPosition = 'center') {
  infoButton(el, service).scrollIntoView({ block });
  infoButton(el, service).click();
  // This service's popover: when another one is open, it stays open until the click moves it here.
  await waitUntil(() => infoButton(el, service).getAttribute('aria-expanded') === 'true' && popover(el)?.matches(':popover-open'),
    `the details popover of ${service} opens`);
  await nextFrame();
  await nextFrame();
  await waitUntil(() => popover(el), 'the details popover is there');
  return popover(el)!;
}

describe('seal-popover (service details)', () => {
  afterEach(() => {
    document.querySelectorAll('body > button, body > iframe').forEach((b) => b.remove());
  });

  it('opens next to the info button with the service and its cookies, focus inside, accessible', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    const pop = await openDetails(el, 'google-analytics');
    expect(infoButton(el, 'google-analytics').getAttribute('aria-expanded')).to.equal('true');
    expect(pop.getAttribute('role')).to.equal('dialog');
    expect(pop.querySelector('h4')!.textContent).to.equal('Google Analytics');
    expect([...pop.querySelectorAll('dt code')].map((c) => c.textContent)).to.include('_ga');
    expect(pop.contains(deepActive())).to.equal(true);
    const a = infoButton(el, 'google-analytics').getBoundingClientRect();
    const p = pop.getBoundingClientRect();
    expect(Math.abs(p.top - a.bottom) < 20 || Math.abs(a.top - p.bottom) < 20, 'anchored to its button').to.equal(true);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('Esc closes the popover only and focus returns to its button', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    await openDetails(el, 'recaptcha');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popover(el) === null, 'the popover is gone');
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(deepActive()).to.equal(infoButton(el, 'recaptcha'));
    expect(infoButton(el, 'recaptcha').getAttribute('aria-expanded')).to.equal('false');
  });

  it('the info button toggles it, and another button moves it', async () => {
    const { store } = makeStore();
    const el = await preferencesFixture(store);
    await openPreferences(el);
    await openDetails(el, 'recaptcha');
    const yt = await openDetails(el, 'youtube');
    expect(yt.querySelector('h4')!.textContent).to.equal('YouTube');
    infoButton(el, 'youtube').click();
    await waitUntil(() => popover(el) === null, 'the popover closes');
  });

  it('stays inside a small viewport', async () => {
    const { modules: [h] } = await viewportFrame<[typeof import('./helpers.js')]>(320, 480, ['/test/components/helpers.ts']);
    const { store } = h.makeStore();
    const el = await h.preferencesFixture(store);
    await h.openPreferences(el);
    for (const service of ['recaptcha', 'google-analytics', 'youtube']) {
      const pop = await openDetails(el, service, 'end');
      const r = pop.getBoundingClientRect();
      expect(r.left, `${service} left`).to.be.at.least(0);
      expect(r.top, `${service} top`).to.be.at.least(0);
      expect(r.right, `${service} right`).to.be.at.most(320);
      expect(r.bottom, `${service} bottom`).to.be.at.most(480);
      infoButton(el, service).click();
      await waitUntil(() => popover(el) === null);
    }
  });
});
