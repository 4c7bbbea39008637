import type { ServiceTexts } from '../types.js';

/** Arabic texts of Google Maps. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const googleMaps: ServiceTexts = {
  label: 'Google Maps',
  description: 'يعرض خرائط تفاعلية. قد تربط Google استخدامك للخريطة بحسابك لديها.',
  cookies: {
    NID: { purpose: 'يتذكّر إعدادات الخريطة ويربطها بالإعلانات.' },
  },
};

export default googleMaps;
