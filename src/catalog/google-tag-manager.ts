import type { CatalogEntry } from './types.js';

/** Google Tag Manager, with its English texts (French and Arabic: `fr/google-tag-manager.ts`, `ar/google-tag-manager.ts`). */
const googleTagManager: CatalogEntry = {
  category: 'analytics',
  provider: 'Google',
  hosts: ['www.googletagmanager.com'],
  // The container itself sets no cookie; the tags it fires are declared as their own services.
  cookies: {},
  consentMode: ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization'],
  texts: {
    label: 'Google Tag Manager',
    description: 'Loads the site’s measurement and advertising tags. It sets no cookie itself; the tags it loads ask for your consent.',
    cookies: {},
  },
};

export default googleTagManager;
