/**
 * The composition root shared by the classic-script loader and the ESM
 * entry: config → store → gating, Consent Mode, events → public API. It
 * holds what a visitor who already decided needs; the rest arrives in
 * chunks: the consent chunk (`core/session.ts`: decision rules, cookie
 * writer, receipts and clean-up) once a decision can be made, the UI when
 * something is shown. The two entries differ only in how they fetch chunks.
 */
import { createApi, type CookieSealApi } from './core/api.js';
import { mergeConfig, readConfig, reportProblems, voidsDecision } from './core/config.js';
import { configHash, configUnchecked, secondHalf } from './core/config-checked.js';
import { installConsentMode } from './core/consent-mode.js';
import { emit } from './core/events.js';
import { whenIdle } from './core/idle.js';
import { useDiagnostics } from './core/notice.js';
import { outboxPending } from './core/outbox-hint.js';
import { ScriptGate } from './core/gating.js';
import { resolveLanguage } from './core/language.js';
import { primary } from './core/lang-tag.js';
import { builtInLanguages } from './i18n/built-in.js';
import type { checkConfig, Session, SessionEnv, startSession } from './core/session.js';
import { ConsentStore } from './core/store.js';
import { readStoredConsent } from './core/stored.js';
import type { SealConfigInput } from './core/types.js';
import type { UiController } from './core/ui-controller.js';
import type { BannerStrings } from './i18n/strings.js';
import type { UiOptions } from './ui/index.js';
import type { SettingsButton, SettingsButtonOptions } from './launcher/settings-button.js';
import type { PlaceholderOptions, Placeholders } from './placeholders/index.js';
import type { Receipts } from './receipts/index.js';

/** What the UI chunk (`src/ui/index.ts`) exports. */
export interface UiModule {
  createUi(store: ConsentStore, options: UiOptions): UiController;
  /**
   * The banner's words, in the loader's chunks (`chunks/ui-<code>.js`, one per built-in language):
   * there when the chunk runs. Bundlers build the UI without them: it fetches them itself.
   */
  bannerWords?: BannerStrings;
}

/** What the placeholders chunk (`src/placeholders/index.ts`) exports. */
export interface PlaceholdersModule {
  mountPlaceholders(store: ConsentStore, options: PlaceholderOptions): Placeholders;
}

export interface RuntimeEnv extends Omit<SessionEnv, 'lang'> {
  /** The UI chunk for a visitor whose language is `lang`. */
  loadUi(lang: string): Promise<UiModule>;
  /** The consent chunk. */
  loadSession(): Promise<{ startSession: typeof startSession; checkConfig: typeof checkConfig }>;
  /** Fetches the placeholders of gated iframes; without it, blocked iframes just stay empty. */
  loadPlaceholders?(): Promise<PlaceholdersModule>;
  /**
   * Draws the floating settings button (plain DOM, no Lit). The loader fetches it as a chunk of
   * its own when the page is idle after load: never on a returning visit's critical path.
   */
  settingsButton?: (options: SettingsButtonOptions) => Promise<SettingsButton>;
  /** The page's config block could not be read: a stored decision is not applied (DESIGN §3). */
  unreadable?: boolean;
  /** `document.cookie` as the loader already read it, for the first start-up's stored decision; `configure()` reads it again. */
  cookies?: string;
  doc?: Document;
}

/** Built-in UI languages; a site adds others through `texts`, the rest fall back to English. */
export const LANGUAGES = builtInLanguages;

/**
 * The visitor's UI language: `lang` from the config (or `auto`), else the page's, else the
 * browser's, among the built-in languages and those the config's `texts` add.
 */
export const uiLanguage = (lang: string, texts: object, doc: Document): string =>
  resolveLanguage(lang, doc, navigator.languages ?? [], [...LANGUAGES, ...Object.keys(texts)]);

const domReady = (doc: Document): Promise<void> =>
  doc.readyState === 'loading'
    ? new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve();

const pageLoaded = (doc: Document): Promise<void> =>
  doc.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => (doc.defaultView ?? window).addEventListener('load', () => resolve(), { once: true }));

/** The UI only needs a <body> to go into: on a long page that comes well before DOMContentLoaded. */
const bodyReady = (doc: Document): Promise<unknown> =>
  doc.body
    ? Promise.resolve()
    : new Promise((resolve) => {
      const observer = new MutationObserver(() => doc.body && (observer.disconnect(), resolve(0)));
      observer.observe(doc.documentElement, { childList: true });
    });

