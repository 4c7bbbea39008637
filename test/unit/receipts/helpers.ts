import { ConsentStore } from '../../../src/core/store.js';
import { decisions } from '../../../src/core/decisions.js';
import type { ConsentStorage } from '../../../src/core/store.js';
import { defaultCategories } from '../../../src/core/categories.js';
import { fillDefaultTexts } from '../../../src/i18n/default-texts.js';
import en from '../../../src/i18n/languages/en.js';
import googleAnalytics from '../../../src/catalog/google-analytics.js';
import recaptcha from '../../../src/catalog/recaptcha.js';
import youtube from '../../../src/catalog/youtube.js';
import type { SealConfig, StoredConsent } from '../../../src/core/types.js';
import { createReceipts, type ReceiptsOptions } from '../../../src/receipts/index.js';

export class MemoryStorage implements ConsentStorage {
  record: StoredConsent | null = null;
  read() { return this.record; }
  write(r: StoredConsent) { this.record = r; }
}

/** The default categories with their English texts, as a receipt names them to an English visitor. */
function englishCategories(): SealConfig['categories'] {
  const entries = Object.entries({ 'google-analytics': googleAnalytics, recaptcha, youtube } as const);
  const texts = { lang: 'en', categories: en.categories, session: en.session, units: en.units };
  return fillDefaultTexts(defaultCategories(), texts, 'en', new Map(entries.map(([id, e]) => [id, { ...e, local: en.services[id as keyof typeof en.services] }])));
}

export function makeConfig(overrides: Partial<SealConfig> = {}): SealConfig {
  return {
    lang: 'en', revision: 3, policyUrl: '/privacy#cookies', cookieName: 'eu-consent', maxAgeDays: 182,
    position: 'bar', theme: 'auto', settingsButton: true, reloadOnWithdraw: false, googleConsentMode: false,
    consentModeMap: {}, consentModeWait: 500, texts: {},
    categories: englishCategories(),
    controller: {
      name: 'Atelier Test SARL', email: 'privacy@example.test', phone: '+33 1 23 45 67 89',
      contact: 'Data protection officer', address: { streetAddress: '1 rue de la Paix', addressCountry: 'FR' },
    },
    ...overrides,
  };
}

let counter = 0;
/** Each test gets its own IndexedDB database so receipts never leak between tests. */
export const freshDbName = (): string => `cookie-seal-test-${Date.now()}-${counter++}`;

/**
 * A store and its receipts over a checked config as the consent chunk has it: the default
 * categories without texts (the receipts take their words in the visitor's language).
 */
export function setup(configOverrides: Partial<SealConfig> = {}, options: Partial<ReceiptsOptions> = {}) {
  const config = makeConfig({ categories: defaultCategories(), ...configOverrides });
  const store = new ConsentStore(config, { storage: new MemoryStorage() });
  // As the consent chunk does: the rules and the storage go in, the receipts' note comes out.
  const note = store.provide(decisions);
  const dbName = options.dbName ?? freshDbName();
  const receipts = createReceipts(store, { config, lang: 'en', dbName, note, ...options });
  return { config, store, receipts, dbName, note };
}

/** Collects every `seal-receipt` event until `stop()` is called. */
export function collectReceiptEvents() {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('seal-receipt', listener);
  return { events, stop: () => document.removeEventListener('seal-receipt', listener) };
}
