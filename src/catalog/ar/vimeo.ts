import type { ServiceTexts } from '../types.js';

/** Arabic texts of Vimeo. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const vimeo: ServiceTexts = {
  label: 'Vimeo',
  description: 'يشغّل مقاطع الفيديو المضمّنة. يحصي Vimeo المشاهدات وقد يتعرّف على متصفحك.',
  cookies: {
    vuid: { purpose: 'يميّز المشاهدين لإحصاء المشاهدات.' },
    __cf_bm: { purpose: 'يميّز البشر من الروبوتات (Cloudflare لصالح Vimeo).' },
  },
};

export default vimeo;
