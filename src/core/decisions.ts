import type { CategoryDefinition, CategoryId, DecisionMethod, ServiceDefinition, ServiceId, StoredConsent } from './types.js';
import type { ConsentStore, Decision, Decisions } from './store.js';
import { uuidv4 } from './uuid.js';

/** The category Global Privacy Control keeps denied (with services flagged `saleOrSharing`). */
const GPC_CATEGORY = 'advertising';

type GrantCategory = (cat: CategoryDefinition) => boolean;
type GrantService = (svc: ServiceDefinition, cat: CategoryDefinition, categoryGranted: boolean) => boolean;

/**
 * The decisions (DESIGN §6): each one says which categories and services it
 * grants; `decide()` turns that into the next record, which the store
 * commits (it works out the change and tells its subscribers). Nothing here
 * writes or notifies. This module comes with the consent chunk: a page whose
 * visitor already decided never downloads it.
 */
export const decisions: Decisions = {
  /**
   * GPC rule: when the browser sends `globalPrivacyControl`, the signal is a
   * refusal of sale and sharing and never a consent. Accept all (banner,
   * preference center, `CookieSeal.acceptAll()`) then leaves the
   * `advertising` category and every service flagged `saleOrSharing` as they
   * were — denied unless the visitor had switched them on themselves — and
   * the decision is recorded with method `gpc` when that held anything back.
   * A custom choice (`set()`: Save choices, the Allow button of an embed) is
   * the visitor's explicit word and wins: what it switches on is granted.
   */
  acceptAll(store) {
    if (!store.gpc) return decide(store, 'accept-all', () => true, () => true);
    const base = store.state;
    const keep = (granted: boolean) => base.decided && granted;
    const c: GrantCategory = (cat) => (cat.id === GPC_CATEGORY ? keep(base.categories[cat.id]) : true);
    const s: GrantService = (svc, _cat, granted) => granted && (svc.saleOrSharing === true ? keep(base.services[svc.id]) : true);
    const heldBack = store.config.categories.some((cat) => !c(cat) || cat.services.some((svc) => c(cat) && !s(svc, cat, true)));
    return decide(store, heldBack ? 'gpc' : 'accept-all', c, s);
  },

  rejectAll: (store, method = 'reject-all') =>
    decide(store, method, (cat) => cat.required === true, (svc, cat) => cat.required === true && svc.optIn !== true),

  set(store, categories: Record<CategoryId, boolean>, options: { services?: Record<ServiceId, boolean>; method?: DecisionMethod }) {
    const base = store.state;
    const services = options.services ?? {};
    return decide(
      store,
      options.method ?? 'custom',
      (cat) => cat.required === true || (categories[cat.id] ?? (base.decided ? base.categories[cat.id] : false)) === true,
      (svc, cat, granted) => {
        if (!granted) return false;
        if (svc.id in services) return services[svc.id] === true;
        if (cat.required === true && svc.optIn === true) return base.services[svc.id] === true;
        return cat.id in categories || !base.decided ? true : base.services[svc.id] !== false;
      },
    );
  },
};

/** The next record (what `grantCategory` and `grantService` say, on the visitor's id, a new one on a first decision) and the change from the current one. */
function decide(store: ConsentStore, method: DecisionMethod, grantCategory: GrantCategory, grantService: GrantService): Decision {
  const c: Record<CategoryId, boolean> = {};
  const s: Record<ServiceId, boolean> = {};
  for (const cat of store.config.categories) {
    c[cat.id] = grantCategory(cat);
    for (const svc of cat.services) s[svc.id] = grantService(svc, cat, c[cat.id]);
  }
  const record: StoredConsent = {
    v: 1,
    r: store.config.revision,
    id: store.previous?.id ?? uuidv4(),
    t: Math.floor(store.now() / 1000),
    c,
    s,
    m: method,
  };
  const hash = store.current?.h;
  if (hash) record.h = hash;
  const before = store.state;
  const state = store.stateOf(record);
  const granted: string[] = [];
  const revoked: string[] = [];
  const note = (id: string, was: boolean, now: boolean) => {
    if (now && !was) granted.push(id);
    if (was && !now) revoked.push(id);
  };
  for (const cat of store.config.categories) {
    note(cat.id, before.categories[cat.id], state.categories[cat.id]);
    for (const svc of cat.services) note(`${cat.id}:${svc.id}`, before.services[svc.id], state.services[svc.id]);
  }
  return { record, change: { state, method, granted, revoked } };
}
