import type { CatalogEntry } from './types.js';

/** Google Ads; its words are in each language (src/i18n/languages/). */
const googleAds: CatalogEntry = {
  category: 'advertising',
  provider: 'Google',
  hosts: ['www.googletagmanager.com', 'googleads.g.doubleclick.net', 'www.googleadservices.com'],
  cookies: { _gcl_au: '90d', _gcl_aw: '90d', _gcl_gb: '90d' },
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default googleAds;
