import type { ServiceTexts } from '../types.js';

/** Textes français de Google Ads. */
const googleAds: ServiceTexts = {
  label: 'Google Ads',
  description: 'Mesure lesquelles de nos annonces ont mené à une visite ou à un achat, et peut vous montrer nos annonces ailleurs.',
  cookies: {
    _gcl_au: { purpose: 'Relie un clic sur une annonce à une visite ou un achat ultérieur.' },
    _gcl_aw: { purpose: 'Retient l’annonce sur laquelle vous avez cliqué pour venir.' },
    _gcl_gb: { purpose: 'Retient l’annonce cliquée, pour une mesure sans cookies d’autres sites.' },
  },
};

export default googleAds;
