import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createSettingsButton, type SettingsButton } from '../../src/launcher/settings-button.js';
import { loadPiece } from '../../src/i18n/pieces.js';
import { createUi } from '../../src/ui/index.js';
import type { SealMenu } from '../../src/components/menu/menu.js';
import type { SealPreferences } from '../../src/components/preferences/preferences.js';
import type { UiController } from '../../src/core/ui-controller.js';
import { deepActive, makeStore, nextFrame, transitionsDone, viewportFrame, waitUntil } from './helpers.js';

const menu = () => document.querySelector<SealMenu>('seal-menu');
const items = () => [...menu()!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
const item = (name: string | RegExp) => {
  const found = items().find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));
  if (!found) throw new Error(`no menu item ${name}`);
  return found;
};
const isOpen = () => menu()?.matches(':popover-open') === true;

describe('seal-menu (quick menu of the settings button)', () => {
  let ui: UiController;
  let settings: SettingsButton;
  let downloads: number;

  /** The loader's real floating button, opening the menu of a fresh UI; `decided` gives the store a past decision. */
  async function setUp({ decided = true, lang = 'en', theme = 'auto' as 'auto' | 'light' | 'dark', receipts = true } = {}) {
    const { store } = makeStore({ theme });
    if (decided) store.acceptAll();
    downloads = 0;
    ui = createUi(store, { lang, onDownloadReceipts: receipts ? () => downloads++ : undefined });
    // As the loader does: the button's name is its language's piece.
    settings = createSettingsButton({ lang, theme, label: loadPiece(lang, 'settings-button'), open: (opener) => ui.showMenu(opener) });
    await settings.ready;
    return store;
  }
  const button = () => document.querySelector('cookie-seal-settings')!.shadowRoot!.querySelector('button')!;
  async function open() {
    button().focus();
    button().click();
    await waitUntil(isOpen, 'the menu opens');
    await menu()!.updateComplete;
    await nextFrame();
    await nextFrame();
  }

  afterEach(async () => {
    ui?.hide();
    settings?.remove();
    document.querySelectorAll('seal-menu, seal-preferences, seal-banner, body > iframe').forEach((el) => el.remove());
  });

  it('opens from the settings button as an accessible menu with focus on its first item', async () => {
    await setUp();
    expect(button().getAttribute('aria-haspopup')).to.equal('menu');
    expect(button().getAttribute('aria-expanded')).to.equal('false');
    await open();
    expect(button().getAttribute('aria-expanded')).to.equal('true');
    const list = menu()!.shadowRoot!.querySelector('[role="menu"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Privacy options');
    expect(items().map((b) => b.textContent!.trim())).to.deep.equal([
      'Privacy preferences', 'Withdraw consent', 'Download my consent receipts',
    ]);
    expect(deepActive()).to.equal(items()[0]);
    await transitionsDone(menu()!);
    await expect(menu()!).to.be.accessible();
  });

  it('is accessible in French and in the dark theme, and offers no download without receipts', async () => {
    await setUp({ lang: 'fr', theme: 'dark', receipts: false });
    await open();
    expect(menu()!.getAttribute('theme')).to.equal('dark');
    expect(items().map((b) => b.textContent!.trim())).to.deep.equal(['Préférences de confidentialité', 'Retirer mon consentement']);
    await transitionsDone(menu()!);
    await expect(menu()!).to.be.accessible();
  });

  it('hides the download item when the visitor has no decision yet', async () => {
    await setUp({ decided: false });
    await open();
    expect(items().map((b) => b.textContent!.trim())).to.not.include('Download my consent receipts');
  });

  it('arrow keys, Home and End move between items, wrapping around', async () => {
    await setUp();
    await open();
    const [prefs, withdraw, download] = items();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(withdraw);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(prefs, 'wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()).to.equal(download, 'wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(prefs);
    await sendKeys({ press: 'End' });
    expect(deepActive()).to.equal(download);
  });

  it('Esc closes it and focus returns to the settings button', async () => {
    await setUp();
    await open();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(), 'the menu closes');
    expect(deepActive()).to.equal(button());
    expect(button().getAttribute('aria-expanded')).to.equal('false');
  });

  it('a click outside closes it, and a second click on the button too', async () => {
    await setUp();
    await open();
    await sendMouse({ type: 'click', position: [600, 100] });
    await waitUntil(() => !isOpen(), 'a click outside closes the menu');
    await open();
    const r = button().getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await nextFrame();
    await nextFrame();
    expect(isOpen(), 'the button toggles it closed').to.equal(false);
  });

  it('"Withdraw consent" withdraws, from the keyboard', async () => {
    const store = await setUp();
    await open();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(store.current?.m).to.equal('withdraw');
    expect(store.state.categories).to.include({ analytics: false, advertising: false, essential: true });
    expect(isOpen()).to.equal(false);
    expect(deepActive()).to.equal(button());
  });

  it('"Privacy preferences" opens the preference center, which gives focus back to the button', async () => {
    await setUp();
    await open();
    item('Privacy preferences').click();
    const prefs = () => document.querySelector<SealPreferences>('seal-preferences');
    await waitUntil(() => prefs()?.open === true, 'the preference center opens');
    expect(isOpen()).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => prefs()?.open === false, 'the preference center closes');
    expect(deepActive()).to.equal(button());
  });

  it('"Download my consent receipts" asks for the download', async () => {
    await setUp();
    await open();
    item(/download/i).click();
    expect(downloads).to.equal(1);
    expect(isOpen()).to.equal(false);
  });

  it('stays inside a 320 px wide viewport, whichever corner the button is in', async () => {
    type Modules = [typeof import('./helpers.js'), typeof import('../../src/ui/index.js'), typeof import('../../src/launcher/settings-button.js')];
    const { win, modules: [h, uiModule, launcher] } = await viewportFrame<Modules>(320, 480, [
      '/test/components/helpers.ts', '/src/ui/index.ts', '/src/launcher/settings-button.ts',
    ]);
    const doc = win.document;
    const { store } = h.makeStore();
    store.acceptAll();
    const small = uiModule.createUi(store, { lang: 'en', document: doc });
    // The loader passes the name from the language's piece; the button shows once it has it.
    await launcher.createSettingsButton({ lang: 'en', theme: 'auto', label: 'Privacy settings', open: (opener) => small.showMenu(opener) }).ready;
    const smallMenu = () => doc.querySelector<SealMenu>('seal-menu');
    const smallButton = () => doc.querySelector('cookie-seal-settings')!.shadowRoot!.querySelector('button')!;
    for (const side of ['start', 'end']) {
      const host = doc.querySelector<HTMLElement>('cookie-seal-settings')!;
      if (side === 'end') host.dataset.side = 'end';
      smallButton().focus();
      smallButton().click();
      await waitUntil(() => smallMenu()?.matches(':popover-open'), 'the menu opens');
      await smallMenu()!.updateComplete;
      await nextFrame();
      await nextFrame();
      const m = smallMenu()!.shadowRoot!.querySelector('[role="menu"]')!.getBoundingClientRect();
      const b = smallButton().getBoundingClientRect();
      expect(m.left, `${side} left`).to.be.at.least(0);
      expect(m.top, `${side} top`).to.be.at.least(0);
      expect(m.right, `${side} right`).to.be.at.most(320);
      expect(m.bottom, `${side} bottom`).to.be.at.most(480);
      expect(m.bottom, `${side}: above its button`).to.be.at.most(b.top);
      small.hide();
      await waitUntil(() => !smallMenu()?.matches(':popover-open'), 'the menu closes');
    }
  });
});
