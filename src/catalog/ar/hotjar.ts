import type { ServiceTexts } from '../types.js';

/** Arabic texts of Hotjar. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const hotjar: ServiceTexts = {
  label: 'Hotjar',
  description: 'يسجّل النقرات والتمرير وإجابات الاستبيانات لنعرف أين يصعب استخدام الموقع.',
  cookies: {
    '_hjSessionUser_*': { purpose: 'يميّز الزوار من زيارة إلى أخرى.' },
    '_hjSession_*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
    _hjTLDTest: { purpose: 'يحدّد النطاق الذي تُحفظ عليه الملفات؛ يُحذف فورًا.' },
  },
};

export default hotjar;
