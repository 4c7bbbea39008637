import type { ServiceTexts } from '../types.js';

/** Textes français de Meta Pixel. */
const metaPixel: ServiceTexts = {
  label: 'Pixel Meta',
  description: 'Signale votre visite à Meta (Facebook, Instagram) pour y mesurer et cibler nos annonces.',
  cookies: {
    _fbp: { purpose: 'Distingue les visiteurs pour la mesure publicitaire de Meta.' },
    _fbc: { purpose: 'Retient l’annonce Meta sur laquelle vous avez cliqué pour venir.' },
  },
};

export default metaPixel;
