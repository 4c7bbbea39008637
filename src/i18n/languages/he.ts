import type { LanguagePack } from './types.js';

/** Hebrew, right to left: gender-neutral phrasing (verbal nouns, infinitives, impersonal forms). */
const he: LanguagePack = {
  lang: 'he',
  dir: 'rtl',
  banner: {
    bannerTitle: 'הפרטיות שלך',
    bannerText:
      'אנחנו משתמשים בעוגיות ששומרות על אבטחת האתר ועל פעולתו התקינה. בהסכמתך נרצה גם לזכור את ההגדרות שלך, למדוד את אופן השימוש באתר ולהציג פרסומות רלוונטיות. אפשר לשנות את ההחלטה בכל עת.',
    policyLink: 'מדיניות העוגיות שלנו',
    bannerLabel: 'הסכמה לשימוש בעוגיות',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    customise: 'התאמה אישית',
    close: 'סגירה ללא בחירה',
    gpcNotice:
      'הדפדפן שלך ביקש מאיתנו לא למכור ולא לשתף את הנתונים שלך (Global Privacy Control), ולכן עוגיות הפרסום נשארות כבויות.',
  },
  more: {
    preferencesTitle: 'העדפות פרטיות',
    preferencesIntro:
      'כאן אפשר לבחור באילו עוגיות האתר רשאי להשתמש. עד לבחירה אחרת פועלות רק העוגיות החיוניות. אפשר לחזור לכאן בכל עת.',
    saveChoices: 'שמירת הבחירות',
    alwaysOn: 'תמיד פעילות',
    serviceCount: {
      one: '{count}\u00a0שירות',
      two: '{count}\u00a0שירותים',
      other: '{count}\u00a0שירותים',
    },
    cookiesUsed: 'עוגיות בשימוש',
    cookieName: 'שם',
    cookieProvider: 'ספק',
    cookiePurpose: 'מטרה',
    cookieDuration: 'תוקף',
    serviceDetails: 'פרטים על {service}',
    provider: 'ספק:',
    settingsButton: 'הגדרות פרטיות',
    downloadReceipts: 'הורדת אישורי ההסכמה שלי',
    embedBlocked: 'התוכן הזה מ־{provider} חסום עד למתן הסכמה לקטגוריה "{category}".',
    embedLoad: 'טעינת התוכן',
    embedSettings: 'הגדרות עוגיות',
    embedIntro: 'השירות {service} של {provider} ייטען כאן לאחר מתן הסכמה.',
    embedCookies: 'עוגיות שהשירות מגדיר:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'מתן הסכמה ל־{service}',
    formPrompt: 'כדי לשלוח את הטופס יש לאשר את {service}',
    formAllow: 'אישור',
    formCancel: 'ביטול',
    formSending: 'בשליחה…',
    formTick: 'יש לסמן את התיבה "אני לא רובוט" ולאחר מכן לשלוח את הטופס.',
    formFailed: 'השירות {service} לא נטען, ולכן הטופס לא נשלח. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
    menuLabel: 'אפשרויות פרטיות',
    menuPreferences: 'העדפות פרטיות',
    menuWithdraw: 'ביטול ההסכמה',
  },
  categories: {
    essential: {
      label: 'התחברות ואבטחה',
      description:
        'מאפשרות להתחבר לחשבון, מגנות על הנתונים שלך ושומרות על פעולת האתר (סל הקניות, העלאת קבצים). האתר לא יכול לפעול בלעדיהן, ולכן הן פעילות תמיד.',
    },
    preferences: {
      label: 'העדפות',
      description:
        'זוכרות איך האתר אמור להיראות ולפעול לפי הבחירות שלך, למשל שפה, אזור או אזור זמן. האתר פועל גם בלעדיהן, אבל לא זוכר את הבחירות שלך.',
    },
    interaction: {
      label: 'היסטוריית שימוש',
      description:
        'מתעדות את אופן השימוש באתר: הדפים שנצפו והקמפיין שהוביל לאתר. האתר פועל גם בלעדיהן.',
    },
    advertising: {
      label: 'פרסום ושיווק',
      description:
        'מתאימות את הפרסומות לתחומי העניין שלך ומודדות את ביצועי הקמפיינים שלנו. צדדים שלישיים, כמו פלטפורמות וידאו, עשויים להגדיר עוגיות משלהם. האתר פועל גם בלעדיהן.',
    },
    analytics: {
      label: 'ניתוח נתונים',
      description:
        'עוזרות לנו להבין איך המבקרים משתמשים באתר, כדי שנוכל לשפר אותו (Google Analytics). האתר פועל גם בלעדיהן.',
    },
  },
  session: 'סשן',
  units: {
    minute: { one: 'דקה אחת', two: 'שתי דקות', other: '#\u00a0דקות' },
    hour: { one: 'שעה אחת', two: 'שעתיים', other: '#\u00a0שעות' },
    day: { one: 'יום אחד', two: 'יומיים', other: '#\u00a0ימים' },
    month: { one: 'חודש אחד', two: 'חודשיים', other: '#\u00a0חודשים' },
    year: { one: 'שנה אחת', two: 'שנתיים', other: '#\u00a0שנים' },
  },
  receipt: {
    methods: {
      'accept-all': 'הכול אושר',
      'reject-all': 'הכול נדחה',
      custom: 'נשמרו בחירות מותאמות אישית',
      withdraw: 'ההסכמה בוטלה',
      gpc: 'הוחל אות Global Privacy Control',
    },
    allowed: 'אושרו',
    nothingAllowed: 'עוגיות חיוניות בלבד',
    countersigned: 'חתום גם על ידי האתר',
    unsigned: 'לא חתום',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'מודד ביקורים וצפיות בדפים באופן מצטבר.',
      cookies: {
        _ga: { purpose: 'מבחינה בין מבקרים.' },
        '_ga_*': { purpose: 'שומרת את מצב הביקור הנוכחי.' },
        _gid: { purpose: 'מבחינה בין מבקרים למשך יום אחד.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'טוען את תגי המדידה והפרסום של האתר. הוא עצמו לא מגדיר עוגיות; התגים שהוא טוען מבקשים את הסכמתך.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description: 'מודד אילו מהמודעות שלנו הובילו לביקור או לרכישה, ועשוי להציג את המודעות שלנו גם במקומות אחרים.',
      cookies: {
        _gcl_au: { purpose: 'מקשרת קליק על מודעה לביקור או לרכישה מאוחרים יותר.' },
        _gcl_aw: { purpose: 'זוכרת את המודעה שהובילה לאתר.' },
        _gcl_gb: { purpose: 'זוכרת את המודעה שנלחצה, לצורך מדידה ללא עוגיות של אתרים אחרים.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'מבחין בין בני אדם לבוטים בעת שליחת טופס. Google מגדירה עוגיות משלה, ולכן השירות ממתין להסכמתך.',
      cookies: {
        _GRECAPTCHA: { purpose: 'מריצה את ניתוח הסיכונים שמגן על טפסים מפני ספאם.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'מציג סרטונים מוטמעים. YouTube עשוי לזכור אילו סרטונים נצפו ולהציג פרסומות קשורות.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'מעריכה את מהירות החיבור ושומרת את הגדרות הנגן.' },
        YSC: { provider: 'YouTube', purpose: 'סופרת צפיות בסרטונים מוטמעים.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'מציג סרטונים מוטמעים. Vimeo סופר צפיות ועשוי לזהות את הדפדפן שלך.',
      cookies: {
        vuid: { purpose: 'מבחינה בין צופים כדי לספור צפיות בסרטונים.' },
        __cf_bm: { purpose: 'מבחינה בין בני אדם לבוטים (Cloudflare, מטעם Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'מציג מפות אינטראקטיביות. Google עשויה לקשר את השימוש במפה לפרופיל Google שלך.',
      cookies: {
        NID: { purpose: 'זוכרת את הגדרות המפה ומקשרת אותן לפרסומות.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description: 'מדווח ל־Meta (Facebook, Instagram) על הביקור באתר, כדי שנוכל למדוד ולמקד שם את המודעות שלנו.',
      cookies: {
        _fbp: { purpose: 'מבחינה בין מבקרים לצורך מדידת המודעות ב־Meta.' },
        _fbc: { purpose: 'זוכרת את מודעת Meta שהובילה לאתר.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'סופר ביקורים וצפיות בדפים כדי שנוכל לשפר את האתר.',
      cookies: {
        '_pk_id.*': { purpose: 'מבחינה בין מבקרים.' },
        '_pk_ses.*': { purpose: 'מקבצת את הדפים של ביקור אחד.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description: 'מתעד קליקים, גלילה ותשובות לסקרים, כדי שנוכל לראות היכן קשה להשתמש באתר.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'מזהה מבקרים חוזרים בין ביקורים.' },
        '_hjSession_*': { purpose: 'מקבצת את הדפים של ביקור אחד.' },
        _hjTLDTest: { purpose: 'מאתרת את הדומיין שבו אפשר להגדיר עוגיות; נמחקת מיד.' },
      },
    },
  },
};

export default he;
