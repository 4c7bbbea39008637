import type { ServiceTexts } from '../types.js';

/** Arabic texts of Matomo. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const matomo: ServiceTexts = {
  label: 'Matomo',
  description: 'يحصي الزيارات والصفحات المعروضة لتحسين الموقع.',
  cookies: {
    '_pk_id.*': { purpose: 'يميّز الزوار بعضهم من بعض.' },
    '_pk_ses.*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
  },
};

export default matomo;
