import type { CatalogEntry } from './types.js';

/** Vimeo; its words are in each language (src/i18n/languages/). */
const vimeo: CatalogEntry = {
  category: 'advertising',
  provider: 'Vimeo',
  hosts: ['player.vimeo.com', 'f.vimeocdn.com'],
  cookies: { vuid: '2y', __cf_bm: '30m' },
};

export default vimeo;
