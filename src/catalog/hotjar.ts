import type { CatalogEntry } from './types.js';

/** Hotjar; its words are in each language (src/i18n/languages/). */
const hotjar: CatalogEntry = {
  category: 'analytics',
  provider: 'Hotjar',
  hosts: ['static.hotjar.com', 'script.hotjar.com'],
  cookies: { '_hjSessionUser_*': '1y', '_hjSession_*': '30m', _hjTLDTest: 'session' },
};

export default hotjar;
