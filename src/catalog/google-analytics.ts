import type { CatalogEntry } from './types.js';

/** Google Analytics 4, with its English texts (French and Arabic: `fr/google-analytics.ts`, `ar/google-analytics.ts`). */
const googleAnalytics: CatalogEntry = {
  category: 'analytics',
  provider: 'Google',
  hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
  cookies: { _ga: '2y', '_ga_*': '2y', _gid: '24h' },
  consentMode: ['analytics_storage'],
  texts: {
    label: 'Google Analytics',
    description: 'Measures visits and page views in aggregate.',
    cookies: {
      _ga: { purpose: 'Tells visitors apart.' },
      '_ga_*': { purpose: 'Keeps the state of your visit.' },
      _gid: { purpose: 'Tells visitors apart for one day.' },
    },
  },
};

export default googleAnalytics;
