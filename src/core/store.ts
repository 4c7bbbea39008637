import type {
  CategoryId, ConsentChange, ConsentState, DecisionMethod, SealConfig, ServiceId, StoredConsent,
} from './types.js';
import { notice } from './notice.js';

/** Where a decision is persisted. The default is the `eu-consent` cookie (storage.ts). */
export interface ConsentStorage {
  /** The stored record, or null when absent, malformed or tampered with. Never throws. */
  read(): StoredConsent | null;
  write(record: StoredConsent): void;
}

/**
 * The order of a commit (what a decision does, in the store):
 *  1. the subscribers that asked to come first (`subscribe(listener, true)`), in the order they
 *     subscribed: Google Consent Mode's update, then the gate (the runtime subscribes them in
 *     that order), so the gated tags start before anything else and find Consent Mode updated;
 *  2. the store writes the decision to its storage (the consent cookie);
 *  3. every other subscriber, in the order it subscribed: `seal-change`, the UI, `whenGranted()`,
 *     site code, and last the consent chunk's receipts (signing, and on a first decision the
 *     device key) and clean-up, which subscribe only once that chunk has arrived.
 * None of cookie-seal's own subscribers decides or writes through the store's public methods: the only
 * write besides a decision is the receipts' `Note` (below), which tells nobody.
 */
export type ChangeListener = (change: ConsentChange) => void;

/**
 * What a decision rule returns: the next stored record and the change it
 * makes (worked out with `stateOf()`). It changes nothing itself.
 */
export interface Decision {
  record: StoredConsent;
  change: ConsentChange;
}

/**
 * The decisions themselves (`decisions.ts`): which categories and services
 * each one grants, as the next record and the change. They are pure; the
 * store commits what they return. They come with the consent chunk, which
 * the loader fetches only when a decision can be made: a returning
 * visitor's page never needs them.
 */
export interface Decisions {
  acceptAll(store: ConsentStore): Decision;
  rejectAll(store: ConsentStore, method?: DecisionMethod): Decision;
  set(store: ConsentStore, categories: Record<CategoryId, boolean>, options: { services?: Record<ServiceId, boolean>; method?: DecisionMethod }): Decision;
}

/**
 * The only change to the stored record that is not a decision: the receipts note the visitor id
 * a new device key starts under and the hash of the latest receipt (DESIGN §6, §10). It is
 * written to storage and nobody is told. `provide()` hands it to the consent chunk, which gives
 * it to the receipts: a subscriber does not write back through the store's public methods.
 */
export type Note = (fields: Partial<Pick<StoredConsent, 'id' | 'h'>>) => void;

export interface ConsentStoreOptions {
  /** Reads the stored decision at start; decisions are written to it. */
  storage: ConsentStorage;
  /** The decision rules; without them decisions wait until `provide()` brings them. */
  decisions?: Decisions;
  /** Current time in milliseconds; injectable for tests. */
  now?: () => number;
  /** `navigator.globalPrivacyControl` at start. */
  gpc?: boolean;
  /**
   * The config could not be read where a decision depends on it (the JSON block, the revision, the
   * cookie, the lifetime, categories, services, Consent Mode): the stored decision counts as stale, so the
   * banner asks again instead of applying it under a config nobody meant (DESIGN §3).
   */
  stale?: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Owns the visitor's consent: what is granted now, whether a decision is
 * needed, and every change. Consent Mode, gating, storage, events, receipts and the
 * clean-up are subscribers, told in the order of a commit (above); the UI renders from it and calls its methods.
 *
 * It ships in the loader, so it holds what a decided visitor needs (the
 * state, the stale rules, the change notifications). The decision rules and
 * the cookie writer come with the consent chunk (`provide()`); callers that
 * may run before it arrives decide through `whenReady()`, which applies the
 * decision at once when it can and as soon as the chunk is there otherwise.
 */
export class ConsentStore {
  /**
   * The checked config. Neither it nor anything in it is changed once given: the loader's reading
   * of the config until the consent chunk's complete check replaces it (`provide()`; both agree on
   * every field a decision reads). What a visitor is shown (the default texts in their language)
   * is built on copies (`withDefaultTexts()`). Only `provide()` sets it.
   */
  config: SealConfig;
  readonly gpc: boolean;
  /** The last stored decision, even when stale: the preference center starts from it. */
  previous: StoredConsent | null;
  #record: StoredConsent | null;
  #storage: ConsentStorage;
  #decisions?: Decisions;
  /** Current time in milliseconds (injectable for tests). */
  readonly now: () => number;
  /** Those that come before storage. */
  readonly #first = new Set<ChangeListener>();
  /** The others; the first of them writes the storage. */
  readonly #listeners = new Set<ChangeListener>();
  #waiting: (() => void)[] = [];
  /** Asked to fetch the decision rules when `whenReady()` waits for them (set by the runtime). */
  onWait?: () => void;

