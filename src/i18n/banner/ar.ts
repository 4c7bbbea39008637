import type { BannerStrings } from '../strings.js';

// Arabic, written right to left. NEEDS REVIEW BY A NATIVE SPEAKER before a site
// relies on it: written carefully in Modern Standard Arabic, but not yet read
// by one. Arabic has six plural forms; the service count avoids agreement with
// a neutral "number of services: N" wording, so two forms are enough.

/** What the banner says, fetched with it; the rest of the table is in `../more/ar.ts`. */
const ar: BannerStrings = {
  lang: 'ar',
  dir: 'rtl',
  bannerTitle: 'خياراتك بشأن الخصوصية',
  bannerText:
    'نستخدم ملفات تعريف الارتباط اللازمة لأمان هذا الموقع وحسن عمله. وبموافقتك، نودّ أيضًا أن نتذكّر إعداداتك، وأن نقيس كيفية استخدام الموقع، وأن نعرض عليك إعلانات تهمّك. ويمكنك تغيير رأيك في أي وقت.',
  policyLink: 'اقرأ سياسة ملفات تعريف الارتباط',
  bannerLabel: 'الموافقة على ملفات تعريف الارتباط',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customise: 'تخصيص',
  close: 'إغلاق دون اختيار',
  gpcNotice: 'طلب متصفحك ألّا نبيع بياناتك أو نشاركها (Global Privacy Control)، لذا تبقى الإعلانات متوقفة.',
};

export default ar;
