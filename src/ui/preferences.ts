/**
 * The preference center's side of the UI controller, in one chunk with the
 * element: the banner's chunk only knows how to fetch it.
 */
import '../components/preferences/define.js';
import type { SealPreferences } from '../components/preferences/preferences.js';
import { emit } from '../core/events.js';
import type { CategoryDefinition } from '../core/types.js';
import type { Strings } from '../i18n/strings.js';
import type { UiContext } from './index.js';

/** The preference center of `ui`, mounted the first time it is asked for, showing `categories`. */
export function preferences(ui: UiContext, s: Strings, categories: CategoryDefinition[]): SealPreferences {
  const { doc, store, options } = ui;
  let el = ui.prefs;
  if (!el) {
    const prefs = (el = doc.createElement('seal-preferences'));
    prefs.store = store;
    prefs.strings = s;
    prefs.theme = store.config.theme;
    prefs.addEventListener('seal-show', (event) => {
      if (event.target === prefs) emit('seal-preferences-show', {}, doc);
    });
    prefs.addEventListener('seal-hide', (event) => {
      if (event.target === prefs) emit('seal-preferences-hide', {}, doc);
    });
    prefs.addEventListener('seal-download-receipts', () => options.onDownloadReceipts?.());
    doc.body.append(prefs);
    ui.prefs = prefs;
  }
  el.categories = categories;
  el.receiptsAvailable = Boolean(options.onDownloadReceipts) && store.previous !== null;
  return el;
}
