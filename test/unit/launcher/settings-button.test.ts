import { expect } from '@open-wc/testing';
import { createSettingsButton, type SettingsButton } from '../../../src/launcher/settings-button.js';

const buttonOf = () => document.querySelector('cookie-seal-settings')!.shadowRoot!.querySelector('button')!;
const background = () => getComputedStyle(buttonOf()).backgroundColor;

describe('settings button', () => {
  let button: SettingsButton | undefined;
  afterEach(() => button?.remove());

  it('is a labelled 44 px button in the page language that opens with itself as opener', () => {
    let opener: HTMLElement | null = null;
    button = createSettingsButton({ lang: 'fr', theme: 'auto', open: (el) => (opener = el) });
    const el = buttonOf();
    expect(el.getAttribute('aria-label')).to.equal('Paramètres des cookies');
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    el.click();
    expect(opener).to.equal(el);
  });

  it('follows a forced dark or light theme from the config', () => {
    button = createSettingsButton({ lang: 'en', theme: 'dark', open: () => {} });
    expect(background()).to.equal('rgb(29, 32, 38)');
    button.remove();
    button = createSettingsButton({ lang: 'en', theme: 'light', open: () => {} });
    expect(background()).to.equal('rgb(255, 255, 255)');
  });

  it('is removed with its focus listener', () => {
    button = createSettingsButton({ lang: 'en', theme: 'auto', open: () => {} });
    button.remove();
    expect(document.querySelector('cookie-seal-settings')).to.equal(null);
  });
});
