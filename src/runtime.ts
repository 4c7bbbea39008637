/**
 * The composition root shared by the classic-script loader and the ESM
 * entry: config → store → subscribers (storage lives in the store; gating,
 * Consent Mode, cookie clean-up, events, receipts) → public API. The two
 * entries differ only in how they fetch the UI and receipts chunks.
 */
import { createApi, type CookieSealApi } from './core/api.js';
import type { createCleanup } from './core/cleanup.js';
import { mergeConfig, readConfig } from './core/config.js';
import type { describeProblem } from './core/config-messages.js';
import { installConsentMode } from './core/consent-mode.js';
import { emit } from './core/events.js';
import { outboxPending } from './core/outbox-hint.js';
import { ScriptGate } from './core/gating.js';
import { resolveLanguage } from './core/language.js';
import { CookieStorage } from './core/storage.js';
import { ConsentStore } from './core/store.js';
import type { ConsentChange, SealConfigInput } from './core/types.js';
import type { UiController } from './core/ui-controller.js';
import type { SettingsButton, SettingsButtonOptions } from './launcher/settings-button.js';
import type { PlaceholderOptions, Placeholders } from './placeholders/index.js';
import type { createReceipts, Receipts } from './receipts/index.js';

/** What the UI chunk (`src/ui/index.ts`) exports. */
export interface UiModule {
  createUi(store: ConsentStore, options: { lang: string; document?: Document; onDownloadReceipts?: () => void }): UiController;
}

/** What the receipts chunk (`src/receipts/index.ts`) exports. */
export interface ReceiptsModule {
  createReceipts: typeof createReceipts;
}

/** What the diagnostics chunk (`src/core/config-messages.ts`) exports. */
export interface DiagnosticsModule {
  describeProblem: typeof describeProblem;
}

/** What the clean-up chunk (`src/core/cleanup.ts`) exports. */
export interface CleanupModule {
  createCleanup: typeof createCleanup;
}

/** What the placeholders chunk (`src/placeholders/index.ts`) exports. */
export interface PlaceholdersModule {
  mountPlaceholders(store: ConsentStore, options: PlaceholderOptions): Placeholders;
}

export interface RuntimeEnv {
  loadUi(): Promise<UiModule>;
  loadReceipts(): Promise<ReceiptsModule>;
  /** Fetched on the first decision that revokes something: it deletes the withdrawn cookies. */
  loadCleanup(): Promise<CleanupModule>;
  /** Fetched only when the config has a problem: the words of the console errors. */
  loadDiagnostics(): Promise<DiagnosticsModule>;
  /** Fetches the placeholders of gated iframes; without it, blocked iframes just stay empty. */
  loadPlaceholders?(): Promise<PlaceholdersModule>;
  /** Renders the floating settings button (the loader's own, without Lit). */
  settingsButton?: (options: SettingsButtonOptions) => SettingsButton;
  doc?: Document;
}

/** Built-in UI languages; a site adds others through `texts`, the rest fall back to English. */
export const LANGUAGES = ['en', 'fr', 'ar'] as const;

const domReady = (doc: Document): Promise<void> =>
  doc.readyState === 'loading'
    ? new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve();

/** Logs a failure of an optional part (UI chunk, receipts) without letting it reach the host page. */
const report = (what: string) => (error: unknown) => console.error(`[cookie-seal] ${what}:`, error);

