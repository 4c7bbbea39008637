import type { CatalogEntry } from './types.js';

/** Meta Pixel; its words are in each language (src/i18n/languages/). */
const metaPixel: CatalogEntry = {
  category: 'advertising',
  provider: 'Meta',
  hosts: ['connect.facebook.net', 'www.facebook.com'],
  cookies: { _fbp: '90d', _fbc: '90d' },
};

export default metaPixel;
