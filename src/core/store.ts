import type {
  CategoryDefinition, CategoryId, ConsentChange, ConsentState, DecisionMethod, SealConfig, ServiceDefinition, ServiceId, StoredConsent,
} from './types.js';
import { uuidv4 } from './uuid.js';

/** The category Global Privacy Control keeps denied (with services flagged `saleOrSharing`). */
const GPC_CATEGORY = 'advertising';

/** Where a decision is persisted. The default is the `eu-consent` cookie (see storage.ts). */
export interface ConsentStorage {
  /** The stored record, or null when absent, malformed or tampered with. Never throws. */
  read(): StoredConsent | null;
  write(record: StoredConsent): void;
}

export type ChangeListener = (change: ConsentChange) => void;

export interface ConsentStoreOptions {
  storage: ConsentStorage;
  /** Current time in milliseconds; injectable for tests. */
  now?: () => number;
  /** `navigator.globalPrivacyControl` at start. */
  gpc?: boolean;
}

const DAY_MS = 86_400_000;

/** A new random pseudonymous visitor id (UUID v4). */
export const newVisitorId = (): string => uuidv4();

/**
 * Owns the visitor's consent: what is granted now, whether a decision is
 * needed, and every change. Storage, gating, Consent Mode, events and receipts
 * are subscribers; the UI renders from it and calls its methods.
 */
export class ConsentStore {
  readonly config: SealConfig;
  readonly gpc: boolean;
  /** The last stored decision, even when stale: the preference center starts from it. */
  previous: StoredConsent | null;
  private record: StoredConsent | null;
  private readonly storage: ConsentStorage;
  private readonly now: () => number;
  private readonly listeners = new Set<ChangeListener>();

  constructor(config: SealConfig, options: ConsentStoreOptions) {
    this.config = config;
    this.storage = options.storage;
    this.now = options.now ?? Date.now;
    this.gpc = options.gpc === true;
    this.previous = this.storage.read();
    this.record = this.previous && !this.isStale(this.previous) ? this.previous : null;
  }

  /** True when no valid decision exists: the banner must be shown. */
  get needsDecision(): boolean {
    return this.record === null;
  }

  /** The public state (`CookieSeal.get()`); a fresh object each call. */
  get state(): ConsentState {
    const rec = this.record;
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
    return this.record;
  }

  /** Is a category (and, if named, one of its services) granted? Unknown ids are never granted. */
  isGranted(category: CategoryId, service?: ServiceId): boolean {
    const state = this.state;
    if (state.categories[category] !== true) return false;
    if (service === undefined) return true;
    return state.services[service] === true;
  }

