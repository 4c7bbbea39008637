import type { LanguagePack } from './types.js';

/** Slovenian: formal address (vikanje), "vi" in lower case as on Slovenian websites. */
const sl: LanguagePack = {
  lang: 'sl',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Vaša zasebnost',
    bannerText:
      'Uporabljamo piškotke, ki skrbijo za varnost in delovanje tega spletnega mesta. Z vašim dovoljenjem bi si radi zapomnili tudi vaše nastavitve, merili uporabo spletnega mesta in vam prikazovali ustrezne oglase. Svojo odločitev lahko kadar koli spremenite.',
    policyLink: 'Pravilnik o piškotkih',
    bannerLabel: 'Privolitev v uporabo piškotkov',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customise: 'Prilagodi',
    close: 'Zapri brez izbire',
    gpcNotice:
      'Vaš brskalnik nas je prosil, naj vaših podatkov ne prodajamo in ne delimo z drugimi (Global Privacy Control), zato oglaševalski piškotki ostajajo izklopljeni.',
  },
  more: {
    preferencesTitle: 'Nastavitve zasebnosti',
    preferencesIntro:
      'Izberite, katere piškotke sme uporabljati to spletno mesto. Dokler se ne odločite drugače, so vklopljeni samo nujni piškotki. Na to stran se lahko vrnete kadar koli.',
    saveChoices: 'Shrani izbiro',
    alwaysOn: 'Vedno vklopljeno',
    serviceCount: {
      one: '{count}\u00a0storitev',
      two: '{count}\u00a0storitvi',
      few: '{count}\u00a0storitve',
      other: '{count}\u00a0storitev',
    },
    cookiesUsed: 'Uporabljeni piškotki',
    cookieName: 'Ime',
    cookieProvider: 'Ponudnik',
    cookiePurpose: 'Namen',
    cookieDuration: 'Trajanje',
    serviceDetails: 'Podrobnosti o storitvi {service}',
    provider: 'Ponudnik:',
    settingsButton: 'Nastavitve zasebnosti',
    downloadReceipts: 'Prenesi potrdila o privolitvah',
    embedBlocked: 'Ta vsebina ponudnika {provider} je blokirana, dokler ne dovolite kategorije »{category}«.',
    embedLoad: 'Naloži vsebino',
    embedSettings: 'Nastavitve piškotkov',
    embedIntro: 'Storitev {service} ponudnika {provider} se bo naložila tukaj, ko jo boste dovolili.',
    embedCookies: 'Piškotki, ki jih nastavi:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Dovoli storitev {service}',
    formPrompt: 'Za pošiljanje obrazca dovolite storitev {service}',
    formAllow: 'Dovoli',
    formCancel: 'Prekliči',
    formSending: 'Pošiljanje\u00a0…',
    formTick: 'Označite polje »Nisem robot« in nato pošljite obrazec.',
    formFailed:
      'Storitev {service} se ni naložila, zato obrazec ni bil poslan. Preverite internetno povezavo in poskusite znova.',
    menuLabel: 'Možnosti zasebnosti',
    menuPreferences: 'Nastavitve zasebnosti',
    menuWithdraw: 'Prekliči privolitev',
  },
  categories: {
    essential: {
      label: 'Seja in varnost',
      description:
        'Omogočajo prijavo, varujejo vaše podatke in skrbijo za delovanje spletnega mesta (košarica, nalaganje datotek). Brez njih spletno mesto ne more delovati, zato so vedno vklopljeni.',
    },
    preferences: {
      label: 'Osebne nastavitve',
      description:
        'Zapomnijo si vaše želje glede videza in delovanja spletnega mesta, na primer jezik, regijo ali časovni pas. Spletno mesto deluje tudi brez njih, le vaših izbir si ne zapomni.',
    },
    interaction: {
      label: 'Zgodovina interakcij',
      description:
        'Beležijo, kako uporabljate spletno mesto: katere strani si ogledate in katera kampanja vas je pripeljala k nam. Spletno mesto deluje tudi brez njih.',
    },
    advertising: {
      label: 'Oglaševanje in trženje',
      description:
        'Prilagajajo oglase vašim zanimanjem in merijo uspešnost naših kampanj. Tretje osebe, na primer videoplatforme, lahko nastavijo svoje piškotke. Spletno mesto deluje tudi brez njih.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Pomagajo nam razumeti, kako obiskovalci uporabljajo spletno mesto, da ga lahko izboljšamo (Google Analytics). Spletno mesto deluje tudi brez njih.',
    },
  },
  session: 'Seja',
  units: {
    minute: { one: '#\u00a0minuta', two: '#\u00a0minuti', few: '#\u00a0minute', other: '#\u00a0minut' },
    hour: { one: '#\u00a0ura', two: '#\u00a0uri', few: '#\u00a0ure', other: '#\u00a0ur' },
    day: { one: '#\u00a0dan', two: '#\u00a0dneva', few: '#\u00a0dnevi', other: '#\u00a0dni' },
    month: { one: '#\u00a0mesec', two: '#\u00a0meseca', few: '#\u00a0meseci', other: '#\u00a0mesecev' },
    year: { one: '#\u00a0leto', two: '#\u00a0leti', few: '#\u00a0leta', other: '#\u00a0let' },
  },
  receipt: {
    methods: {
      'accept-all': 'Vse sprejeto',
      'reject-all': 'Vse zavrnjeno',
      custom: 'Shranjena lastna izbira',
      withdraw: 'Privolitev preklicana',
      gpc: 'Upoštevan signal Global Privacy Control',
    },
    allowed: 'dovoljeno',
    nothingAllowed: 'samo nujni piškotki',
    countersigned: 'sopodpisalo spletno mesto',
    unsigned: 'nepodpisano',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Meri obiske in oglede strani v zbirni obliki.',
      cookies: {
        _ga: { purpose: 'Razlikuje obiskovalce.' },
        '_ga_*': { purpose: 'Hrani stanje vašega obiska.' },
        _gid: { purpose: 'Razlikuje obiskovalce v obdobju enega dneva.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Naloži merilne in oglaševalske oznake spletnega mesta. Sam ne nastavi nobenega piškotka; oznake, ki jih naloži, zahtevajo vašo privolitev.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Meri, kateri naši oglasi so privedli do obiska ali nakupa, in vam lahko naše oglase prikazuje tudi drugje.',
      cookies: {
        _gcl_au: { purpose: 'Poveže klik na oglas s poznejšim obiskom ali nakupom.' },
        _gcl_aw: { purpose: 'Zapomni si oglas, prek katerega ste prišli k nam.' },
        _gcl_gb: { purpose: 'Zapomni si kliknjeni oglas za merjenje brez piškotkov drugih spletnih mest.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Pri pošiljanju obrazca loči ljudi od robotov. Google nastavi svoje piškotke, zato storitev počaka na vaše dovoljenje.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Izvede analizo tveganja, ki ščiti obrazce pred neželenimi sporočili.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Predvaja vdelane videoposnetke. YouTube si lahko zapomni, kaj ste si ogledali, in prikazuje povezane oglase.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Oceni pasovno širino vaše povezave in si zapomni nastavitve predvajalnika.',
        },
        YSC: { provider: 'YouTube', purpose: 'Šteje oglede vdelanih videoposnetkov.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Predvaja vdelane videoposnetke. Vimeo šteje oglede in lahko prepozna vaš brskalnik.',
      cookies: {
        vuid: { purpose: 'Razlikuje gledalce za štetje ogledov videoposnetkov.' },
        __cf_bm: { purpose: 'Loči ljudi od robotov (Cloudflare v imenu storitve Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Prikazuje interaktivne zemljevide. Google lahko vašo uporabo zemljevida poveže z vašim profilom Google.',
      cookies: {
        NID: { purpose: 'Zapomni si nastavitve zemljevida in jih poveže z oglasi.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Sporoči podjetju Meta (Facebook, Instagram), da ste nas obiskali, da bi tam lahko merili uspešnost naših oglasov in jih ciljali.',
      cookies: {
        _fbp: { purpose: 'Razlikuje obiskovalce za merjenje oglasov podjetja Meta.' },
        _fbc: { purpose: 'Zapomni si oglas na platformah Meta, prek katerega ste prišli k nam.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Šteje obiske in oglede strani, da lahko izboljšamo spletno mesto.',
      cookies: {
        '_pk_id.*': { purpose: 'Razlikuje obiskovalce.' },
        '_pk_ses.*': { purpose: 'Združuje strani enega obiska.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Beleži klike, pomikanje in odgovore v anketah, da vidimo, kje je spletno mesto težko uporabljati.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Razlikuje obiskovalce med obiski.' },
        '_hjSession_*': { purpose: 'Združuje strani enega obiska.' },
        _hjTLDTest: { purpose: 'Poišče domeno, na kateri je mogoče nastaviti piškotke; takoj se izbriše.' },
      },
    },
  },
};

export default sl;
