import type { ServiceTexts } from '../types.js';

/** Arabic texts of Meta Pixel. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const metaPixel: ServiceTexts = {
  label: 'Meta Pixel',
  description: 'يُبلغ Meta (فيسبوك، إنستغرام) بزيارتك لقياس إعلاناتنا هناك وتوجيهها.',
  cookies: {
    _fbp: { purpose: 'يميّز الزوار لقياس إعلانات Meta.' },
    _fbc: { purpose: 'يتذكّر إعلان Meta الذي نقرت عليه للوصول إلينا.' },
  },
};

export default metaPixel;
