import type { CatalogEntry } from './types.js';

/** Vimeo, with its English texts (French and Arabic: `fr/vimeo.ts`, `ar/vimeo.ts`). */
const vimeo: CatalogEntry = {
  category: 'advertising',
  provider: 'Vimeo',
  hosts: ['player.vimeo.com', 'f.vimeocdn.com'],
  cookies: { vuid: '2y', __cf_bm: '30m' },
  texts: {
    label: 'Vimeo',
    description: 'Plays embedded videos. Vimeo counts views and may recognise your browser.',
    cookies: {
      vuid: { purpose: 'Tells viewers apart to count video views.' },
      __cf_bm: { purpose: 'Tells people from bots (Cloudflare, on Vimeo’s behalf).' },
    },
  },
};

export default vimeo;
