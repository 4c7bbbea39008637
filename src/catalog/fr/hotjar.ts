import type { ServiceTexts } from '../types.js';

/** Textes français de Hotjar. */
const hotjar: ServiceTexts = {
  label: 'Hotjar',
  description: 'Enregistre clics, défilement et réponses aux questionnaires pour repérer ce qui gêne sur le site.',
  cookies: {
    '_hjSessionUser_*': { purpose: 'Distingue les visiteurs d’une visite à l’autre.' },
    '_hjSession_*': { purpose: 'Regroupe les pages d’une même visite.' },
    _hjTLDTest: { purpose: 'Trouve le domaine où déposer les cookies ; supprimé aussitôt.' },
  },
};

export default hotjar;
