import type { MoreStrings } from '../strings.js';

// Arabic, written right to left. NEEDS REVIEW BY A NATIVE SPEAKER before a site
// relies on it: written carefully in Modern Standard Arabic, but not yet read
// by one. Arabic has six plural forms; the service count avoids agreement with
// a neutral "number of services: N" wording, so two forms are enough.

/** The preference center, menu, placeholder and form texts, fetched with those parts. */
const ar: MoreStrings = {
  preferencesTitle: 'تفضيلات الخصوصية',
  preferencesIntro:
    'اختر ملفات تعريف الارتباط التي يُسمح لهذا الموقع باستخدامها. لا يعمل منها إلا الضروري ما لم تقرّر غير ذلك، ويمكنك العودة إلى هنا متى شئت.',
  saveChoices: 'حفظ اختياراتي',
  alwaysOn: 'مفعّلة دائمًا',
  serviceCountOne: 'خدمة واحدة',
  serviceCountOther: 'عدد الخدمات: {count}',
  cookiesUsed: 'ملفات تعريف الارتباط المستخدمة',
  cookieName: 'الاسم',
  cookieProvider: 'الجهة المزوّدة',
  cookiePurpose: 'الغرض',
  cookieDuration: 'المدة',
  serviceDetails: 'تفاصيل عن {service}',
  provider: 'الجهة المزوّدة:',
  settingsButton: 'إعدادات الخصوصية',
  downloadReceipts: 'تنزيل إيصالات موافقتي',
  embedBlocked: 'هذا المحتوى من {provider} محجوب إلى أن تسمح بفئة «{category}».',
  embedLoad: 'تحميل المحتوى',
  embedSettings: 'إعدادات ملفات تعريف الارتباط',
  embedIntro: 'يُحمَّل {service} من {provider} هنا بعد أن تسمح به.',
  embedCookies: 'ملفات تعريف الارتباط التي يضعها:',
  embedCookie: '{name} ({duration})',
  embedAllow: 'السماح بـ {service}',
  formPrompt: 'اسمح لـ {service} بإرسال هذا النموذج',
  formAllow: 'سماح',
  formCancel: 'إلغاء',
  formSending: 'جارٍ الإرسال…',
  formTick: 'حدّد المربع لتثبت أنك لست روبوتًا، ثم أرسل النموذج.',
  formFailed: 'لم يُحمَّل {service}، لذا لم يُرسَل النموذج. تحقّق من اتصالك وحاول مجددًا.',
  menuLabel: 'خيارات الخصوصية',
  menuPreferences: 'تفضيلات الخصوصية',
  menuWithdraw: 'سحب الموافقة',
};

export default ar;