  /** Resolves once the category (and service) is granted; at once if it already is. */
  whenGranted(category: CategoryId, service?: ServiceId): Promise<void> {
    if (this.isGranted(category, service)) return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.subscribe(() => {
        if (this.isGranted(category, service)) {
          off();
          resolve();
        }
      });
    });
  }

  /**
   * Grants everything, except what Global Privacy Control holds back.
   *
   * GPC rule (DESIGN §6): when the browser sends `globalPrivacyControl`, the
   * signal is a refusal of sale and sharing and never a consent. Accept all
   * (banner, preference center, `CookieSeal.acceptAll()`) then leaves the
   * `advertising` category and every service flagged `saleOrSharing` as they
   * were — denied unless the visitor had switched them on themselves — and
   * the decision is recorded with method `gpc` when that held anything back.
   * A custom choice (`set()`: the preference center's Save choices, the Allow
   * button of an embed) is the visitor's explicit word and wins: what it
   * switches on is granted, recorded as `custom`.
   */
  acceptAll(): ConsentChange {
    if (!this.gpc) return this.decide('accept-all', () => true, () => true);
    const base = this.state;
    const keep = (granted: boolean) => base.decided && granted;
    const c = (cat: CategoryDefinition) => (cat.id === GPC_CATEGORY ? keep(base.categories[cat.id]) : true);
    const s = (svc: ServiceDefinition, _cat: CategoryDefinition, granted: boolean) =>
      granted && (svc.saleOrSharing === true ? keep(base.services[svc.id]) : true);
    const heldBack = this.config.categories.some(
      (cat) => !c(cat) || cat.services.some((svc) => c(cat) && !s(svc, cat, true)),
    );
    return this.decide(heldBack ? 'gpc' : 'accept-all', c, s);
  }

  rejectAll(): ConsentChange {
    return this.decide('reject-all', (cat) => cat.required === true, (svc, cat) => cat.required === true && svc.optIn !== true);
  }

  /**
   * A custom choice. Categories not named keep their current value (false
   * before any decision); a service not named follows its category.
   */
  set(categories: Record<CategoryId, boolean>, options: { services?: Record<ServiceId, boolean>; method?: DecisionMethod } = {}): ConsentChange {
    const base = this.state;
    const services = options.services ?? {};
    return this.decide(
      options.method ?? 'custom',
      (cat) => cat.required === true || (categories[cat.id] ?? (base.decided ? base.categories[cat.id] : false)) === true,
      (svc, cat, granted) => {
        if (!granted) return false;
        if (svc.id in services) return services[svc.id] === true;
        if (cat.required === true && svc.optIn === true) return base.services[svc.id] === true;
        return cat.id in categories || !base.decided ? true : base.services[svc.id] !== false;
      },
    );
  }

  /** Withdraw every non-essential consent (the same as Reject all, recorded as `withdraw`). */
  withdraw(): ConsentChange {
    return this.decide('withdraw', (cat) => cat.required === true, (svc, cat) => cat.required === true && svc.optIn !== true);
  }

  /** Record the hash of the latest signed receipt in the stored decision. */
  setReceiptHash(hash: string): void {
    if (!this.record) return;
    this.record = { ...this.record, h: hash };
    this.storage.write(this.record);
  }

  /** Listen to every decision; returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private isStale(rec: StoredConsent): boolean {
    if (rec.r < this.config.revision) return true;
    if (this.now() - rec.t * 1000 > this.config.maxAgeDays * DAY_MS) return true;
    return this.config.categories.some(
      (cat) => !(cat.id in rec.c) || cat.services.some((svc) => !(svc.id in rec.s)),
    );
  }

  private decide(
    method: DecisionMethod,
    grantCategory: (cat: SealConfig['categories'][number]) => boolean,
    grantService: (svc: SealConfig['categories'][number]['services'][number], cat: SealConfig['categories'][number], categoryGranted: boolean) => boolean,
  ): ConsentChange {
    const before = this.state;
    const c: Record<CategoryId, boolean> = {};
    const s: Record<ServiceId, boolean> = {};
    for (const cat of this.config.categories) {
      c[cat.id] = grantCategory(cat);
      for (const svc of cat.services) s[svc.id] = grantService(svc, cat, c[cat.id]);
    }
    const record: StoredConsent = {
      v: 1,
      r: this.config.revision,
      id: this.record?.id ?? this.previous?.id ?? newVisitorId(),
      t: Math.floor(this.now() / 1000),
      c,
      s,
      m: method,
    };
    if (this.record?.h) record.h = this.record.h;
    this.record = record;
    this.previous = record;
    this.storage.write(record);
    const state = this.state;
    const change: ConsentChange = { state, method, ...diff(before, state, this.config) };
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One failing subscriber must not stop gating, storage or the others.
        console.error('[cookie-seal] a consent listener failed:', error);
      }
    }
    return change;
  }
}

/** Category ids and `category:service` ids whose grant changed between two states. */
function diff(before: ConsentState, after: ConsentState, config: SealConfig): { granted: string[]; revoked: string[] } {
  const granted: string[] = [];
  const revoked: string[] = [];
  const note = (id: string, was: boolean, now: boolean) => {
    if (now && !was) granted.push(id);
    if (was && !now) revoked.push(id);
  };
  for (const cat of config.categories) {
    note(cat.id, before.categories[cat.id] === true, after.categories[cat.id] === true);
    for (const svc of cat.services) {
      note(`${cat.id}:${svc.id}`, before.services[svc.id] === true, after.services[svc.id] === true);
    }
  }
  return { granted, revoked };
}
