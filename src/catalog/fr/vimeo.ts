import type { ServiceTexts } from '../types.js';

/** Textes français de Vimeo. */
const vimeo: ServiceTexts = {
  label: 'Vimeo',
  description: 'Lit les vidéos intégrées. Vimeo compte les vues et peut reconnaître votre navigateur.',
  cookies: {
    vuid: { purpose: 'Distingue les spectateurs pour compter les vues.' },
    __cf_bm: { purpose: 'Distingue les personnes des robots (Cloudflare, pour Vimeo).' },
  },
};

export default vimeo;
