import type { CatalogEntry } from './types.js';

/** Matomo, with its English texts (French and Arabic: `fr/matomo.ts`, `ar/matomo.ts`). */
const matomo: CatalogEntry = {
  category: 'analytics',
  provider: 'Matomo',
  // Self-hosted or Matomo Cloud: the host is the site’s own Matomo.
  hosts: ['cdn.matomo.cloud'],
  cookies: { '_pk_id.*': '13mo', '_pk_ses.*': '30m' },
  texts: {
    label: 'Matomo',
    description: 'Counts visits and page views to improve the site.',
    cookies: {
      '_pk_id.*': { purpose: 'Tells visitors apart.' },
      '_pk_ses.*': { purpose: 'Groups the pages of one visit.' },
    },
  },
};

export default matomo;
