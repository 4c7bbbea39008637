import type { CatalogEntry } from './types.js';

/** YouTube, with its English texts (French and Arabic: `fr/youtube.ts`, `ar/youtube.ts`). */
const youtube: CatalogEntry = {
  category: 'advertising',
  provider: 'Google / YouTube',
  hosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com'],
  cookies: { VISITOR_INFO1_LIVE: '6mo', YSC: 'session' },
  texts: {
    label: 'YouTube',
    description: 'Plays embedded videos. YouTube may remember what you watched and show related ads.',
    cookies: {
      VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Estimates your bandwidth and remembers player settings.' },
      YSC: { provider: 'YouTube', purpose: 'Counts views of embedded videos.' },
    },
  },
};

export default youtube;
