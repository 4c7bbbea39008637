/**
 * Entry of the UI chunk (`dist/chunks/ui-<code>.js`, one per built-in
 * language), fetched by the loader only when the banner or the preference
 * center is needed. It carries the banner and, in the loader's chunks, the
 * banner's half of one language table (bundlers' builds fetch it). The preference
 * center, the rest of the strings and the default category texts are chunks
 * of their own, fetched on the visitor's intent to open it (pointer over or
 * focus on Customise, see `onIntent`), not before:
 * most visitors answer the banner without ever opening it.
 */
import { emit } from '../core/events.js';
import type { ConsentStore } from '../core/store.js';
import type { CategoryDefinition } from '../core/types.js';
import type { UiController } from '../core/ui-controller.js';
import type { BannerStrings, Strings } from '../i18n/strings.js';
import { primary } from '../core/lang-tag.js';
import { getBannerStrings, withOverrides } from '../i18n/tables.js';
import '../components/banner/define.js';
import type { SealBanner } from '../components/banner/banner.js';
import type { SealPreferences } from '../components/preferences/preferences.js';
import type { SealMenu } from '../components/menu/menu.js';

export interface UiOptions {
  /** The resolved UI language (a built-in one, or one the config adds texts for). */
  lang: string;
  document?: Document;
  /** Shows "Download my consent receipts" in the preference center and runs on click. */
  onDownloadReceipts?: () => void;
  /**
   * The banner's words in `lang` (the `banner` language piece of the built-in language that serves
   * it), when the caller has them (the loader's chunk carries them); without them the UI fetches
   * them itself, one step later.
   */
  bannerWords?: BannerStrings;
}

/** What the preference center's and the menu's chunks need of one UI. */
export interface UiContext {
  store: ConsentStore;
  doc: Document;
  options: UiOptions;
  controller: UiController;
  prefs?: SealPreferences;
  menu?: SealMenu;
}

// Each with its element; the menu brings floating-ui, which the banner does not need.
const loadPreferences = () => import('./preferences.js');
const loadMenu = () => import('./menu.js');

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

/** Mounts the consent UI for `store` and returns the loader's handle on it. */
export function createUi(store: ConsentStore, options: UiOptions): UiController {
  const doc = options.document ?? document;
  const { config } = store;
  let bannerStrings = options.bannerWords
    ? Promise.resolve(withOverrides(options.bannerWords, options.lang, config.texts))
    : getBannerStrings(options.lang, config.texts);
  const requested = config.lang === 'auto' ? doc.documentElement.lang : config.lang;
  // The warning's words come with the rest of the strings: most pages never need them.
  // When one is due, it still comes before the banner, as the site owner expects.
  if (requested && requested !== 'auto' && primary(requested) !== primary(options.lang)) {
    const warned = import('../i18n/index.js')
      .then((m) => void m.warnUnknownLanguage(requested, options.lang, config.texts))
      .catch(() => {});
    bannerStrings = Promise.all([bannerStrings, warned]).then(([s]) => s);
  }
  // The banner needs neither the whole table nor the category texts; the preference center and the menu do.
  let all: Promise<Strings> | undefined;
  const strings = () => (all ??= import('../i18n/index.js').then((m) => m.getStrings(options.lang, config.texts, options.bannerWords)));
  // What the preference center shows: the complete config (the consent chunk's) with the default
  // texts in the visitor's language, on a copy. Their words are fetched while the check runs: the
  // services are those the loader read.
  let shown: Promise<CategoryDefinition[]> | undefined;
  const shownCategories = () =>
    (shown ??= Promise.all([
      import('../i18n/default-texts.js').then((m) => m.loadDefaultTexts(config.categories, options.lang)),
      store.ready(),
    ]).then(([fill]) => fill(store.config.categories)));
  let banner: SealBanner | null = null;
  let wantBanner = false;
  let wantPreferences = false;

  const fail = (what: string) => (error: unknown) => console.error(`[cookie-seal] could not ${what}:`, error);

  function mountBanner(s: BannerStrings): SealBanner {
    if (banner) return banner;
    const el = doc.createElement('seal-banner');
    el.store = store;
    el.strings = s;
    el.position = config.position;
    el.theme = config.theme;
    el.addEventListener('seal-customise', (event) => {
      const opener = event.composedPath()[0];
      controller.showPreferences(opener instanceof HTMLElement ? opener : null);
    });
    el.addEventListener('seal-close', () => hideBanner());
    // First in the body so keyboard users reach it first; it is fixed, so the page does not move.
    doc.body.prepend(el);
    return (banner = el);
  }

  function hideBanner(): void {
    wantBanner = false;
    if (!banner?.open) return;
    banner.open = false;
    emit('seal-banner-hide', {}, doc);
  }

  // Any decision, from the banner, the preference center or the API, ends the banner.
  store.subscribe(() => hideBanner());

  const controller: UiController = {
    showBanner() {
      wantBanner = true;
      bannerStrings
        .then((s) => {
          if (!wantBanner) return;
          const el = mountBanner(s);
          if (el.open) return;
          el.open = true;
          emit('seal-banner-show', {}, doc);
          // The banner's buttons need the decision rules (the consent chunk): fetched once it is
          // painted, so they never compete with its own files. It renders in a microtask; the
          // next frame's callback runs before that frame's paint, a task it posts after it. A
          // click before they arrive waits for them.
          requestAnimationFrame(() => setTimeout(() => void store.ready()));
        })
        .catch(fail('show the consent banner'));
    },
    showPreferences(opener) {
      const from = opener ?? deepActiveElement(doc);
      wantPreferences = true;
      // Usually already fetched on intent; if not (a fast click, a script), the click waits for it
      // and the banner stays as it is meanwhile.
      Promise.all([strings(), loadPreferences(), shownCategories()])
        .then(([s, m, categories]) => {
          if (!wantPreferences) return;
          const el = m.preferences(ui, s, categories);
          if (!el.open) el.show(from);
        })
        .catch(fail('open the preference center'));
    },
    showMenu(anchor) {
      // The menu's Withdraw decides: the decision rules come with it.
      Promise.all([strings(), loadMenu(), store.ready()])
        .then(([s, m]) => m.toggleMenu(ui, s, anchor))
        .catch(fail('open the settings menu'));
    },
    hide() {
      wantPreferences = false;
      hideBanner();
      ui.prefs?.hide();
      ui.menu?.hide();
    },
  };
  const ui: UiContext = { store, doc, options, controller };
  /*
   * A pointer over or focus on Customise or a `[data-seal-open]` trigger (touch fires pointerover
   * too, before its click) is the visitor about to open the preference center: it is fetched then,
   * so the click that follows opens it at once.
   */
  const onIntent = (event: Event) => {
    if (!(event.composedPath()[0] as Element).closest?.('[part~=customise],[data-seal-open]')) return;
    // Once is enough: a click fetches whatever this did not get.
    doc.removeEventListener('pointerover', onIntent);
    doc.removeEventListener('focusin', onIntent);
    void Promise.all([loadPreferences(), strings(), shownCategories()]).catch(() => {});
  };
  doc.addEventListener('pointerover', onIntent);
  doc.addEventListener('focusin', onIntent);
  return controller;
}
