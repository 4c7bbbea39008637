import type { ServiceTexts } from '../types.js';

/** Textes français de Google reCAPTCHA. */
const recaptcha: ServiceTexts = {
  label: 'Google reCAPTCHA',
  description: 'Distingue les personnes des robots quand vous envoyez un formulaire. Google dépose ses propres cookies : il attend donc votre accord.',
  cookies: {
    _GRECAPTCHA: { duration: '6 mois', purpose: 'Effectue l’analyse de risque qui protège les formulaires du spam.' },
  },
};

export default recaptcha;
