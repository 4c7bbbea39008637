import type { ServiceTexts } from '../types.js';

/** Textes français de Google Maps. */
const googleMaps: ServiceTexts = {
  label: 'Google Maps',
  description: 'Affiche des cartes interactives. Google peut relier votre usage de la carte à votre profil Google.',
  cookies: {
    NID: { purpose: 'Retient vos réglages de carte et les relie à la publicité.' },
  },
};

export default googleMaps;
