import type { CatalogEntry } from './types.js';

/** Google reCAPTCHA; its words are in each language (src/i18n/languages/). */
const recaptcha: CatalogEntry = {
  category: 'essential',
  provider: 'Google',
  hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
  cookies: { _GRECAPTCHA: '6mo' },
};

export default recaptcha;
