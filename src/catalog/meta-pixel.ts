import type { CatalogEntry } from './types.js';

/** Meta Pixel, with its English texts (French and Arabic: `fr/meta-pixel.ts`, `ar/meta-pixel.ts`). */
const metaPixel: CatalogEntry = {
  category: 'advertising',
  provider: 'Meta',
  hosts: ['connect.facebook.net', 'www.facebook.com'],
  cookies: { _fbp: '90d', _fbc: '90d' },
  texts: {
    label: 'Meta Pixel',
    description: 'Tells Meta (Facebook, Instagram) that you visited, to measure and target our ads there.',
    cookies: {
      _fbp: { purpose: 'Tells visitors apart for Meta’s ad measurement.' },
      _fbc: { purpose: 'Remembers the Meta ad you clicked to reach us.' },
    },
  },
};

export default metaPixel;
