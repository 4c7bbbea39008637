import type { LanguagePack } from './types.js';

/** Croatian: formal address (persiranje) with capitalised Vi/Vas/Vaš. */
const hr: LanguagePack = {
  lang: 'hr',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Vaša privatnost',
    bannerText:
      'Upotrebljavamo kolačiće koji su nužni za sigurnost i ispravan rad ove web-stranice. Uz Vaše dopuštenje htjeli bismo i zapamtiti Vaše postavke, mjeriti kako se stranica upotrebljava te Vam prikazivati relevantne oglase. Svoju odluku možete promijeniti u bilo kojem trenutku.',
    policyLink: 'Pravila o upotrebi kolačića',
    bannerLabel: 'Privola za kolačiće',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customise: 'Prilagodi',
    close: 'Zatvori bez odabira',
    gpcNotice:
      'Vaš preglednik zatražio je da Vaše podatke ne prodajemo i ne dijelimo (Global Privacy Control), stoga kolačići za oglašavanje ostaju isključeni.',
  },
  more: {
    preferencesTitle: 'Postavke privatnosti',
    preferencesIntro:
      'Odaberite koje kolačiće ova stranica smije upotrebljavati. Dok ne odlučite drukčije, uključeni su samo nužni kolačići. Ovamo se možete vratiti kad god želite.',
    saveChoices: 'Spremi odabir',
    alwaysOn: 'Uvijek uključeno',
    serviceCount: {
      one: '{count}\u00a0usluga',
      few: '{count}\u00a0usluge',
      other: '{count}\u00a0usluga',
    },
    cookiesUsed: 'Kolačići u upotrebi',
    cookieName: 'Naziv',
    cookieProvider: 'Pružatelj',
    cookiePurpose: 'Svrha',
    cookieDuration: 'Trajanje',
    serviceDetails: 'Pojedinosti o usluzi {service}',
    provider: 'Pružatelj:',
    settingsButton: 'Postavke privatnosti',
    downloadReceipts: 'Preuzmi potvrde o privolama',
    embedBlocked: 'Ovaj sadržaj pružatelja {provider} blokiran je dok ne dopustite kategoriju „{category}”.',
    embedLoad: 'Učitaj sadržaj',
    embedSettings: 'Postavke kolačića',
    embedIntro: 'Usluga {service} pružatelja {provider} učitat će se ovdje kada je dopustite.',
    embedCookies: 'Kolačići koje postavlja:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Dopusti uslugu {service}',
    formPrompt: 'Za slanje obrasca dopustite uslugu {service}',
    formAllow: 'Dopusti',
    formCancel: 'Odustani',
    formSending: 'Slanje…',
    formTick: 'Označite okvir „Nisam robot”, a zatim pošaljite obrazac.',
    formFailed:
      'Usluga {service} nije se učitala pa obrazac nije poslan. Provjerite internetsku vezu i pokušajte ponovno.',
    menuLabel: 'Mogućnosti privatnosti',
    menuPreferences: 'Postavke privatnosti',
    menuWithdraw: 'Povuci privolu',
  },
  categories: {
    essential: {
      label: 'Sesija i sigurnost',
      description:
        'Omogućuju prijavu, štite Vaše podatke i održavaju rad stranice (košarica, prijenos datoteka). Bez njih stranica ne može raditi pa su uvijek uključeni.',
    },
    preferences: {
      label: 'Osobne postavke',
      description:
        'Pamte kako želite da stranica izgleda i radi, primjerice Vaš jezik, regiju ili vremensku zonu. Stranica radi i bez njih, ali ne pamti Vaše odabire.',
    },
    interaction: {
      label: 'Povijest interakcija',
      description:
        'Bilježe kako upotrebljavate stranicu: koje stranice pregledavate i koja Vas je kampanja dovela k nama. Stranica radi i bez njih.',
    },
    advertising: {
      label: 'Oglašavanje i marketing',
      description:
        'Prilagođavaju oglase Vašim interesima i mjere uspješnost naših kampanja. Treće strane, primjerice videoplatforme, mogu postavljati vlastite kolačiće. Stranica radi i bez njih.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Pomažu nam razumjeti kako posjetitelji upotrebljavaju stranicu kako bismo je mogli poboljšati (Google Analytics). Stranica radi i bez njih.',
    },
  },
  session: 'Sesija',
  units: {
    minute: { one: '#\u00a0minuta', few: '#\u00a0minute', other: '#\u00a0minuta' },
    hour: { one: '#\u00a0sat', few: '#\u00a0sata', other: '#\u00a0sati' },
    day: { one: '#\u00a0dan', few: '#\u00a0dana', other: '#\u00a0dana' },
    month: { one: '#\u00a0mjesec', few: '#\u00a0mjeseca', other: '#\u00a0mjeseci' },
    year: { one: '#\u00a0godina', few: '#\u00a0godine', other: '#\u00a0godina' },
  },
  receipt: {
    methods: {
      'accept-all': 'Sve prihvaćeno',
      'reject-all': 'Sve odbijeno',
      custom: 'Spremljen prilagođeni odabir',
      withdraw: 'Privola povučena',
      gpc: 'Primijenjen signal Global Privacy Control',
    },
    allowed: 'dopušteno',
    nothingAllowed: 'samo nužni kolačići',
    countersigned: 'supotpisala stranica',
    unsigned: 'nije potpisano',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mjeri posjete i prikaze stranica u zbirnom obliku.',
      cookies: {
        _ga: { purpose: 'Razlikuje posjetitelje.' },
        '_ga_*': { purpose: 'Čuva stanje Vašeg posjeta.' },
        _gid: { purpose: 'Razlikuje posjetitelje tijekom jednog dana.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Učitava mjerne i oglašivačke oznake stranice. Sam ne postavlja kolačiće; oznake koje učitava traže Vašu privolu.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mjeri koji su naši oglasi doveli do posjeta ili kupnje i može Vam prikazivati naše oglase i drugdje.',
      cookies: {
        _gcl_au: { purpose: 'Povezuje klik na oglas s kasnijim posjetom ili kupnjom.' },
        _gcl_aw: { purpose: 'Pamti oglas preko kojeg ste došli k nama.' },
        _gcl_gb: { purpose: 'Pamti kliknuti oglas radi mjerenja bez kolačića drugih stranica.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Razlikuje ljude od botova pri slanju obrasca. Google postavlja vlastite kolačiće pa usluga čeka Vaše dopuštenje.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Provodi analizu rizika koja štiti obrasce od neželjenih poruka.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Reproducira ugrađene videozapise. YouTube može pamtiti što ste gledali i prikazivati povezane oglase.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Procjenjuje propusnost Vaše veze i pamti postavke reproduktora.',
        },
        YSC: { provider: 'YouTube', purpose: 'Broji prikaze ugrađenih videozapisa.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Reproducira ugrađene videozapise. Vimeo broji prikaze i može prepoznati Vaš preglednik.',
      cookies: {
        vuid: { purpose: 'Razlikuje gledatelje radi brojenja prikaza videozapisa.' },
        __cf_bm: { purpose: 'Razlikuje ljude od botova (Cloudflare u ime usluge Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Prikazuje interaktivne karte. Google može povezati Vašu upotrebu karte s Vašim Google profilom.',
      cookies: {
        NID: { purpose: 'Pamti Vaše postavke karte i povezuje ih s oglasima.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Obavještava tvrtku Meta (Facebook, Instagram) o Vašem posjetu kako bismo ondje mogli mjeriti i ciljati naše oglase.',
      cookies: {
        _fbp: { purpose: 'Razlikuje posjetitelje za mjerenje oglasa tvrtke Meta.' },
        _fbc: { purpose: 'Pamti oglas na Facebooku ili Instagramu preko kojeg ste došli k nama.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Broji posjete i prikaze stranica kako bismo mogli poboljšati web-stranicu.',
      cookies: {
        '_pk_id.*': { purpose: 'Razlikuje posjetitelje.' },
        '_pk_ses.*': { purpose: 'Grupira stranice jednog posjeta.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Bilježi klikove, pomicanje i odgovore na ankete kako bismo vidjeli gdje je stranicu teško upotrebljavati.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Razlikuje posjetitelje između posjeta.' },
        '_hjSession_*': { purpose: 'Grupira stranice jednog posjeta.' },
        _hjTLDTest: { purpose: 'Utvrđuje domenu na kojoj se mogu postavljati kolačići; odmah se briše.' },
      },
    },
  },
};

export default hr;
