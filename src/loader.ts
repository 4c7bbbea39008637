/**
 * dist/cookie-seal.js — the classic script a site puts in its <head>. It runs
 * before the page's other scripts, applies the stored decision, and fetches
 * the UI chunk only when a decision is needed or the visitor asks for it: a
 * returning visitor never downloads the UI.
 */
import { isObj, isStr, readPageConfig } from './core/config.js';
import type { CookieSealApi } from './core/api.js';
import { cookieValue } from './core/stored.js';
import { browserSupported } from './core/support.js';
import { wordsLanguage } from './i18n/pieces.js';
import { startCookieSeal, uiLanguage } from './runtime.js';

declare global {
  interface Window {
    CookieSeal?: CookieSealApi;
  }
}

const script = document.currentScript as HTMLScriptElement | null;

if (window.CookieSeal) {
  console.warn('[cookie-seal] loaded twice; the second copy does nothing.');
} else if (browserSupported()) {
  try {
    let unreadable = false;
    const input = readPageConfig(document, script, () => (unreadable = true)) as { assetsUrl?: unknown; lang?: unknown; cookieName?: unknown; texts?: unknown };
    // Chunks live next to the loader unless the config says otherwise.
    const base = new URL(isStr(input.assetsUrl) ? input.assetsUrl : '.', script?.src || location.href);
    let preloaded = false;
    // The banner's chunk in the visitor's language (its words are in it, and it imports nothing:
    // test/build/banner-chunk.test.mjs), the one file a first visit needs before the banner,
    // requested before the start-up that imports it has run, in the language the start-up finds
    // (the same rule, uiLanguage()).
    const preloadBanner = () => {
      if (preloaded) return;
      preloaded = true;
      const lang = uiLanguage(isStr(input.lang) ? input.lang : 'auto', isObj(input.texts) ? input.texts : {}, document);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(`chunks/ui-${wordsLanguage(lang)}.js`, base).href;
      // Under a strict CSP (nonce + 'strict-dynamic') the preload needs the loader's nonce.
      if (script?.nonce) link.nonce = script.nonce;
      document.head.append(link);
    };
    // Read once and handed to the start-up below: each `document.cookie` read may ask the browser
    // process, and the page's first one waits on it (about 3 ms in the bench's headless Chromium,
    // 1 ms for a second read in the same task).
    const cookies = document.cookie;
    // No consent cookie at all: the banner will be needed, so its chunks are requested
    // before the rest of the start-up runs (the config check, the gate), not after it.
    if (cookieValue(isStr(input.cookieName) ? input.cookieName : 'eu-consent', cookies) === undefined) preloadBanner();
    // Chunk URLs are built at run time, so the bundler leaves these imports alone.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const load = (name: string) => (): Promise<any> => import(/* @vite-ignore */ new URL(`chunks/${name}.js`, base).href);
    const api = (window.CookieSeal = startCookieSeal(input, {
      unreadable,
      cookies,
      // The banner's chunk with its words: the file the banner preload above asked for.
      loadUi: (lang) => load(`ui-${wordsLanguage(lang)}`)(),
      loadSession: load('consent'),
      loadReceipts: load('receipts'),
      loadCleanup: load('cleanup'),
      loadDiagnostics: load('diagnostics'),
      loadPlaceholders: load('placeholders'),
      // The button with its name in the visitor's language (one file per language): what a
      // returning visit fetches, at idle.
      settingsButton: (o) =>
        load(`settings-button-${wordsLanguage(o.lang)}`)().then((m) => m.createSettingsButton({ ...o, label: o.label ?? m.buttonLabel })),
    }));
    // A stored decision that is stale or broken also brings the banner.
    if (!api.get().decided) preloadBanner();
  } catch (error) {
    // Nothing may escape into the host page; without a runtime, nothing gated runs either.
    console.error('[cookie-seal] failed to start; only essential cookies are in use.', error);
  }
}
// Else a browser without the popover API (README "Browser support"): nothing starts, quietly.
// Gated tags stay inert, so only essential cookies are in use, and nothing is thrown into the page.
