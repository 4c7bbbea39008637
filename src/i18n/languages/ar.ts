import type { LanguagePack } from './types.js';

// Arabic (Modern Standard), written right to left. Written carefully by the project but
// not yet read by a native speaker: review welcome. Arabic has six plural forms; the
// forms for zero, one and two say the number in the word itself, as CLDR's units do.

/** العربية. */
const ar: LanguagePack = {
  lang: 'ar',
  dir: 'rtl',
  banner: {
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
  },
  more: {
    preferencesTitle: 'تفضيلات الخصوصية',
    preferencesIntro:
      'اختر ملفات تعريف الارتباط التي يُسمح لهذا الموقع باستخدامها. لا يعمل منها إلا الضروري ما لم تقرّر غير ذلك، ويمكنك العودة إلى هنا متى شئت.',
    saveChoices: 'حفظ اختياراتي',
    alwaysOn: 'مفعّلة دائمًا',
    serviceCount: {
      zero: 'لا توجد خدمات',
      one: 'خدمة واحدة',
      two: 'خدمتان',
      few: '{count} خدمات',
      many: '{count} خدمةً',
      other: '{count} خدمة',
    },
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
  },
  categories: {
    essential: {
      label: 'الجلسة والأمان',
      description:
        'تتيح لك تسجيل الدخول، وتحمي بياناتك، وتحافظ على عمل الموقع (سلة مشترياتك وملفاتك المرفوعة). لا يعمل الموقع من دونها، لذا فهي مفعّلة دائمًا.',
    },
    preferences: {
      label: 'التفضيلات',
      description:
        'تتذكّر كيف تفضّل أن يبدو الموقع ويعمل، مثل لغتك أو منطقتك أو منطقتك الزمنية. يعمل الموقع من دونها، لكنه ينسى اختياراتك.',
    },
    interaction: {
      label: 'سجل التفاعل',
      description: 'تسجّل طريقة تفاعلك مع الموقع: الصفحات التي تزورها والحملة التي أوصلتك إلينا. يعمل الموقع من دونها.',
    },
    advertising: {
      label: 'الإعلانات والتسويق',
      description:
        'تجعل الإعلانات أقرب إلى اهتماماتك وتقيس أداء حملاتنا. قد تضع جهات خارجية، مثل منصات الفيديو، ملفاتها الخاصة. يعمل الموقع من دونها.',
    },
    analytics: {
      label: 'الإحصاءات',
      description: 'تساعدنا على فهم كيفية استخدام الزوار للموقع لكي نحسّنه (Google Analytics). يعمل الموقع من دونها.',
    },
  },
  session: 'مدة الجلسة',
  // The words of CLDR's units.
  units: {
    minute: { zero: '# دقيقة', one: 'دقيقة', two: 'دقيقتان', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' },
    hour: { zero: '# ساعة', one: 'ساعة', two: 'ساعتان', few: '# ساعات', many: '# ساعة', other: '# ساعة' },
    day: { zero: '# يوم', one: 'يوم', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' },
    month: { zero: '# شهر', one: 'شهر', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
    year: { zero: '# سنة', one: 'سنة', two: 'سنتان', few: '# سنوات', many: '# سنة', other: '# سنة' },
  },
  receipt: {
    methods: {
      'accept-all': 'قبول الكل',
      'reject-all': 'رفض الكل',
      custom: 'حفظ اختيارات مخصّصة',
      withdraw: 'سحب الموافقة',
      gpc: 'تطبيق Global Privacy Control',
    },
    allowed: 'المسموح به',
    nothingAllowed: 'ملفات تعريف الارتباط الضرورية فقط',
    countersigned: 'موقَّع أيضًا من الموقع',
    unsigned: 'غير موقَّع',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'تقيس الزيارات ومشاهدات الصفحات بصورة إجمالية.',
      cookies: {
        _ga: { purpose: 'يميّز الزوار بعضهم من بعض.' },
        '_ga_*': { purpose: 'يحفظ حالة زيارتك.' },
        _gid: { purpose: 'يميّز الزوار بعضهم من بعض لمدة يوم واحد.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description: 'يحمّل وسوم القياس والإعلان في الموقع. لا يضع أي ملف تعريف بنفسه؛ الوسوم التي يحمّلها تطلب موافقتك.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description: 'يقيس أيّ إعلاناتنا أدّى إلى زيارة أو شراء، وقد يعرض إعلاناتنا عليك في مواقع أخرى.',
      cookies: {
        _gcl_au: { purpose: 'يربط النقر على إعلان بزيارة أو شراء لاحق.' },
        _gcl_aw: { purpose: 'يتذكّر الإعلان الذي نقرت عليه للوصول إلينا.' },
        _gcl_gb: { purpose: 'يتذكّر الإعلان الذي نقرت عليه، لقياس بلا ملفات مواقع أخرى.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description: 'تميّز البشر من البرامج الآلية عند إرسال نموذج. تضع Google ملفاتها الخاصة، لذا تنتظر إذنك.',
      cookies: {
        _GRECAPTCHA: { purpose: 'يُجري تحليل المخاطر الذي يحمي النماذج من الرسائل المزعجة.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'تشغّل مقاطع الفيديو المضمّنة. قد يتذكّر YouTube ما شاهدته ويعرض عليك إعلانات ذات صلة.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'يقدّر سرعة اتصالك ويتذكّر إعدادات المشغّل.' },
        YSC: { provider: 'YouTube', purpose: 'يحصي مشاهدات مقاطع الفيديو المضمّنة.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'يشغّل مقاطع الفيديو المضمّنة. يحصي Vimeo المشاهدات وقد يتعرّف على متصفحك.',
      cookies: {
        vuid: { purpose: 'يميّز المشاهدين لإحصاء المشاهدات.' },
        __cf_bm: { purpose: 'يميّز البشر من الروبوتات (Cloudflare لصالح Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'يعرض خرائط تفاعلية. قد تربط Google استخدامك للخريطة بحسابك لديها.',
      cookies: {
        NID: { purpose: 'يتذكّر إعدادات الخريطة ويربطها بالإعلانات.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description: 'يُبلغ Meta (فيسبوك، إنستغرام) بزيارتك لقياس إعلاناتنا هناك وتوجيهها.',
      cookies: {
        _fbp: { purpose: 'يميّز الزوار لقياس إعلانات Meta.' },
        _fbc: { purpose: 'يتذكّر إعلان Meta الذي نقرت عليه للوصول إلينا.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'يحصي الزيارات والصفحات المعروضة لتحسين الموقع.',
      cookies: {
        '_pk_id.*': { purpose: 'يميّز الزوار بعضهم من بعض.' },
        '_pk_ses.*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description: 'يسجّل النقرات والتمرير وإجابات الاستبيانات لنعرف أين يصعب استخدام الموقع.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'يميّز الزوار من زيارة إلى أخرى.' },
        '_hjSession_*': { purpose: 'يجمع صفحات الزيارة الواحدة.' },
        _hjTLDTest: { purpose: 'يحدّد النطاق الذي تُحفظ عليه الملفات؛ يُحذف فورًا.' },
      },
    },
  },
};

export default ar;
