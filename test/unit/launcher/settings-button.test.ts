import { expect } from '@open-wc/testing';
import { createSettingsButton, type SettingsButton } from '../../../src/launcher/settings-button.js';

const buttonOf = () => document.querySelector('cookie-seal-settings')!.shadowRoot!.querySelector('button')!;
const background = () => getComputedStyle(buttonOf()).backgroundColor;

describe('settings button', () => {
  let button: SettingsButton | undefined;
  afterEach(() => button?.remove());

  it('is a labelled 44 px button in the page language that opens with itself as opener', async () => {
    let opener: HTMLElement | null = null;
    let resolve = (_: string) => {};
    button = createSettingsButton({ lang: 'fr', label: new Promise((r) => (resolve = r)), theme: 'auto', open: (el) => (opener = el) });
    // Never in the page without its name.
    expect(document.querySelector('cookie-seal-settings')).to.equal(null);
    resolve('Paramètres de confidentialité');
    await button.ready;
    const el = buttonOf();
    expect(el.getAttribute('aria-label')).to.equal('Paramètres de confidentialité');
    expect(document.querySelector('cookie-seal-settings')!.getAttribute('lang')).to.equal('fr');
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    el.click();
    expect(opener).to.equal(el);
  });

  it('follows a forced dark or light theme from the config', async () => {
    button = createSettingsButton({ lang: 'en', label: 'Privacy settings', theme: 'dark', open: () => {} });
    await button.ready;
    expect(background()).to.equal('rgb(29, 32, 38)');
    button.remove();
    button = createSettingsButton({ lang: 'en', label: 'Privacy settings', theme: 'light', open: () => {} });
    await button.ready;
    expect(background()).to.equal('rgb(255, 255, 255)');
  });

  it('is removed with its focus listener, even before its name arrived', async () => {
    button = createSettingsButton({ lang: 'en', label: 'Privacy settings', theme: 'auto', open: () => {} });
    button.remove();
    await button.ready;
    expect(document.querySelector('cookie-seal-settings')).to.equal(null);
  });
});
