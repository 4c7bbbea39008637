import type { CatalogEntry } from './types.js';

/** Matomo; its words are in each language (src/i18n/languages/). */
const matomo: CatalogEntry = {
  category: 'analytics',
  provider: 'Matomo',
  // Self-hosted or Matomo Cloud: the host is the site’s own Matomo.
  hosts: ['cdn.matomo.cloud'],
  cookies: { '_pk_id.*': '13mo', '_pk_ses.*': '30m' },
};

export default matomo;
