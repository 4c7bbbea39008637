import type { CatalogEntry } from './types.js';

/** Google Maps; its words are in each language (src/i18n/languages/). */
const googleMaps: CatalogEntry = {
  category: 'advertising',
  provider: 'Google',
  hosts: ['www.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
  cookies: { NID: '6mo' },
};

export default googleMaps;