/** Logs a failure of an optional part (mostly a chunk that did not load) without letting it reach the host page. */
const report = (what: string) => (error: unknown) => console.error('[cookie-seal]', what, error);

export function startCookieSeal(initialInput: unknown, env: RuntimeEnv): CookieSealApi {
  const doc = env.doc ?? document;
  useDiagnostics(env.loadDiagnostics);
  let input: unknown = initialInput;
  let instance = boot(env.cookies);

  /** Starts from `input` and the decision in `cookies` (a `document.cookie` string). */
  function boot(cookies = doc.cookie) {
    const { config, problems } = readConfig(input);
    reportProblems(problems, env.loadDiagnostics);
    const lang = uiLanguage(config.lang, config.texts, doc);
    const store = new ConsentStore(config, {
      // Writing comes with the consent chunk (js-cookie), together with the decision rules.
      storage: { read: () => readStoredConsent(config.cookieName, Date.now(), cookies), write() {} },
      gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      stale: env.unreadable || problems.some(voidsDecision),
    });
    // Consent Mode defaults must be on the dataLayer before any gated Google tag can run. Both
    // subscribe to come first in a commit, in this order: on a decision, Consent Mode's update,
    // then the gate, then the cookie and everyone else (see the order of a commit in store.ts).
    if (config.googleConsentMode) installConsentMode(store, config);
    const gate = new ScriptGate(store, doc);
    gate.start();

    let session: Promise<Session> | null = null;
    // The loader's fields are checked on every page (it reads them anyway); the rest of the check
    // runs in the consent chunk, which notes this config as checked once all of it passed.
    // A config of only the loader's fields leaves the chunk nothing to check: no note is read or written for it.
    const chunkHalf = secondHalf(input, config);
    const sessionEnv = () => ({ ...env, lang, configHash: problems.length || !chunkHalf ? undefined : configHash(input) });
    const loadSession = () => (session ??= env.loadSession().then((m) => m.startSession(store, input, sessionEnv())));
    store.onWait = () => void loadSession().catch(report('consent'));
    const receipts = (): Promise<Receipts> => loadSession().then((s) => s.receipts());

    let ui: Promise<UiController> | null = null;
    let placeholders: Promise<Placeholders> | null = null;
    const loadUi = () =>
      (ui ??= Promise.all([env.loadUi(lang), bodyReady(doc)]).then(([m]) =>
        m.createUi(store, {
          lang,
          bannerWords: m.bannerWords,
          document: doc,
          onDownloadReceipts: () => void receipts().then((r) => r.download()).catch(report('download')),
        }),
      ));
    // The UI chunk fetches the decision rules along with what it shows (the preference center, the menu).
    const withUi = (what: string, show: (c: UiController) => void) => void loadUi().then(show).catch(report(what));
    const openPreferences = (opener?: HTMLElement | null) => withUi('preferences', (c) => c.showPreferences(opener));

    const off = [store.subscribe((change) => emit('seal-change', change, doc))];
    let button: Promise<SettingsButton> | undefined;
    let stopped = false;
    const showButton = () => {
      if (stopped || button || !env.settingsButton || store.needsDecision || !config.settingsButton) return;
      // "auto": the site's own [data-seal-open] link already reopens the settings.
      if (config.settingsButton === 'auto' && doc.querySelector('[data-seal-open]')) return;
      const own = config.texts[lang] ?? config.texts[primary(lang)];
      button = env.settingsButton({ lang, label: own?.settingsButton, theme: config.theme, open: (opener) => withUi('menu', (c) => c.showMenu(opener)) });
      button.then((b) => stopped && b.remove(), report('settings button'));
    };
    // The button waits for the page: drawn when the browser is idle after `load`.
    const showButtonWhenIdle = () => void pageLoaded(doc).then(() => whenIdle(showButton, 2000, 200));

    if (store.needsDecision) {
      // The site may decide through the API while the chunk is on its way.
      loadUi()
        .then((c) => {
          if (store.needsDecision) c.showBanner();
        })
        .catch(report('banner'));
    }
    void domReady(doc).then(() => {
      emit('seal-ready', store.state, doc);
      showButtonWhenIdle();
      if (env.loadPlaceholders) {
        const load = env.loadPlaceholders;
        // Without the decision rules: a placeholder asks for them when the visitor allows its content.
        off.push(watchEmbeds(doc, store, () =>
          (placeholders ??= load().then((m) => {
            const mounted = m.mountPlaceholders(store, { lang, gate, document: doc, openPreferences, input });
            return mounted.ready.then(() => mounted);
          }))));
      }
      // When the browser is idle (the notes are read then: a page's first localStorage access may
      // wait on the browser process):
      whenIdle(() => {
        // A page where nothing asks for the consent chunk (where the banner shows, it runs the check
        // after the banner's paint) still checks a config it has not seen pass in this browser: the
        // site owner sees a broken field on the next page load. On a config of its own: the store's
        // stays as the loader read it until a session completes it.
        if (!stopped && !session && !store.needsDecision && chunkHalf && configUnchecked(configHash(input))) {
          env.loadSession().then((m) => m.checkConfig(readConfig(input).config, input, sessionEnv())).catch(report('config check'));
        }
        // Receipts that waited in the outbox on an earlier page are retried.
        if ((input as { receiptEndpoint?: unknown } | null)?.receiptEndpoint && outboxPending()) {
          receipts().then((r) => r.flush()).catch(report('outbox'));
        }
      }, 5000, 2000);
    });
    off.push(store.subscribe(showButtonWhenIdle));

    return {
      store,
      loadUi,
      receipts,
      openPreferences,
      stop() {
        gate.stop();
        for (const f of off) f();
        stopped = true;
        void button?.then((b) => b.remove(), () => {});
        void session?.then((s) => s.stop());
        void ui?.then((c) => c.hide());
        void placeholders?.then((p) => p.stop(), () => {});
      },
    };
  }

  doc.addEventListener('click', (event: Event) => {
    const opener = (event.target as Element | null)?.closest?.('[data-seal-open]');
    if (!opener) return;
    event.preventDefault();
    instance.openPreferences(opener as HTMLElement);
  });

  return createApi(() => instance.store, {
    showBanner: () => void instance.loadUi().then((c) => c.showBanner()).catch(report('banner')),
    showPreferences: () => instance.openPreferences(doc.activeElement as HTMLElement | null),
    hide: () => void instance.loadUi().then((c) => c.hide()).catch(report('hide')),
    configure(config: SealConfigInput) {
      input = mergeConfig(input, config);
      instance.stop();
      instance = boot();
    },
    receipts: () => instance.receipts().then((r) => r.receipts()),
    verifyReceipt: (jws, jwks) => instance.receipts().then((r) => r.verifyReceipt(jws, jwks)).catch(() => false),
  });
}

