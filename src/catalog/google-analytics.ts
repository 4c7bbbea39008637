import type { CatalogEntry } from './types.js';

/** Google Analytics 4; its words are in each language (src/i18n/languages/). */
const googleAnalytics: CatalogEntry = {
  category: 'analytics',
  provider: 'Google',
  hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
  cookies: { _ga: '2y', '_ga_*': '2y', _gid: '24h' },
  consentMode: ['analytics_storage'],
};

export default googleAnalytics;
