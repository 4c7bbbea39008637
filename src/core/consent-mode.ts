import type { ConsentStore } from './store.js';
import type { ConsentModeType, SealConfig } from './types.js';

type ConsentValue = 'granted' | 'denied';
type GtagWindow = { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/** Every Consent Mode v2 type. */
export const CONSENT_MODE_TYPES: ConsentModeType[] = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage',
];

/** Consent Mode values for a state: a type is granted when any category mapped to it is. */
export function consentModeValues(
  granted: Record<string, boolean>,
  map: SealConfig['consentModeMap'],
): Record<ConsentModeType, ConsentValue> {
  const values = Object.fromEntries(CONSENT_MODE_TYPES.map((t) => [t, t === 'security_storage' ? 'granted' : 'denied'])) as Record<ConsentModeType, ConsentValue>;
  const mapped = new Set<ConsentModeType>();
  for (const [category, types] of Object.entries(map)) {
    for (const type of types) {
      if (!mapped.has(type)) values[type] = 'denied';
      mapped.add(type);
      if (granted[category] === true) values[type] = 'granted';
    }
  }
  return values;
}

/**
 * Google Consent Mode v2: pushes the `default` command at once (call this
 * before any gated Google tag can activate), an `update` when a stored
 * decision already applies, and an `update` on every decision. Returns the
 * function that stops the updates.
 */
export function installConsentMode(store: ConsentStore, config: SealConfig, win: Window = window): () => void {
  if (!config.googleConsentMode) return () => {};
  const w = win as unknown as GtagWindow;
  w.dataLayer = w.dataLayer || [];
  if (typeof w.gtag !== 'function') {
    // gtag.js reads only `arguments` objects from the dataLayer; arrays are ignored.
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer!.push(arguments);
    };
  }
  const gtag = (...args: unknown[]) => w.gtag!(...args);
  const { consentModeRegion: region, adsDataRedaction, urlPassthrough } = config;
  const push = (command: 'default' | 'update', values: Record<ConsentModeType, ConsentValue>) => {
    gtag('consent', command, command === 'default' ? { ...values, wait_for_update: config.consentModeWait, ...(region?.length ? { region } : {}) } : values);
    if (adsDataRedaction !== false && values.ad_storage === 'denied') gtag('set', 'ads_data_redaction', true);
  };
  const update = (categories: Record<string, boolean>) => push('update', consentModeValues(categories, config.consentModeMap));
  // The default is fixed by DESIGN §9 whatever the map says: only security storage is granted.
  push('default', consentModeValues({}, {}));
  if (urlPassthrough) gtag('set', 'url_passthrough', true);
  if (!store.needsDecision) update(store.state.categories);
  return store.subscribe((change) => update(change.state.categories), true);
}
