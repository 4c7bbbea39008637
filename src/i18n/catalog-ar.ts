import type { DefaultTexts } from './catalog.js';

const GOOGLE = 'Google';
const YEARS2 = 'سنتان';

/**
 * Arabic texts of the built-in categories, services and cookies.
 * NEEDS REVIEW BY A NATIVE SPEAKER (see ar.ts).
 */
const ar: DefaultTexts = {
  categories: {
    essential: {
      label: 'الجلسة والأمان',
      description: 'تتيح لك تسجيل الدخول، وتحمي بياناتك، وتحافظ على عمل الموقع (سلة مشترياتك وملفاتك المرفوعة). لا يعمل الموقع من دونها، لذا فهي مفعّلة دائمًا.',
    },
    preferences: {
      label: 'التفضيلات',
      description: 'تتذكّر كيف تفضّل أن يبدو الموقع ويعمل، مثل لغتك أو منطقتك أو منطقتك الزمنية. يعمل الموقع من دونها، لكنه ينسى اختياراتك.',
    },
    interaction: {
      label: 'سجل التفاعل',
      description: 'تسجّل طريقة تفاعلك مع الموقع: الصفحات التي تزورها والحملة التي أوصلتك إلينا. يعمل الموقع من دونها.',
    },
    advertising: {
      label: 'الإعلانات والتسويق',
      description: 'تجعل الإعلانات أقرب إلى اهتماماتك وتقيس أداء حملاتنا. قد تضع جهات خارجية، مثل منصات الفيديو، ملفاتها الخاصة. يعمل الموقع من دونها.',
    },
    analytics: {
      label: 'الإحصاءات',
      description: 'تساعدنا على فهم كيفية استخدام الزوار للموقع لكي نحسّنه (Google Analytics). يعمل الموقع من دونها.',
    },
  },
  services: {
    recaptcha: {
      label: 'Google reCAPTCHA',
      provider: GOOGLE,
      description: 'تميّز البشر من البرامج الآلية عند إرسال نموذج. تضع Google ملفاتها الخاصة، لذا تنتظر إذنك.',
    },
    youtube: {
      label: 'YouTube',
      provider: 'Google / YouTube',
      description: 'تشغّل مقاطع الفيديو المضمّنة. قد يتذكّر YouTube ما شاهدته ويعرض عليك إعلانات ذات صلة.',
    },
    'google-analytics': {
      label: 'Google Analytics',
      provider: GOOGLE,
      description: 'تقيس الزيارات ومشاهدات الصفحات بصورة إجمالية.',
    },
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 أشهر', purpose: 'يُجري تحليل المخاطر الذي يحمي النماذج من الرسائل المزعجة.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 أشهر', purpose: 'يقدّر سرعة اتصالك ويتذكّر إعدادات المشغّل.' },
    YSC: { provider: 'YouTube', duration: 'مدة الجلسة', purpose: 'يحصي مشاهدات مقاطع الفيديو المضمّنة.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'يميّز الزوار بعضهم من بعض.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'يحفظ حالة زيارتك.' },
    _gid: { provider: GOOGLE, duration: '24 ساعة', purpose: 'يميّز الزوار بعضهم من بعض لمدة يوم واحد.' },
  },
};

export default ar;