  constructor(config: SealConfig, options: ConsentStoreOptions) {
    this.config = config;
    this.#storage = options.storage;
    this.#decisions = options.decisions;
    this.now = options.now ?? Date.now;
    this.gpc = options.gpc === true;
    this.previous = this.#storage.read();
    this.#record = this.previous && !options.stale && !this.#isStale(this.previous) ? this.previous : null;
    this.subscribe(() => this.#storage.write(this.#record!));
  }

  /**
   * Installs the decision rules, the storage that writes and the completely checked config (the
   * consent chunk's); runs what `whenReady()` held. Returns the receipts' `Note`.
   */
  provide(decisions: Decisions, storage?: ConsentStorage, config?: SealConfig): Note {
    this.#decisions = decisions;
    if (storage) this.#storage = storage;
    if (config) this.config = config;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const run of waiting) run();
    return (fields) => {
      if (!this.#record) return;
      this.#record = this.previous = { ...this.#record, ...fields };
      this.#storage.write(this.#record);
    };
  }

  /** Runs `task` once decisions can be made: at once if they already can, else when the rules arrive. */
  whenReady(task: () => void): void {
    if (this.#decisions) return task();
    this.#waiting.push(task);
    this.onWait?.();
  }

  /** Resolves once decisions can be made (see `whenReady()`). */
  ready(): Promise<void> {
    return new Promise((resolve) => this.whenReady(resolve));
  }

  /** True when no valid decision exists: the banner must be shown. */
  get needsDecision(): boolean {
    return this.#record === null;
  }

  /** The public state (`CookieSeal.get()`); a fresh object each call. */
  get state(): ConsentState {
    return this.stateOf(this.#record);
  }

  /** The public state `rec` stands for under this config (null: no decision). */
  stateOf(rec: StoredConsent | null): ConsentState {
    const categories: Record<CategoryId, boolean> = {};
    const services: Record<ServiceId, boolean> = {};
    for (const cat of this.config.categories) {
      categories[cat.id] = cat.required === true || rec?.c[cat.id] === true;
      for (const svc of cat.services) {
        const defaultOn = cat.required === true && svc.optIn !== true;
        services[svc.id] = categories[cat.id] && (rec ? rec.s[svc.id] !== false && (rec.s[svc.id] === true || defaultOn) : defaultOn);
      }
    }
    return {
      decided: rec !== null,
      categories,
      services,
      revision: this.config.revision,
      decidedAt: rec ? new Date(rec.t * 1000).toISOString() : null,
      visitorId: rec?.id ?? null,
    };
  }

  /** The stored record of the current decision, if any. */
  get current(): StoredConsent | null {
    return this.#record;
  }

  /** Is a category (and, if named, one of its services) granted? Unknown ids are never granted. */
  isGranted(category: CategoryId, service?: ServiceId): boolean {
    const state = this.state;
    return state.categories[category] === true && (service === undefined || state.services[service] === true);
  }

  /** Resolves once the category (and service) is granted; at once if it already is. */
  whenGranted(category: CategoryId, service?: ServiceId): Promise<void> {
    return new Promise((resolve) => {
      const check = () => this.isGranted(category, service) && (off(), resolve(), true);
      const off = this.subscribe(check);
      check();
    });
  }

  /**
   * Grants everything, except what Global Privacy Control holds back
   * (`decisions.ts`). Like every decision, it needs the decision rules:
   * call it once `ready()` has resolved.
   */
  acceptAll(): ConsentChange {
    return this.#commit(this.#rules().acceptAll(this));
  }

  rejectAll(): ConsentChange {
    return this.#commit(this.#rules().rejectAll(this));
  }

  /**
   * A custom choice. Categories not named keep their current value (false
   * before any decision); a service not named follows its category.
   */
  set(categories: Record<CategoryId, boolean>, options: { services?: Record<ServiceId, boolean>; method?: DecisionMethod } = {}): ConsentChange {
    return this.#commit(this.#rules().set(this, categories, options));
  }

  /** Withdraw every non-essential consent (the same as Reject all, recorded as `withdraw`). */
  withdraw(): ConsentChange {
    return this.#commit(this.#rules().rejectAll(this, 'withdraw'));
  }

  /**
   * Listen to every decision; returns the function that stops listening.
   * `first`: before the decision is stored and before the others (Consent Mode and the gate only).
   */
  subscribe(listener: ChangeListener, first?: boolean): () => void {
    const listeners = first ? this.#first : this.#listeners;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Makes `decision` the current one and tells the subscribers, storage among them, in the order of a commit (above). */
  #commit({ record, change }: Decision): ConsentChange {
    this.#record = this.previous = record;
    for (const listener of [...this.#first, ...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One failing subscriber must not stop gating, storage or the others.
        notice('listener', undefined, error);
      }
    }
    return change;
  }

  #rules(): Decisions {
    if (!this.#decisions) throw new Error('[cookie-seal] decide after store.ready()');
    return this.#decisions;
  }

  #isStale(rec: StoredConsent): boolean {
    return rec.r < this.config.revision ||
      this.now() - rec.t * 1000 > this.config.maxAgeDays * DAY_MS ||
      this.config.categories.some((cat) => !(cat.id in rec.c) || cat.services.some((svc) => !(svc.id in rec.s)));
  }
}
