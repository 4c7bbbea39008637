import { notice } from './notice.js';
import type { ConsentStore } from './store.js';
import type { CategoryId, ConsentState, ReceiptRecord, SealConfigInput, ServiceId } from './types.js';

/**
 * `window.CookieSeal` and the ESM entry's members (DESIGN §7). Decisions made
 * here have the same effects as the buttons: storage, gating, Consent Mode,
 * `seal-change` and a signed receipt.
 */
export interface CookieSealApi {
  readonly version: string;
  get(): ConsentState;
  isGranted(category: CategoryId, service?: ServiceId): boolean;
  whenGranted(category: CategoryId, service?: ServiceId): Promise<void>;
  /**
   * The decisions resolve once applied: at once when the decision rules are
   * loaded (after the banner shows), else as soon as the loader has fetched them.
   */
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  set(categories: Record<CategoryId, boolean>, options?: { services?: Record<ServiceId, boolean> }): Promise<void>;
  withdraw(): Promise<void>;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Replace or extend the configuration (before first render for bundlers; later it re-applies). */
  configure(config: SealConfigInput): void;
  /** Stored receipts, newest first. */
  receipts(): Promise<ReceiptRecord[]>;
  /** Checks a receipt's signature with its embedded device key, or a server countersignature with a JWKS. */
  verifyReceipt(jws: string, jwks?: unknown): Promise<boolean>;
}

/** The members of a running instance the API hands on as they are (none of them uses `this`). */
export interface ApiTarget {
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  configure(config: SealConfigInput): void;
  receipts(): Promise<ReceiptRecord[]>;
  verifyReceipt(jws: string, jwks?: unknown): Promise<boolean>;
}

export const VERSION = '0.1.0';

/**
 * Builds the public API over the running instance's store (`store()`: `configure()` starts a new
 * one) and its other members (`target`). Calls that a site makes with bad arguments log and do nothing.
 */
export function createApi(store: () => ConsentStore, target: ApiTarget): CookieSealApi {
  const decide = (run: (store: ConsentStore) => unknown): Promise<void> => {
    const current = store();
    // Applied at once when the rules are there, so `get()` right after already shows it.
    return new Promise((resolve) => current.whenReady(() => resolve(void run(current))));
  };
  return {
    ...target,
    version: VERSION,
    get: () => store().state,
    isGranted: (category, service) => store().isGranted(category, service),
    whenGranted: (category, service) => store().whenGranted(category, service),
    acceptAll: () => decide((s) => s.acceptAll()),
    rejectAll: () => decide((s) => s.rejectAll()),
    set: (categories, options) => {
      if (!isBooleanMap(categories) || (options?.services !== undefined && !isBooleanMap(options.services))) {
        notice('set');
        return Promise.resolve();
      }
      return decide((s) => s.set(categories, { services: options?.services }));
    },
    withdraw: () => decide((s) => s.withdraw()),
  };
}

function isBooleanMap(value: unknown): value is Record<string, boolean> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'boolean');
}