/**
 * Mounts the placeholders (`mount`) once the page needs them. Until they are
 * there, a form inside a <seal-embed> that is sent is held, then sent again:
 * through the embed's consent flow, or, if the chunk failed, as it would be
 * without cookie-seal. Returns the function that stops watching.
 */
function watchEmbeds(doc: Document, store: ConsentStore, mount: () => Promise<Placeholders>): () => void {
  let held: SubmitEvent | undefined;
  const hold = (event: SubmitEvent) => {
    if (!(event.target as Element).closest?.('seal-embed')) return;
    event.preventDefault();
    held = event;
  };
  const release = () => {
    doc.removeEventListener('submit', hold, true);
    if (held) (held.target as HTMLFormElement).requestSubmit(held.submitter);
  };
  doc.addEventListener('submit', hold, true);
  const stop = whenPlaceholdersNeeded(doc, store, () => {
    mount().then(release, (error) => {
      release();
      report('placeholders')(error);
    });
  });
  return () => {
    stop();
    doc.removeEventListener('submit', hold, true);
  };
}

/**
 * Runs `task` once the page needs the placeholders chunk, now or later: a
 * gated iframe still blocked (the gate marks the ones added later), or a
 * `<seal-embed>` whose service is not granted or that wraps a form (its
 * submit flow needs the element after consent too). Returns the function
 * that stops watching.
 */
function whenPlaceholdersNeeded(doc: Document, store: ConsentStore, task: () => void): () => void {
  const needed = () =>
    doc.querySelector('iframe[data-seal-state="blocked"], seal-embed form') !== null ||
    [...doc.querySelectorAll('seal-embed')].some((el) => {
      // Frameworks (React 19) may set the property instead of the attribute.
      const service = (el as Element & { service?: string }).service || el.getAttribute('service') || '';
      const category = store.config.categories.find((c) => c.services.some((s) => s.id === service));
      return !category || !store.isGranted(category.id, service);
    });
  const check = () => {
    if (!needed()) return;
    stop();
    task();
  };
  const observer = new MutationObserver(check);
  const off = store.subscribe(check);
  const stop = () => {
    observer.disconnect();
    off();
  };
  observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-seal-state'] });
  check();
  return stop;
}
