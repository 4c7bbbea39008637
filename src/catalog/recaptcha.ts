import type { CatalogEntry } from './types.js';

/** Google reCAPTCHA, with its English texts (French and Arabic: `fr/recaptcha.ts`, `ar/recaptcha.ts`). */
const recaptcha: CatalogEntry = {
  category: 'essential',
  provider: 'Google',
  hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
  cookies: { _GRECAPTCHA: '6mo' },
  texts: {
    label: 'Google reCAPTCHA',
    description: 'Tells people from bots when you send a form. Google sets its own cookies, so it waits for your permission.',
    cookies: {
      _GRECAPTCHA: { purpose: 'Runs the risk analysis that protects forms from spam.' },
    },
  },
};

export default recaptcha;
