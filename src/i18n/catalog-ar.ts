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
    // Catalogue services (src/core/catalog.ts): provider and lifetimes come from there.
    'google-tag-manager': { label: 'Google Tag Manager', description: 'يحمّل وسوم القياس والإعلان في الموقع. لا يضع أي ملف تعريف بنفسه؛ الوسوم التي يحمّلها تطلب موافقتك.' },
    'google-ads': { label: 'Google Ads', description: 'يقيس أيّ إعلاناتنا أدّى إلى زيارة أو شراء، وقد يعرض إعلاناتنا عليك في مواقع أخرى.' },
    vimeo: { label: 'Vimeo', description: 'يشغّل مقاطع الفيديو المضمّنة. يحصي Vimeo المشاهدات وقد يتعرّف على متصفحك.' },
    'google-maps': { label: 'Google Maps', description: 'يعرض خرائط تفاعلية. قد تربط Google استخدامك للخريطة بحسابك لديها.' },
    'meta-pixel': { label: 'Meta Pixel', description: 'يُبلغ Meta (فيسبوك، إنستغرام) بزيارتك لقياس إعلاناتنا هناك وتوجيهها.' },
    matomo: { label: 'Matomo', description: 'يحصي الزيارات والصفحات المعروضة لتحسين الموقع.' },
    hotjar: { label: 'Hotjar', description: 'يسجّل النقرات والتمرير وإجابات الاستبيانات لنعرف أين يصعب استخدام الموقع.' },
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 أشهر', purpose: 'يُجري تحليل المخاطر الذي يحمي النماذج من الرسائل المزعجة.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 أشهر', purpose: 'يقدّر سرعة اتصالك ويتذكّر إعدادات المشغّل.' },
    YSC: { provider: 'YouTube', duration: 'مدة الجلسة', purpose: 'يحصي مشاهدات مقاطع الفيديو المضمّنة.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'يميّز الزوار بعضهم من بعض.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'يحفظ حالة زيارتك.' },
    _gid: { provider: GOOGLE, duration: '24 ساعة', purpose: 'يميّز الزوار بعضهم من بعض لمدة يوم واحد.' },
    _gcl_au: { purpose: 'يربط النقر على إعلان بزيارة أو شراء لاحق.' },
    _gcl_aw: { purpose: 'يتذكّر الإعلان الذي نقرت عليه للوصول إلينا.' },
    _gcl_gb: { purpose: 'يتذكّر الإعلان الذي نقرت عليه، لقياس بلا ملفات مواقع أخرى.' },
    vuid: { purpose: 'يميّز المشاهدين لإحصاء المشاهدات.' },
    __cf_bm: { purpose: 'يميّز البشر من الروبوتات (Cloudflare لصالح Vimeo).' },
    NID: { purpose: 'يتذكّر إعدادات الخريطة ويربطها بالإعلانات.' },
    _fbp: { purpose: 'يميّز الزوار لقياس إعلانات Meta.' },
    _fbc: { purpose: 'يتذكّر إعلان Meta الذي نقرت عليه للوصول إلينا.' },
    '_pk_id.*': { purpose: 'يميّز الزوار بعضهم من بعض.' },
    '_pk_ses.*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
    '_hjSessionUser_*': { purpose: 'يميّز الزوار من زيارة إلى أخرى.' },
    '_hjSession_*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
    _hjTLDTest: { purpose: 'يحدّد النطاق الذي تُحفظ عليه الملفات؛ يُحذف فورًا.' },
  },
  session: 'مدة الجلسة',
};

export default ar;
