import type { ServiceTexts } from '../types.js';

/** Textes français de Matomo. */
const matomo: ServiceTexts = {
  label: 'Matomo',
  description: 'Compte les visites et les pages vues pour améliorer le site.',
  cookies: {
    '_pk_id.*': { purpose: 'Distingue les visiteurs.' },
    '_pk_ses.*': { purpose: 'Regroupe les pages d’une même visite.' },
  },
};

export default matomo;
