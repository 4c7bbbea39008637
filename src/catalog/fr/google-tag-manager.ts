import type { ServiceTexts } from '../types.js';

/** Textes français de Google Tag Manager. */
const googleTagManager: ServiceTexts = {
  label: 'Google Tag Manager',
  description: 'Charge les balises de mesure et de publicité du site. Il ne dépose lui-même aucun cookie ; les balises qu’il charge demandent votre accord.',
  cookies: {},
};

export default googleTagManager;
