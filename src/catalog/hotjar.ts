import type { CatalogEntry } from './types.js';

/** Hotjar, with its English texts (French and Arabic: `fr/hotjar.ts`, `ar/hotjar.ts`). */
const hotjar: CatalogEntry = {
  category: 'analytics',
  provider: 'Hotjar',
  hosts: ['static.hotjar.com', 'script.hotjar.com'],
  cookies: { '_hjSessionUser_*': '1y', '_hjSession_*': '30m', _hjTLDTest: 'session' },
  texts: {
    label: 'Hotjar',
    description: 'Records clicks, scrolling and survey answers so we can see where the site is hard to use.',
    cookies: {
      '_hjSessionUser_*': { purpose: 'Tells visitors apart across visits.' },
      '_hjSession_*': { purpose: 'Groups the pages of one visit.' },
      _hjTLDTest: { purpose: 'Finds the domain cookies can be set on; deleted at once.' },
    },
  },
};

export default hotjar;