export function startCookieSeal(initialInput: unknown, env: RuntimeEnv): CookieSealApi {
  const doc = env.doc ?? document;
  let input: unknown = initialInput;
  let instance = boot();

  function boot() {
    const { config, problems } = readConfig(input);
    if (problems.length) {
      env.loadDiagnostics().then(
        (m) => problems.forEach((p) => console.error(m.describeProblem(p))),
        // Even without the chunk, the site owner learns which fields were refused.
        () => console.error(`cookie-seal config: invalid ${problems.map((p) => `"${p.field}"`).join(', ')}; defaults used.`),
      );
    }
    const lang = resolveLanguage(config.lang, doc, navigator.languages ?? [], [...LANGUAGES, ...Object.keys(config.texts)]);
    const store = new ConsentStore(config, {
      storage: new CookieStorage(config),
      gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    });
    // Consent Mode defaults must be on the dataLayer before any gated Google tag can run.
    if (config.googleConsentMode) installConsentMode(store, config);
    const gate = new ScriptGate(store, doc);
    gate.start();

    let ui: Promise<UiController> | null = null;
    let receipts: Promise<Receipts> | null = null;
    let placeholders: Promise<Placeholders> | null = null;
    const loadReceipts = () =>
      (receipts ??= env.loadReceipts().then((m) => m.createReceipts(store, { config, lang })));
    const loadUi = () =>
      (ui ??= Promise.all([env.loadUi(), domReady(doc)]).then(([m]) =>
        m.createUi(store, {
          lang,
          document: doc,
          onDownloadReceipts: () => void loadReceipts().then((r) => r.download()).catch(report('receipt download failed')),
        }),
      ));

    const unsubscribe = [
      store.subscribe((change) => emit('seal-change', change, doc)),
      store.subscribe((change) => {
        loadReceipts().then((r) => r.record(change)).catch(report('could not sign the consent receipt'));
      }),
    ];
    let cleanup: Promise<(change: ConsentChange) => void> | null = null;
    let stopped = false;
    unsubscribe.push(store.subscribe((change) => {
      if (!change.revoked.length) return;
      (cleanup ??= env.loadCleanup().then((m) => m.createCleanup(config, {
        beforeReload: () => (receipts ? receipts.then((r) => r.settled()) : Promise.resolve()),
      })))
        .then((clean) => stopped || clean(change))
        .catch(report('could not delete the withdrawn cookies'));
    }));

    let button: SettingsButton | undefined;
    const showButton = () => {
      if (config.settingsButton && env.settingsButton && !button) {
        button = env.settingsButton({
          lang,
          theme: config.theme,
          open: (opener) => void loadUi().then((c) => c.showMenu(opener)).catch(report('could not open the settings menu')),
        });
      }
    };
    const openPreferences = (opener?: HTMLElement | null) =>
      loadUi().then((c) => c.showPreferences(opener)).catch(report('could not open the preference center'));

    if (store.needsDecision) {
      // The site may decide through the API while the chunk is on its way.
      loadUi()
        .then((c) => store.needsDecision && c.showBanner())
        .catch(report('could not show the consent banner'));
    }
    void domReady(doc).then(() => {
      emit('seal-ready', store.state, doc);
      if (!store.needsDecision) showButton();
      if (env.loadPlaceholders) {
        const load = env.loadPlaceholders;
        unsubscribe.push(whenPlaceholdersNeeded(doc, store, () => {
          placeholders ??= load().then((m) =>
            m.mountPlaceholders(store, { lang, gate, document: doc, openPreferences: (opener) => void openPreferences(opener) }));
          placeholders.catch(report('could not show the embed placeholders'));
        }));
      }
      // Retry receipts that waited in the outbox on an earlier page, when the browser is idle.
      if (config.receiptEndpoint && outboxPending()) {
        idle(() => void loadReceipts().then((r) => r.flush()).catch(report('receipt outbox')));
      }
    });
    unsubscribe.push(store.subscribe(() => void domReady(doc).then(showButton)));

    return {
      store,
      config,
      gate,
      loadUi,
      loadReceipts,
      openPreferences,
      stop() {
        gate.stop();
        stopped = true;
        for (const off of unsubscribe) off();
        button?.remove();
        void ui?.then((c) => c.hide());
        void placeholders?.then((p) => p.stop(), () => {});
      },
    };
  }

  const onClick = (event: Event) => {
    const opener = (event.target as Element | null)?.closest?.('[data-seal-open]');
    if (!opener) return;
    event.preventDefault();
    void instance.openPreferences(opener as HTMLElement);
  };
  doc.addEventListener('click', onClick);

  return createApi({
    store: () => instance.store,
    showBanner: () => void instance.loadUi().then((c) => c.showBanner()).catch(report('could not show the consent banner')),
    showPreferences: () => void instance.openPreferences(doc.activeElement as HTMLElement | null),
    hide: () => void instance.loadUi().then((c) => c.hide()).catch(report('could not hide the UI')),
    configure(config: SealConfigInput) {
      input = mergeConfig(input, config);
      instance.stop();
      instance = boot();
    },
    receipts: () => instance.loadReceipts().then((r) => r.receipts()),
    verifyReceipt: (jws, jwks) => instance.loadReceipts().then((r) => r.verifyReceipt(jws, jwks)).catch(() => false),
  });
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
      const service = el.getAttribute('service') ?? '';
      const category = store.config.categories.find((c) => c.services.some((s) => s.id === service));
      return !category || !store.isGranted(category.id, service);
    });
  if (needed()) {
    task();
    return () => {};
  }
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
  return stop;
}

function idle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 2000);
}
