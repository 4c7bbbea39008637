import type { CatalogEntry } from './types.js';

/** YouTube; its words are in each language (src/i18n/languages/). */
const youtube: CatalogEntry = {
  category: 'advertising',
  provider: 'Google / YouTube',
  hosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com'],
  cookies: { VISITOR_INFO1_LIVE: '6mo', YSC: 'session' },
};

export default youtube;
