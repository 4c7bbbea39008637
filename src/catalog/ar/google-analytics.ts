import type { ServiceTexts } from '../types.js';

/** Arabic texts of Google Analytics 4. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const googleAnalytics: ServiceTexts = {
  label: 'Google Analytics',
  description: 'تقيس الزيارات ومشاهدات الصفحات بصورة إجمالية.',
  cookies: {
    _ga: { duration: 'سنتان', purpose: 'يميّز الزوار بعضهم من بعض.' },
    '_ga_*': { duration: 'سنتان', purpose: 'يحفظ حالة زيارتك.' },
    _gid: { duration: '24 ساعة', purpose: 'يميّز الزوار بعضهم من بعض لمدة يوم واحد.' },
  },
};

export default googleAnalytics;
