import type { CatalogEntry } from './types.js';

/** Google Maps, with its English texts (French and Arabic: `fr/google-maps.ts`, `ar/google-maps.ts`). */
const googleMaps: CatalogEntry = {
  category: 'advertising',
  provider: 'Google',
  hosts: ['www.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
  cookies: { NID: '6mo' },
  texts: {
    label: 'Google Maps',
    description: 'Shows interactive maps. Google may link your use of the map to your Google profile.',
    cookies: {
      NID: { purpose: 'Remembers your map settings and links them to ads.' },
    },
  },
};

export default googleMaps;
