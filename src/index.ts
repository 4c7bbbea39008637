/**
 * ESM entry of the `cookie-seal` package, for bundler users. The members of
 * `window.CookieSeal` are exported as functions bound to one instance that
 * starts on the first call (or on `start()`); `configure()` before that sets
 * its configuration. Building blocks are exported for custom setups.
 */
import type { CookieSealApi } from './core/api.js';
import { mergeConfig } from './core/config.js';
import type { CategoryId, SealConfigInput, ServiceId } from './core/types.js';
import { createSettingsButton } from './launcher/settings-button.js';
import { startCookieSeal } from './runtime.js';
import { loadPiece } from './i18n/pieces.js';

export type * from './core/types.js';
export type { CookieSealApi } from './core/api.js';
export type { SealEventMap, SealEventName } from './core/events.js';
export type { UiController } from './core/ui-controller.js';
export { ConsentStore, type ConsentStorage, type ConsentStoreOptions } from './core/store.js';
export { CookieStorage } from './core/storage.js';
/** The decision rules: `new ConsentStore(config, { storage, decisions })` decides synchronously. */
export { decisions } from './core/decisions.js';
export { ScriptGate } from './core/gating.js';
export { mergeConfig } from './core/config.js';
export { parseConfig } from './core/config-full.js';
export { defaultCategories } from './core/categories.js';
export { startCookieSeal } from './runtime.js';
export { VERSION } from './core/api.js';

let api: CookieSealApi | undefined;
let pending: SealConfigInput | undefined;

/** Starts cookie-seal with the given configuration (once; later calls re-configure). */
export function start(config?: SealConfigInput): CookieSealApi {
  if (api) {
    if (config) api.configure(config);
    return api;
  }
  const input = config ? mergeConfig(pending ?? {}, config) : pending ?? {};
  api = startCookieSeal(input, {
    loadUi: () => import('./ui/index.js'),
    loadSession: () => import('./core/session.js'),
    loadReceipts: () => import('./receipts/index.js'),
    loadCleanup: () => import('./core/cleanup.js'),
    loadDiagnostics: () => import('./core/config-messages.js'),
    loadPlaceholders: () => import('./placeholders/index.js'),
    settingsButton: async (o) => createSettingsButton({ ...o, label: o.label ?? loadPiece(o.lang, 'settings-button') }),
  });
  return api;
}

const running = () => api ?? start();

export const configure = (config: SealConfigInput): void => {
  if (api) api.configure(config);
  else pending = mergeConfig(pending ?? {}, config) as SealConfigInput;
};
export const get = () => running().get();
export const isGranted = (category: CategoryId, service?: ServiceId) => running().isGranted(category, service);
export const whenGranted = (category: CategoryId, service?: ServiceId) => running().whenGranted(category, service);
export const acceptAll = () => running().acceptAll();
export const rejectAll = () => running().rejectAll();
export const set = (categories: Record<CategoryId, boolean>, options?: { services?: Record<ServiceId, boolean> }) =>
  running().set(categories, options);
export const withdraw = () => running().withdraw();
export const showBanner = () => running().showBanner();
export const showPreferences = () => running().showPreferences();
export const hide = () => running().hide();
export const receipts = () => running().receipts();
export const verifyReceipt = (jws: string, jwks?: unknown) => running().verifyReceipt(jws, jwks);
