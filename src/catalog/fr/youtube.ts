import type { ServiceTexts } from '../types.js';

/** Textes français de YouTube. */
const youtube: ServiceTexts = {
  label: 'YouTube',
  description: 'Lit les vidéos intégrées. YouTube peut retenir ce que vous avez regardé et afficher des publicités liées.',
  cookies: {
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 mois', purpose: 'Estime votre bande passante et retient les réglages du lecteur.' },
    YSC: { provider: 'YouTube', duration: 'Session', purpose: 'Compte les vues des vidéos intégrées.' },
  },
};

export default youtube;
