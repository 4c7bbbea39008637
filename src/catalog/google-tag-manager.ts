import type { CatalogEntry } from './types.js';

/** Google Tag Manager; its words are in each language (src/i18n/languages/). */
const googleTagManager: CatalogEntry = {
  category: 'analytics',
  provider: 'Google',
  hosts: ['www.googletagmanager.com'],
  // The container itself sets no cookie; the tags it fires are declared as their own services.
  cookies: {},
  consentMode: ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default googleTagManager;
