import type { ServiceTexts } from '../types.js';

/** Arabic texts of Google Tag Manager. NEEDS REVIEW BY A NATIVE SPEAKER (see src/i18n/ar.ts). */
const googleTagManager: ServiceTexts = {
  label: 'Google Tag Manager',
  description: 'يحمّل وسوم القياس والإعلان في الموقع. لا يضع أي ملف تعريف بنفسه؛ الوسوم التي يحمّلها تطلب موافقتك.',
  cookies: {},
};

export default googleTagManager;
