import type { LanguagePack } from './types.js';

/** Slovak: formal address (vykanie) with capitalised Vy/Vás/Váš. */
const sk: LanguagePack = {
  lang: 'sk',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Vaše súkromie',
    bannerText:
      'Používame súbory cookie, ktoré zaisťujú bezpečnosť a\u00a0správne fungovanie tejto webovej stránky. S\u00a0Vaším súhlasom by sme si radi zapamätali aj Vaše nastavenia, merali, ako sa stránka používa, a\u00a0zobrazovali Vám relevantné reklamy. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
    policyLink: 'Zásady používania súborov cookie',
    bannerLabel: 'Súhlas so súbormi cookie',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    customise: 'Prispôsobiť',
    close: 'Zavrieť bez rozhodnutia',
    gpcNotice:
      'Váš prehliadač nás požiadal, aby sme Vaše údaje nepredávali ani nezdieľali (Global Privacy Control). Reklamné súbory cookie preto zostávajú vypnuté.',
  },
  more: {
    preferencesTitle: 'Predvoľby súkromia',
    preferencesIntro:
      'Vyberte, ktoré súbory cookie môže táto stránka používať. Kým sa nerozhodnete inak, zapnuté sú iba nevyhnutné súbory cookie. Sem sa môžete kedykoľvek vrátiť.',
    saveChoices: 'Uložiť nastavenia',
    alwaysOn: 'Vždy aktívne',
    serviceCount: {
      one: '{count}\u00a0služba',
      few: '{count}\u00a0služby',
      many: '{count}\u00a0služby',
      other: '{count}\u00a0služieb',
    },
    cookiesUsed: 'Používané súbory cookie',
    cookieName: 'Názov',
    cookieProvider: 'Poskytovateľ',
    cookiePurpose: 'Účel',
    cookieDuration: 'Doba platnosti',
    serviceDetails: 'Podrobnosti o\u00a0službe {service}',
    provider: 'Poskytovateľ:',
    settingsButton: 'Nastavenia súkromia',
    downloadReceipts: 'Stiahnuť potvrdenia o\u00a0udelených súhlasoch',
    embedBlocked: 'Tento obsah poskytovateľa {provider} je zablokovaný, kým nepovolíte kategóriu „{category}“.',
    embedLoad: 'Načítať obsah',
    embedSettings: 'Nastavenia súborov cookie',
    embedIntro: 'Služba {service} poskytovateľa {provider} sa tu načíta, keď ju povolíte.',
    embedCookies: 'Ukladá tieto súbory cookie:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Povoliť službu {service}',
    formPrompt: 'Na odoslanie formulára povoľte službu {service}',
    formAllow: 'Povoliť',
    formCancel: 'Zrušiť',
    formSending: 'Odosiela sa…',
    formTick: 'Začiarknite políčko „Nie som robot“ a\u00a0potom formulár odošlite.',
    formFailed:
      'Službu {service} sa nepodarilo načítať, preto formulár nebol odoslaný. Skontrolujte pripojenie na internet a\u00a0skúste to znova.',
    menuLabel: 'Možnosti súkromia',
    menuPreferences: 'Predvoľby súkromia',
    menuWithdraw: 'Odvolať súhlas',
  },
  categories: {
    essential: {
      label: 'Relácia a\u00a0zabezpečenie',
      description:
        'Umožňujú prihlásenie, chránia Vaše údaje a\u00a0zabezpečujú fungovanie stránky (napr. nákupného košíka alebo nahrávania súborov). Bez nich stránka nemôže fungovať, preto sú vždy zapnuté.',
    },
    preferences: {
      label: 'Predvoľby',
      description:
        'Pamätajú si, ako má stránka vyzerať a\u00a0správať sa, napríklad Váš jazyk, región alebo časové pásmo. Stránka funguje aj bez nich, len si nezapamätá Vaše voľby.',
    },
    interaction: {
      label: 'História interakcií',
      description:
        'Zaznamenávajú, ako so stránkou pracujete: ktoré podstránky si prezeráte a\u00a0ktorá kampaň Vás k\u00a0nám priviedla. Stránka funguje aj bez nich.',
    },
    advertising: {
      label: 'Reklama a\u00a0marketing',
      description:
        'Umožňujú zobrazovať reklamy, ktoré Vás zaujímajú, a\u00a0merať úspešnosť našich kampaní. Tretie strany, napríklad videoplatformy, môžu ukladať vlastné súbory cookie. Stránka funguje aj bez nich.',
    },
    analytics: {
      label: 'Analytika',
      description:
        'Pomáhajú nám pochopiť, ako návštevníci stránku používajú, aby sme ju mohli zlepšovať (Google Analytics). Stránka funguje aj bez nich.',
    },
  },
  session: 'Relácia',
  units: {
    minute: { one: '#\u00a0minúta', few: '#\u00a0minúty', many: '#\u00a0minúty', other: '#\u00a0minút' },
    hour: { one: '#\u00a0hodina', few: '#\u00a0hodiny', many: '#\u00a0hodiny', other: '#\u00a0hodín' },
    day: { one: '#\u00a0deň', few: '#\u00a0dni', many: '#\u00a0dňa', other: '#\u00a0dní' },
    month: { one: '#\u00a0mesiac', few: '#\u00a0mesiace', many: '#\u00a0mesiaca', other: '#\u00a0mesiacov' },
    year: { one: '#\u00a0rok', few: '#\u00a0roky', many: '#\u00a0roka', other: '#\u00a0rokov' },
  },
  receipt: {
    methods: {
      'accept-all': 'Prijaté všetko',
      'reject-all': 'Odmietnuté všetko',
      custom: 'Uložená vlastná voľba',
      withdraw: 'Súhlas odvolaný',
      gpc: 'Uplatnený signál Global Privacy Control',
    },
    allowed: 'povolené',
    nothingAllowed: 'iba nevyhnutné súbory cookie',
    countersigned: 'spolupodpísané stránkou',
    unsigned: 'nepodpísané',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Meria návštevy a\u00a0zobrazenia stránok v\u00a0súhrnnej podobe.',
      cookies: {
        _ga: { purpose: 'Rozlišuje návštevníkov.' },
        '_ga_*': { purpose: 'Uchováva stav Vašej návštevy.' },
        _gid: { purpose: 'Rozlišuje návštevníkov počas jedného dňa.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Načítava meracie a\u00a0reklamné tagy stránky. Sám žiadne súbory cookie neukladá; tagy, ktoré načítava, žiadajú o\u00a0Váš súhlas.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Meria, ktoré z\u00a0našich reklám viedli k\u00a0návšteve alebo nákupu, a\u00a0môže Vám naše reklamy zobrazovať aj inde.',
      cookies: {
        _gcl_au: { purpose: 'Prepája kliknutie na reklamu s\u00a0neskoršou návštevou alebo nákupom.' },
        _gcl_aw: { purpose: 'Pamätá si reklamu, ktorá Vás k\u00a0nám priviedla.' },
        _gcl_gb: { purpose: 'Pamätá si reklamu, na ktorú sa kliklo, na meranie bez súborov cookie iných webov.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Pri odosielaní formulára odlišuje ľudí od robotov. Google ukladá vlastné súbory cookie, preto služba čaká na Váš súhlas.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Vykonáva analýzu rizík, ktorá chráni formuláre pred spamom.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Prehráva vložené videá. YouTube si môže pamätať pozreté videá a\u00a0zobrazovať súvisiace reklamy.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Odhaduje rýchlosť Vášho pripojenia a\u00a0pamätá si nastavenia prehrávača.',
        },
        YSC: { provider: 'YouTube', purpose: 'Počíta zhliadnutia vložených videí.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Prehráva vložené videá. Vimeo počíta zhliadnutia a\u00a0môže rozpoznať Váš prehliadač.',
      cookies: {
        vuid: { purpose: 'Rozlišuje divákov na počítanie zhliadnutí videí.' },
        __cf_bm: { purpose: 'Odlišuje ľudí od robotov (Cloudflare v\u00a0mene spoločnosti Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Zobrazuje interaktívne mapy. Google môže prepojiť Vaše používanie mapy s\u00a0Vaším profilom Google.',
      cookies: {
        NID: { purpose: 'Pamätá si nastavenia mapy a\u00a0prepája ich s\u00a0reklamou.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informuje spoločnosť Meta (Facebook, Instagram) o\u00a0Vašej návšteve, aby tam bolo možné merať a\u00a0cieliť naše reklamy.',
      cookies: {
        _fbp: { purpose: 'Rozlišuje návštevníkov na meranie reklám spoločnosti Meta.' },
        _fbc: { purpose: 'Pamätá si reklamu na platformách Meta, ktorá Vás k\u00a0nám priviedla.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Počíta návštevy a\u00a0zobrazenia stránok, aby sme mohli stránku zlepšovať.',
      cookies: {
        '_pk_id.*': { purpose: 'Rozlišuje návštevníkov.' },
        '_pk_ses.*': { purpose: 'Zoskupuje stránky jednej návštevy.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Zaznamenáva kliknutia, posúvanie a\u00a0odpovede v\u00a0anketách, aby sme videli, kde sa stránka používa ťažko.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Rozlišuje návštevníkov naprieč návštevami.' },
        '_hjSession_*': { purpose: 'Zoskupuje stránky jednej návštevy.' },
        _hjTLDTest: { purpose: 'Zisťuje doménu, na ktorej možno ukladať súbory cookie; ihneď sa vymaže.' },
      },
    },
  },
};

export default sk;
