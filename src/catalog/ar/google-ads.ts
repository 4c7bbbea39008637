import type { ServiceTexts } from '../types.js';

/** Arabic texts of Google Ads. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const googleAds: ServiceTexts = {
  label: 'Google Ads',
  description: 'يقيس أيّ إعلاناتنا أدّى إلى زيارة أو شراء، وقد يعرض إعلاناتنا عليك في مواقع أخرى.',
  cookies: {
    _gcl_au: { purpose: 'يربط النقر على إعلان بزيارة أو شراء لاحق.' },
    _gcl_aw: { purpose: 'يتذكّر الإعلان الذي نقرت عليه للوصول إلينا.' },
    _gcl_gb: { purpose: 'يتذكّر الإعلان الذي نقرت عليه، لقياس بلا ملفات مواقع أخرى.' },
  },
};

export default googleAds;
