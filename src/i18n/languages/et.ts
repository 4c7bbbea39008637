import type { LanguagePack } from './types.js';

/** Estonian (eesti): formal address (te/teie, lower case as EKI advises for texts to the general public and as eesti.ee uses it), imperative singular on buttons. */
const et: LanguagePack = {
  lang: 'et',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Teie privaatsusvalikud',
    bannerText:
      'Kasutame küpsiseid, mis tagavad veebilehe turvalisuse ja toimimise. Teie nõusolekul sooviksime ka meelde jätta teie seaded, mõõta veebilehe kasutamist ja näidata asjakohaseid reklaame. Saate oma otsust igal ajal muuta.',
    policyLink: 'Lugege meie küpsisepoliitikat',
    bannerLabel: 'Nõusolek küpsiste kasutamiseks',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customise: 'Kohanda',
    close: 'Sulge valikut tegemata',
    gpcNotice:
      'Teie brauser palus meil teie andmeid mitte müüa ega jagada (Global Privacy Control), seega jääb reklaam välja lülitatuks.',
  },
  more: {
    preferencesTitle: 'Privaatsusseaded',
    preferencesIntro:
      'Valige, milliseid küpsiseid see veebileht tohib kasutada. Kuni te ei otsusta teisiti, on sisse lülitatud ainult hädavajalikud küpsised. Siia saate naasta igal ajal.',
    saveChoices: 'Salvesta valikud',
    alwaysOn: 'Alati sees',
    serviceCount: { one: '{count}\u00a0teenus', other: '{count}\u00a0teenust' },
    cookiesUsed: 'Kasutatavad küpsised',
    cookieName: 'Nimi',
    cookieProvider: 'Pakkuja',
    cookiePurpose: 'Eesmärk',
    cookieDuration: 'Kestus',
    serviceDetails: 'Teenuse {service} üksikasjad',
    provider: 'Pakkuja:',
    settingsButton: 'Privaatsusseaded',
    downloadReceipts: 'Laadi alla minu nõusolekukinnitused',
    embedBlocked: 'Pakkuja {provider} sisu kuvatakse alles siis, kui lubate kategooria „{category}“.',
    embedLoad: 'Laadi sisu',
    embedSettings: 'Küpsiste seaded',
    embedIntro: 'Pakkuja {provider} teenus {service} laaditakse siia pärast teie nõusolekut.',
    embedCookies: 'Teenuse küpsised:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Luba teenus {service}',
    formPrompt: 'Vormi saatmiseks lubage teenus {service}',
    formAllow: 'Luba',
    formCancel: 'Tühista',
    formSending: 'Saatmine…',
    formTick: 'Märkige ruut, et kinnitada, et te pole robot, ja saatke seejärel vorm.',
    formFailed:
      'Teenust {service} ei õnnestunud laadida, seega vormi ei saadetud. Kontrollige internetiühendust ja proovige uuesti.',
    menuLabel: 'Privaatsusvalikud',
    menuPreferences: 'Privaatsusseaded',
    menuWithdraw: 'Võta nõusolek tagasi',
  },
  categories: {
    essential: {
      label: 'Seanss ja turvalisus',
      description:
        'Hoiavad teid sisselogituna, kaitsevad teie andmeid ja tagavad veebilehe toimimise (nt ostukorv ja üleslaaditud failid). Ilma nendeta veebileht ei tööta, seega on need alati sees.',
    },
    preferences: {
      label: 'Eelistused',
      description:
        'Jätavad meelde, kuidas soovite veebilehte näha ja kasutada, näiteks keele, piirkonna või ajavööndi. Ilma nendeta veebileht töötab, kuid ei mäleta teie valikuid.',
    },
    interaction: {
      label: 'Kasutusajalugu',
      description:
        'Salvestavad, kuidas te veebilehte kasutate: milliseid lehti vaatate ja milline kampaania teid siia tõi. Veebileht töötab ka ilma nendeta.',
    },
    advertising: {
      label: 'Reklaam ja turundus',
      description:
        'Muudavad reklaamid teie jaoks asjakohasemaks ja mõõdavad meie kampaaniate tulemusi. Kolmandad osapooled, näiteks videoplatvormid, võivad seada oma küpsiseid. Veebileht töötab ka ilma nendeta.',
    },
    analytics: {
      label: 'Analüütika',
      description:
        'Aitavad meil mõista, kuidas külastajad veebilehte kasutavad, et saaksime seda parandada (Google Analytics). Veebileht töötab ka ilma nendeta.',
    },
  },
  session: 'Seanss',
  units: {
    minute: { one: '#\u00a0minut', other: '#\u00a0minutit' },
    hour: { one: '#\u00a0tund', other: '#\u00a0tundi' },
    day: { one: '#\u00a0päev', other: '#\u00a0päeva' },
    month: { one: '#\u00a0kuu', other: '#\u00a0kuud' },
    year: { one: '#\u00a0aasta', other: '#\u00a0aastat' },
  },
  receipt: {
    methods: {
      'accept-all': 'Kõigiga nõustutud',
      'reject-all': 'Kõigist keeldutud',
      custom: 'Kohandatud valikud salvestatud',
      withdraw: 'Nõusolek tagasi võetud',
      gpc: 'Global Privacy Control rakendatud',
    },
    allowed: 'lubatud',
    nothingAllowed: 'ainult hädavajalikud küpsised',
    countersigned: 'veebileht on kaasallkirjastanud',
    unsigned: 'allkirjastamata',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mõõdab külastusi ja lehevaatamisi koondandmetena.',
      cookies: {
        _ga: { purpose: 'Eristab külastajaid.' },
        '_ga_*': { purpose: 'Säilitab teie külastuse oleku.' },
        _gid: { purpose: 'Eristab külastajaid ühe ööpäeva jooksul.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Laadib veebilehe mõõtmis- ja reklaamimärgendid, kuid ise küpsiseid ei sea. Selle laaditavad märgendid küsivad teie nõusolekut.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mõõdab, millised meie reklaamid viisid külastuse või ostuni, ja võib näidata teile meie reklaame ka mujal.',
      cookies: {
        _gcl_au: { purpose: 'Seob reklaamiklõpsu hilisema külastuse või ostuga.' },
        _gcl_aw: { purpose: 'Jätab meelde reklaami, mille kaudu meie juurde jõudsite.' },
        _gcl_gb: { purpose: 'Jätab meelde klõpsatud reklaami, et mõõta ilma teiste veebilehtede küpsisteta.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Eristab vormi saatmisel inimesi robotitest. Google seab oma küpsised, seega ootab teenus teie nõusolekut.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Teeb riskianalüüsi, mis kaitseb vorme rämpsposti eest.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Esitab manustatud videoid. YouTube võib meelde jätta, mida vaatasite, ja näidata seotud reklaame.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Hindab teie ühenduse ribalaiust ja jätab meelde videomängija seaded.' },
        YSC: { provider: 'YouTube', purpose: 'Loendab manustatud videote vaatamisi.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Esitab manustatud videoid. Vimeo loendab vaatamisi ja võib teie brauseri ära tunda.',
      cookies: {
        vuid: { purpose: 'Eristab vaatajaid, et loendada videovaatamisi.' },
        __cf_bm: { purpose: 'Eristab inimesi robotitest (Cloudflare Vimeo nimel).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Kuvab interaktiivseid kaarte. Google võib siduda kaardi kasutamise teie Google’i profiiliga.',
      cookies: {
        NID: { purpose: 'Jätab meelde teie kaardiseaded ja seob need reklaamidega.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Annab Metale (Facebook, Instagram) teada teie külastusest, et saaksime seal oma reklaame mõõta ja sihtida.',
      cookies: {
        _fbp: { purpose: 'Eristab külastajaid Meta reklaamimõõtmise jaoks.' },
        _fbc: { purpose: 'Jätab meelde Meta reklaami, mille kaudu meie juurde jõudsite.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Loendab külastusi ja lehevaatamisi, et saaksime veebilehte parandada.',
      cookies: {
        '_pk_id.*': { purpose: 'Eristab külastajaid.' },
        '_pk_ses.*': { purpose: 'Rühmitab ühe külastuse lehed.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Salvestab klõpsud, kerimise ja küsitluste vastused, et näeksime, kus on veebilehte raske kasutada.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Eristab külastajaid eri külastuste vahel.' },
        '_hjSession_*': { purpose: 'Rühmitab ühe külastuse lehed.' },
        _hjTLDTest: { purpose: 'Tuvastab domeeni, millele saab küpsiseid seada; kustutatakse kohe.' },
      },
    },
  },
};

export default et;
