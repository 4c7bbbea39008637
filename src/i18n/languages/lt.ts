import type { LanguagePack } from './types.js';

/** Lithuanian: formal address with capitalised Jūs/Jums/Jūsų. */
const lt: LanguagePack = {
  lang: 'lt',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Jūsų privatumas',
    bannerText:
      'Naudojame slapukus, kurie užtikrina šios svetainės saugumą ir veikimą. Jums leidus, taip pat norėtume įsiminti Jūsų nustatymus, analizuoti, kaip naudojamasi svetaine, ir rodyti Jums aktualias reklamas. Savo sprendimą galite bet kada pakeisti.',
    policyLink: 'Slapukų politika',
    bannerLabel: 'Sutikimas dėl slapukų',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customise: 'Tinkinti',
    close: 'Uždaryti nepasirinkus',
    gpcNotice:
      'Jūsų naršyklė paprašė mūsų neparduoti ir neperduoti Jūsų duomenų (Global Privacy Control), todėl reklaminiai slapukai lieka išjungti.',
  },
  more: {
    preferencesTitle: 'Privatumo nuostatos',
    preferencesIntro:
      'Pasirinkite, kokius slapukus ši svetainė gali naudoti. Kol nenuspręsite kitaip, įjungti tik būtinieji slapukai. Čia galite grįžti bet kada.',
    saveChoices: 'Išsaugoti pasirinkimą',
    alwaysOn: 'Visada įjungti',
    serviceCount: {
      one: '{count}\u00a0paslauga',
      few: '{count}\u00a0paslaugos',
      many: '{count}\u00a0paslaugos',
      other: '{count}\u00a0paslaugų',
    },
    cookiesUsed: 'Naudojami slapukai',
    cookieName: 'Pavadinimas',
    cookieProvider: 'Teikėjas',
    cookiePurpose: 'Paskirtis',
    cookieDuration: 'Galiojimo laikas',
    serviceDetails: 'Išsamiau apie paslaugą {service}',
    provider: 'Teikėjas:',
    settingsButton: 'Privatumo nustatymai',
    downloadReceipts: 'Atsisiųsti sutikimų patvirtinimus',
    embedBlocked: 'Šis teikėjo {provider} turinys užblokuotas, kol neleisite kategorijos „{category}“.',
    embedLoad: 'Įkelti turinį',
    embedSettings: 'Slapukų nustatymai',
    embedIntro: 'Paslauga {service} (teikėjas: {provider}) bus įkelta čia, kai ją leisite.',
    embedCookies: 'Nustatomi slapukai:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Leisti paslaugą {service}',
    formPrompt: 'Kad būtų galima išsiųsti šią formą, leiskite paslaugą {service}',
    formAllow: 'Leisti',
    formCancel: 'Atšaukti',
    formSending: 'Siunčiama…',
    formTick: 'Pažymėkite langelį „Aš ne robotas“ ir išsiųskite formą.',
    formFailed:
      'Paslauga {service} neįsikėlė, todėl forma nebuvo išsiųsta. Patikrinkite interneto ryšį ir bandykite dar kartą.',
    menuLabel: 'Privatumo parinktys',
    menuPreferences: 'Privatumo nuostatos',
    menuWithdraw: 'Atšaukti sutikimą',
  },
  categories: {
    essential: {
      label: 'Seansas ir sauga',
      description:
        'Leidžia prisijungti, apsaugo Jūsų duomenis ir užtikrina svetainės veikimą (pirkinių krepšelis, failų įkėlimas). Be jų svetainė negali veikti, todėl jie visada įjungti.',
    },
    preferences: {
      label: 'Nuostatos',
      description:
        'Įsimena, kaip norite, kad svetainė atrodytų ir veiktų, pavyzdžiui, kalbą, regioną ar laiko juostą. Be jų svetainė veikia, tik neįsimena Jūsų pasirinkimų.',
    },
    interaction: {
      label: 'Sąveikos istorija',
      description:
        'Fiksuoja, kaip naudojatės svetaine: kokius puslapius peržiūrite ir kokia kampanija Jus atvedė pas mus. Svetainė veikia ir be jų.',
    },
    advertising: {
      label: 'Reklama ir rinkodara',
      description:
        'Padeda rodyti Jums aktualesnes reklamas ir vertinti mūsų kampanijų veiksmingumą. Trečiosios šalys, pavyzdžiui, vaizdo įrašų platformos, gali nustatyti savo slapukus. Svetainė veikia ir be jų.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Padeda mums suprasti, kaip lankytojai naudojasi svetaine, kad galėtume ją tobulinti (Google Analytics). Svetainė veikia ir be jų.',
    },
  },
  session: 'Seansas',
  units: {
    minute: { one: '#\u00a0minutė', few: '#\u00a0minutės', many: '#\u00a0minutės', other: '#\u00a0minučių' },
    hour: { one: '#\u00a0valanda', few: '#\u00a0valandos', many: '#\u00a0valandos', other: '#\u00a0valandų' },
    day: { one: '#\u00a0diena', few: '#\u00a0dienos', many: '#\u00a0dienos', other: '#\u00a0dienų' },
    month: { one: '#\u00a0mėnuo', few: '#\u00a0mėnesiai', many: '#\u00a0mėnesio', other: '#\u00a0mėnesių' },
    year: { one: '#\u00a0metai', few: '#\u00a0metai', many: '#\u00a0metų', other: '#\u00a0metų' },
  },
  receipt: {
    methods: {
      'accept-all': 'Visi priimti',
      'reject-all': 'Visi atmesti',
      custom: 'Išsaugotas pasirinkimas',
      withdraw: 'Sutikimas atšauktas',
      gpc: 'Pritaikytas Global Privacy Control signalas',
    },
    allowed: 'leidžiama',
    nothingAllowed: 'tik būtinieji slapukai',
    countersigned: 'patvirtinta svetainės parašu',
    unsigned: 'nepasirašyta',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Matuoja apsilankymus ir puslapių peržiūras apibendrintai.',
      cookies: {
        _ga: { purpose: 'Atskiria lankytojus.' },
        '_ga_*': { purpose: 'Saugo Jūsų apsilankymo būseną.' },
        _gid: { purpose: 'Atskiria lankytojus vienos dienos laikotarpiu.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Įkelia svetainės matavimo ir reklamos žymas. Ši paslauga pati slapukų nenustato; jos įkeliamos žymos prašo Jūsų sutikimo.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Matuoja, kurios mūsų reklamos paskatino apsilankymą ar pirkimą, ir gali rodyti Jums mūsų reklamas kitose vietose.',
      cookies: {
        _gcl_au: { purpose: 'Susieja reklamos paspaudimą su vėlesniu apsilankymu ar pirkimu.' },
        _gcl_aw: { purpose: 'Įsimena reklamą, per kurią patekote pas mus.' },
        _gcl_gb: { purpose: 'Įsimena paspaustą reklamą, kad būtų galima matuoti be kitų svetainių slapukų.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Siunčiant formą atskiria žmones nuo robotų. Google nustato savo slapukus, todėl paslauga laukia Jūsų leidimo.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Atlieka rizikos analizę, kuri apsaugo formas nuo šlamšto.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Atkuria įterptus vaizdo įrašus. YouTube gali įsiminti, ką žiūrėjote, ir rodyti susijusias reklamas.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Įvertina Jūsų ryšio pralaidumą ir įsimena grotuvo nustatymus.',
        },
        YSC: { provider: 'YouTube', purpose: 'Skaičiuoja įterptų vaizdo įrašų peržiūras.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Atkuria įterptus vaizdo įrašus. Vimeo skaičiuoja peržiūras ir gali atpažinti Jūsų naršyklę.',
      cookies: {
        vuid: { purpose: 'Atskiria žiūrovus, kad būtų galima skaičiuoti vaizdo įrašų peržiūras.' },
        __cf_bm: { purpose: 'Atskiria žmones nuo robotų (Cloudflare Vimeo vardu).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Rodo interaktyvius žemėlapius. Google gali susieti žemėlapio naudojimą su Jūsų Google profiliu.',
      cookies: {
        NID: { purpose: 'Įsimena Jūsų žemėlapio nustatymus ir susieja juos su reklamomis.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Praneša bendrovei Meta (Facebook, Instagram) apie Jūsų apsilankymą, kad galėtume ten matuoti ir taikyti savo reklamas.',
      cookies: {
        _fbp: { purpose: 'Atskiria lankytojus Meta reklamų matavimui.' },
        _fbc: { purpose: 'Įsimena Meta reklamą, per kurią patekote pas mus.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Skaičiuoja apsilankymus ir puslapių peržiūras, kad galėtume tobulinti svetainę.',
      cookies: {
        '_pk_id.*': { purpose: 'Atskiria lankytojus.' },
        '_pk_ses.*': { purpose: 'Sugrupuoja vieno apsilankymo puslapius.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Įrašo paspaudimus, slinkimą ir atsakymus į apklausas, kad matytume, kur svetaine naudotis sunku.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Atpažįsta lankytojus per kelis apsilankymus.' },
        '_hjSession_*': { purpose: 'Sugrupuoja vieno apsilankymo puslapius.' },
        _hjTLDTest: { purpose: 'Nustato domeną, kuriame galima nustatyti slapukus; iškart ištrinamas.' },
      },
    },
  },
};

export default lt;
