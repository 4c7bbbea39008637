import type { LanguagePack } from './types.js';

/** Latvian: formal address with capitalised Jūs/Jums/Jūsu. */
const lv: LanguagePack = {
  lang: 'lv',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Jūsu privātums',
    bannerText:
      'Mēs izmantojam sīkdatnes, kas nodrošina šīs vietnes drošību un darbību. Ar Jūsu atļauju mēs vēlētos arī atcerēties Jūsu iestatījumus, analizēt vietnes lietojumu un rādīt Jums atbilstošas reklāmas. Savu izvēli varat mainīt jebkurā laikā.',
    policyLink: 'Sīkdatņu politika',
    bannerLabel: 'Piekrišana sīkdatnēm',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customise: 'Pielāgot',
    close: 'Aizvērt, neizvēloties',
    gpcNotice:
      'Jūsu pārlūkprogramma lūdza mūs nepārdot un nekopīgot Jūsu datus (Global Privacy Control), tāpēc reklāmas sīkdatnes paliek izslēgtas.',
  },
  more: {
    preferencesTitle: 'Privātuma iestatījumi',
    preferencesIntro:
      'Izvēlieties, kuras sīkdatnes šī vietne drīkst izmantot. Kamēr nav izdarīta cita izvēle, ir ieslēgtas tikai nepieciešamās sīkdatnes. Šeit varat atgriezties jebkurā laikā.',
    saveChoices: 'Saglabāt izvēli',
    alwaysOn: 'Vienmēr ieslēgtas',
    serviceCount: {
      zero: '{count}\u00a0pakalpojumu',
      one: '{count}\u00a0pakalpojums',
      other: '{count}\u00a0pakalpojumi',
    },
    cookiesUsed: 'Izmantotās sīkdatnes',
    cookieName: 'Nosaukums',
    cookieProvider: 'Nodrošinātājs',
    cookiePurpose: 'Mērķis',
    cookieDuration: 'Glabāšanas ilgums',
    serviceDetails: 'Informācija par pakalpojumu {service}',
    provider: 'Nodrošinātājs:',
    settingsButton: 'Privātuma iestatījumi',
    downloadReceipts: 'Lejupielādēt piekrišanas apliecinājumus',
    embedBlocked: 'Šis nodrošinātāja {provider} saturs ir bloķēts, kamēr neatļausiet kategoriju „{category}”.',
    embedLoad: 'Ielādēt saturu',
    embedSettings: 'Sīkdatņu iestatījumi',
    embedIntro: 'Pakalpojums {service} (nodrošinātājs: {provider}) šeit tiks ielādēts, tiklīdz to atļausiet.',
    embedCookies: 'Sīkdatnes, ko tas iestata:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Atļaut pakalpojumu {service}',
    formPrompt: 'Lai nosūtītu šo veidlapu, atļaujiet pakalpojumu {service}',
    formAllow: 'Atļaut',
    formCancel: 'Atcelt',
    formSending: 'Notiek sūtīšana…',
    formTick: 'Atzīmējiet lodziņu „Es neesmu robots” un pēc tam nosūtiet veidlapu.',
    formFailed:
      'Pakalpojums {service} netika ielādēts, tāpēc veidlapa netika nosūtīta. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
    menuLabel: 'Privātuma opcijas',
    menuPreferences: 'Privātuma iestatījumi',
    menuWithdraw: 'Atsaukt piekrišanu',
  },
  categories: {
    essential: {
      label: 'Sesija un drošība',
      description:
        'Ļauj pieteikties, aizsargā Jūsu datus un nodrošina vietnes darbību (iepirkumu grozs, failu augšupielāde). Bez tām vietne nevar darboties, tāpēc tās vienmēr ir ieslēgtas.',
    },
    preferences: {
      label: 'Lietotāja iestatījumi',
      description:
        'Atceras, kā vēlaties, lai vietne izskatītos un darbotos, piemēram, valodu, reģionu vai laika joslu. Bez tām vietne darbojas, taču neatceras Jūsu izvēli.',
    },
    interaction: {
      label: 'Mijiedarbības vēsture',
      description:
        'Reģistrē, kā mijiedarbojaties ar vietni: kuras lapas skatāt un kura kampaņa Jūs atveda pie mums. Vietne darbojas arī bez tām.',
    },
    advertising: {
      label: 'Reklāma un mārketings',
      description:
        'Padara reklāmas Jums atbilstošākas un mēra mūsu kampaņu efektivitāti. Trešās puses, piemēram, video platformas, var iestatīt savas sīkdatnes. Vietne darbojas arī bez tām.',
    },
    analytics: {
      label: 'Analītika',
      description:
        'Palīdz mums saprast, kā apmeklētāji izmanto vietni, lai mēs to varētu uzlabot (Google Analytics). Vietne darbojas arī bez tām.',
    },
  },
  session: 'Sesija',
  units: {
    minute: { zero: '#\u00a0minūšu', one: '#\u00a0minūte', other: '#\u00a0minūtes' },
    hour: { zero: '#\u00a0stundu', one: '#\u00a0stunda', other: '#\u00a0stundas' },
    day: { zero: '#\u00a0dienu', one: '#\u00a0diena', other: '#\u00a0dienas' },
    month: { zero: '#\u00a0mēnešu', one: '#\u00a0mēnesis', other: '#\u00a0mēneši' },
    year: { zero: '#\u00a0gadu', one: '#\u00a0gads', other: '#\u00a0gadi' },
  },
  receipt: {
    methods: {
      'accept-all': 'Pieņemtas visas',
      'reject-all': 'Noraidītas visas',
      custom: 'Saglabāta pielāgota izvēle',
      withdraw: 'Piekrišana atsaukta',
      gpc: 'Piemērots Global Privacy Control signāls',
    },
    allowed: 'atļautas',
    nothingAllowed: 'tikai nepieciešamās sīkdatnes',
    countersigned: 'vietnes līdzparakstīts',
    unsigned: 'nav parakstīts',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mēra apmeklējumus un lapu skatījumus apkopotā veidā.',
      cookies: {
        _ga: { purpose: 'Atšķir apmeklētājus.' },
        '_ga_*': { purpose: 'Saglabā Jūsu apmeklējuma stāvokli.' },
        _gid: { purpose: 'Atšķir apmeklētājus vienas dienas laikā.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Ielādē vietnes mērīšanas un reklāmas tagus. Pats sīkdatnes neiestata; tagi, ko tas ielādē, lūdz Jūsu piekrišanu.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mēra, kuras mūsu reklāmas ir novedušas pie apmeklējuma vai pirkuma, un var rādīt Jums mūsu reklāmas arī citur.',
      cookies: {
        _gcl_au: { purpose: 'Sasaista klikšķi uz reklāmas ar vēlāku apmeklējumu vai pirkumu.' },
        _gcl_aw: { purpose: 'Atceras reklāmu, caur kuru nonācāt pie mums.' },
        _gcl_gb: { purpose: 'Atceras noklikšķināto reklāmu, lai to varētu mērīt bez citu vietņu sīkdatnēm.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Atšķir cilvēkus no robotiem, kad nosūtāt veidlapu. Google iestata savas sīkdatnes, tāpēc pakalpojums gaida Jūsu atļauju.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Veic riska analīzi, kas aizsargā veidlapas pret surogātpastu.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Atskaņo iegultus videoklipus. YouTube var atcerēties skatītos videoklipus un rādīt saistītas reklāmas.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Novērtē Jūsu savienojuma joslas platumu un atceras atskaņotāja iestatījumus.',
        },
        YSC: { provider: 'YouTube', purpose: 'Skaita iegulto videoklipu skatījumus.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Atskaņo iegultus videoklipus. Vimeo skaita skatījumus un var atpazīt Jūsu pārlūkprogrammu.',
      cookies: {
        vuid: { purpose: 'Atšķir skatītājus, lai skaitītu videoklipu skatījumus.' },
        __cf_bm: { purpose: 'Atšķir cilvēkus no robotiem (Cloudflare Vimeo uzdevumā).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Rāda interaktīvas kartes. Google var saistīt kartes lietojumu ar Jūsu Google profilu.',
      cookies: {
        NID: { purpose: 'Atceras Jūsu kartes iestatījumus un saista tos ar reklāmām.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informē uzņēmumu Meta (Facebook, Instagram) par Jūsu apmeklējumu, lai tur mērītu un mērķētu mūsu reklāmas.',
      cookies: {
        _fbp: { purpose: 'Atšķir apmeklētājus Meta reklāmu mērīšanai.' },
        _fbc: { purpose: 'Atceras Meta reklāmu, caur kuru nonācāt pie mums.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Skaita apmeklējumus un lapu skatījumus, lai mēs varētu uzlabot vietni.',
      cookies: {
        '_pk_id.*': { purpose: 'Atšķir apmeklētājus.' },
        '_pk_ses.*': { purpose: 'Grupē viena apmeklējuma lapas.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Ieraksta klikšķus, ritināšanu un atbildes aptaujās, lai mēs redzētu, kur vietni ir grūti lietot.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Atpazīst apmeklētājus atkārtotos apmeklējumos.' },
        '_hjSession_*': { purpose: 'Grupē viena apmeklējuma lapas.' },
        _hjTLDTest: { purpose: 'Nosaka domēnu, kurā var iestatīt sīkdatnes; tiek nekavējoties dzēsta.' },
      },
    },
  },
};

export default lv;
