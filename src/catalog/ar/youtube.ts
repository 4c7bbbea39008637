import type { ServiceTexts } from '../types.js';

/** Arabic texts of YouTube. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const youtube: ServiceTexts = {
  label: 'YouTube',
  description: 'تشغّل مقاطع الفيديو المضمّنة. قد يتذكّر YouTube ما شاهدته ويعرض عليك إعلانات ذات صلة.',
  cookies: {
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 أشهر', purpose: 'يقدّر سرعة اتصالك ويتذكّر إعدادات المشغّل.' },
    YSC: { provider: 'YouTube', duration: 'مدة الجلسة', purpose: 'يحصي مشاهدات مقاطع الفيديو المضمّنة.' },
  },
};

export default youtube;
