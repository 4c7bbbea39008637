/**
 * The settings menu's side of the UI controller, in one chunk with the
 * element (and floating-ui): the banner's chunk only knows how to fetch it.
 */
import '../components/menu/define.js';
import type { SealMenu } from '../components/menu/menu.js';
import type { Strings } from '../i18n/strings.js';
import type { UiContext } from './index.js';

/** The settings menu of `ui`, mounted the first time it is asked for. */
export function menu(ui: UiContext, s: Strings): SealMenu {
  const { doc, store, options } = ui;
  let el = ui.menu;
  if (!el) {
    const menu = (el = doc.createElement('seal-menu'));
    menu.store = store;
    menu.strings = s;
    menu.theme = store.config.theme;
    menu.addEventListener('seal-customise', () => ui.controller.showPreferences(menu.anchor));
    menu.addEventListener('seal-download-receipts', () => options.onDownloadReceipts?.());
    doc.body.append(menu);
    ui.menu = menu;
  }
  el.receiptsAvailable = Boolean(options.onDownloadReceipts) && store.previous !== null;
  return el;
}

/** Opens the settings menu of `ui` next to `anchor`, or closes it when it is already open there. */
export function toggleMenu(ui: UiContext, s: Strings, anchor: HTMLElement): void {
  const el = menu(ui, s);
  const toggle = el.open && el.anchor === anchor;
  el.hide(toggle);
  if (!toggle) void el.show(anchor);
}
