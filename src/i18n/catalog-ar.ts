import type { DefaultTexts } from './catalog.js';

/**
 * Arabic texts of the default categories (service texts: src/catalog/).
 * NEEDS REVIEW BY A NATIVE SPEAKER (see ar.ts).
 */
const ar: DefaultTexts = {
  lang: 'ar',
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
    'google-analytics': () => import('../catalog/ar/google-analytics.js'),
    'google-tag-manager': () => import('../catalog/ar/google-tag-manager.js'),
    'google-ads': () => import('../catalog/ar/google-ads.js'),
    recaptcha: () => import('../catalog/ar/recaptcha.js'),
    youtube: () => import('../catalog/ar/youtube.js'),
    vimeo: () => import('../catalog/ar/vimeo.js'),
    'google-maps': () => import('../catalog/ar/google-maps.js'),
    'meta-pixel': () => import('../catalog/ar/meta-pixel.js'),
    matomo: () => import('../catalog/ar/matomo.js'),
    hotjar: () => import('../catalog/ar/hotjar.js'),
  },
  session: 'مدة الجلسة',
  // Cookie lifetimes, in the plural forms of Intl.PluralRules (the same words as CLDR's units).
  units: {
    minute: { one: 'دقيقة', two: 'دقيقتان', few: '# دقائق', other: '# دقيقة' },
    hour: { one: 'ساعة', two: 'ساعتان', few: '# ساعات', other: '# ساعة' },
    day: { one: 'يوم', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' },
    month: { one: 'شهر', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
    year: { one: 'سنة', two: 'سنتان', few: '# سنوات', other: '# سنة' },
  },
};

export default ar;
