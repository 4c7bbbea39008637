import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, bannerFixture, buttonByText, makeStore, nextFrame, transitionsDone } from './helpers.js';

const positions = ['bar', 'box', 'modal'] as const;

describe('seal-banner', () => {
  for (const position of positions) {
    it(`${position}: Accept all, Reject all and Customise have the same size and style`, async () => {
      const { store } = makeStore();
      const el = await bannerFixture(store, { position });
      const buttons = $$<HTMLButtonElement>(el, '.actions button');
      expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['Accept all', 'Reject all', 'Customise']);
      const looks = buttons.map((b) => {
        const cs = getComputedStyle(b);
        const r = b.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), cs.fontWeight, cs.fontSize, cs.backgroundColor, cs.color, cs.borderColor, b.className].join('|');
      });
      expect(new Set(looks).size, looks.join('\n')).to.equal(1);
      expect(buttons[0]!.getBoundingClientRect().height).to.be.at.least(44);
    });

    it(`${position}: has no accessibility violations`, async () => {
      const { store } = makeStore();
      const el = await bannerFixture(store, { position });
      await transitionsDone(el);
      await expect(el).to.be.accessible();
    });
  }

  it('bar and box are labelled non-modal regions; modal is a labelled modal dialog', async () => {
    const { store } = makeStore();
    const bar = await bannerFixture(store);
    const region = $(bar, '[part="banner"]');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Cookie consent');
    expect(getComputedStyle(region).position).to.equal('fixed');

    const modal = await bannerFixture(store, { position: 'modal' });
    const dialog = $<HTMLDialogElement>(modal, 'dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect($(modal, `#${dialog.getAttribute('aria-labelledby')}`).textContent).to.equal('Your privacy choices');
  });

  it('Accept all decides through the store', async () => {
    const { store } = makeStore();
    const el = await bannerFixture(store);
    const accepted = oneEvent(el, 'seal-accept-all');
    buttonByText(el, 'Accept all').click();
    const event = await accepted;
    expect(event.detail.method).to.equal('accept-all');
    expect(store.needsDecision).to.equal(false);
    expect(store.isGranted('advertising')).to.equal(true);
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
  });

  it('Reject all grants only what cannot be refused', async () => {
    const { store, storage } = makeStore();
    const el = await bannerFixture(store);
    buttonByText(el, 'Reject all').click();
    expect(storage.record?.m).to.equal('reject-all');
    expect(store.state.categories).to.deep.equal({ essential: true, preferences: false, interaction: false, advertising: false, analytics: false });
    expect(store.isGranted('essential', 'recaptcha')).to.equal(false);
  });

  it('Customise and the close button decide nothing', async () => {
    const { store, storage } = makeStore();
    const el = await bannerFixture(store);
    const customise = oneEvent(el, 'seal-customise');
    buttonByText(el, 'Customise').click();
    await customise;
    const closed = oneEvent(el, 'seal-close');
    $(el, '[part="close-button"]').click();
    await closed;
    expect(storage.record).to.equal(null);
    expect(store.needsDecision).to.equal(true);
  });

  it('Esc on the modal banner is a refusal that is not stored', async () => {
    const { store, storage } = makeStore();
    const el = await bannerFixture(store, { position: 'modal' });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const closed = oneEvent(el, 'seal-close');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await closed;
    expect(storage.record).to.equal(null);
  });

  it('links the cookie policy and shows the GPC notice when the browser sends GPC', async () => {
    const { store } = makeStore({}, { gpc: true });
    const el = await bannerFixture(store);
    expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('/privacy#cookies');
    expect($(el, '.gpc').textContent).to.contain('Global Privacy Control');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('reserves its height as scroll padding while shown, and gives it back', async () => {
    document.documentElement.style.scrollPaddingBottom = '3px';
    const { store } = makeStore();
    const el = await bannerFixture(store);
    await nextFrame();
    await nextFrame();
    const height = $(el, '[part="banner"]').getBoundingClientRect().height;
    expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).to.be.at.least(height);
    el.open = false;
    await el.updateComplete;
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('3px');
    expect(getComputedStyle($(el, '[part="banner"]')).display).to.equal('none');
    document.documentElement.style.scrollPaddingBottom = '';
  });

  it('speaks French with the French table', async () => {
    const { store } = makeStore();
    const el = await bannerFixture(store, { lang: 'fr' });
    expect($$(el, '.actions button').map((b) => b.textContent?.trim())).to.deep.equal(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    expect($(el, '[part="banner"]').getAttribute('lang')).to.equal('fr');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`theme="${theme}" is accessible and changes the colours`, async () => {
      const { store } = makeStore();
      const el = await bannerFixture(store, { theme, position: 'box' });
      const bg = getComputedStyle($(el, '[part="banner"]')).backgroundColor;
      expect(bg).to.equal(theme === 'dark' ? 'rgb(29, 32, 38)' : 'rgb(255, 255, 255)');
      await transitionsDone(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('seal-banner right to left', () => {
  it('mirrors its layout for a right-to-left language', async () => {
    const { store } = makeStore({ texts: { ar: { bannerTitle: 'خيارات الخصوصية', acceptAll: 'قبول الكل' } } });
    const el = await bannerFixture(store, { lang: 'ar', position: 'box' });
    const panel = $(el, '[part="banner"]');
    expect(panel.getAttribute('dir')).to.equal('rtl');
    const close = $(el, '[part="close-button"]').getBoundingClientRect();
    const title = $(el, 'h2').getBoundingClientRect();
    expect(close.right).to.be.below(title.left + 1);
    expect(panel.getBoundingClientRect().left, 'the box sits in the left corner').to.be.below(innerWidth / 2);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });
});
