import type { CatalogEntry } from './types.js';

/** Google Ads, with its English texts (French and Arabic: `fr/google-ads.ts`, `ar/google-ads.ts`). */
const googleAds: CatalogEntry = {
  category: 'advertising',
  provider: 'Google',
  hosts: ['www.googletagmanager.com', 'googleads.g.doubleclick.net', 'www.googleadservices.com'],
  cookies: { _gcl_au: '90d', _gcl_aw: '90d', _gcl_gb: '90d' },
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  texts: {
    label: 'Google Ads',
    description: 'Measures which of our ads led to a visit or a purchase, and may show you our ads elsewhere.',
    cookies: {
      _gcl_au: { purpose: 'Links an ad click to a later visit or purchase.' },
      _gcl_aw: { purpose: 'Remembers the ad you clicked to reach us.' },
      _gcl_gb: { purpose: 'Remembers the ad you clicked, for measurement without cookies of other sites.' },
    },
  },
};

export default googleAds;
