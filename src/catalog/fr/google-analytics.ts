import type { ServiceTexts } from '../types.js';

/** Textes français de Google Analytics 4. */
const googleAnalytics: ServiceTexts = {
  label: 'Google Analytics',
  description: 'Mesure les visites et les pages vues de façon agrégée.',
  cookies: {
    _ga: { duration: '2 ans', purpose: 'Distingue les visiteurs.' },
    '_ga_*': { duration: '2 ans', purpose: 'Conserve l’état de votre visite.' },
    _gid: { duration: '24 heures', purpose: 'Distingue les visiteurs pendant une journée.' },
  },
};

export default googleAnalytics;
