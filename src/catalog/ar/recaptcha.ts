import type { ServiceTexts } from '../types.js';

/** Arabic texts of Google reCAPTCHA. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const recaptcha: ServiceTexts = {
  label: 'Google reCAPTCHA',
  description: 'تميّز البشر من البرامج الآلية عند إرسال نموذج. تضع Google ملفاتها الخاصة، لذا تنتظر إذنك.',
  cookies: {
    _GRECAPTCHA: { duration: '6 أشهر', purpose: 'يُجري تحليل المخاطر الذي يحمي النماذج من الرسائل المزعجة.' },
  },
};

export default recaptcha;
