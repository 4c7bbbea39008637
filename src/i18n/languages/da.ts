import type { LanguagePack } from './types.js';

/** Danish (dansk): informal address (du), as Danish websites use it. */
const da: LanguagePack = {
  lang: 'da',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Dit privatliv – dit valg',
    bannerText:
      'Vi bruger cookies, der sørger for, at hjemmesiden er sikker og fungerer. Med dit samtykke vil vi også gerne huske dine indstillinger, måle, hvordan hjemmesiden bliver brugt, og vise dig relevante annoncer. Du kan altid ombestemme dig.',
    policyLink: 'Læs vores cookiepolitik',
    bannerLabel: 'Samtykke til cookies',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customise: 'Tilpas',
    close: 'Luk uden at vælge',
    gpcNotice:
      'Din browser har bedt os om ikke at sælge eller dele dine data (Global Privacy Control). Derfor er annoncering slået fra.',
  },
  more: {
    preferencesTitle: 'Indstillinger for privatliv',
    preferencesIntro:
      'Vælg, hvilke cookies hjemmesiden må bruge. Kun de nødvendige er slået til, indtil du vælger andet, og du kan altid vende tilbage hertil.',
    saveChoices: 'Gem valg',
    alwaysOn: 'Altid aktiv',
    serviceCount: { one: '{count}\u00a0tjeneste', other: '{count}\u00a0tjenester' },
    cookiesUsed: 'Anvendte cookies',
    cookieName: 'Navn',
    cookieProvider: 'Udbyder',
    cookiePurpose: 'Formål',
    cookieDuration: 'Varighed',
    serviceDetails: 'Detaljer om {service}',
    provider: 'Udbyder:',
    settingsButton: 'Privatlivsindstillinger',
    downloadReceipts: 'Download mine samtykkekvitteringer',
    embedBlocked: 'Dette indhold fra {provider} er blokeret, indtil du tillader »{category}«.',
    embedLoad: 'Indlæs indhold',
    embedSettings: 'Cookieindstillinger',
    embedIntro: '{service} fra {provider} indlæses her, når du giver dit samtykke.',
    embedCookies: 'Cookies, der sættes:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Tillad {service}',
    formPrompt: 'Tillad {service} for at kunne sende formularen',
    formAllow: 'Tillad',
    formCancel: 'Annuller',
    formSending: 'Sender…',
    formTick: 'Sæt kryds i feltet for at vise, at du ikke er en robot, og send derefter formularen.',
    formFailed:
      '{service} blev ikke indlæst, så formularen blev ikke sendt. Tjek din internetforbindelse, og prøv igen.',
    menuLabel: 'Valg om privatliv',
    menuPreferences: 'Indstillinger for privatliv',
    menuWithdraw: 'Tilbagekald samtykke',
  },
  categories: {
    essential: {
      label: 'Session og sikkerhed',
      description:
        'Holder dig logget ind, beskytter dine data og sørger for, at hjemmesiden fungerer (din indkøbskurv, dine uploads). Hjemmesiden kan ikke fungere uden dem, så de er altid aktive.',
    },
    preferences: {
      label: 'Præferencer',
      description:
        'Husker, hvordan du vil have hjemmesiden til at se ud og opføre sig, fx dit sprog, din region eller tidszone. Uden dem fungerer hjemmesiden stadig, men den glemmer dine valg.',
    },
    interaction: {
      label: 'Interaktionshistorik',
      description:
        'Registrerer, hvordan du bruger hjemmesiden: hvilke sider du ser, og hvilken kampagne der bragte dig hertil. Hjemmesiden fungerer uden dem.',
    },
    advertising: {
      label: 'Annoncering og marketing',
      description:
        'Gør annoncer mere relevante for dig og måler, hvordan vores kampagner klarer sig. Tredjeparter som fx videoplatforme kan sætte deres egne cookies. Hjemmesiden fungerer uden dem.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Hjælper os med at forstå, hvordan besøgende bruger hjemmesiden, så vi kan forbedre den (Google Analytics). Hjemmesiden fungerer uden dem.',
    },
  },
  session: 'Session',
  units: {
    minute: { one: '#\u00a0minut', other: '#\u00a0minutter' },
    hour: { one: '#\u00a0time', other: '#\u00a0timer' },
    day: { one: '#\u00a0dag', other: '#\u00a0dage' },
    month: { one: '#\u00a0måned', other: '#\u00a0måneder' },
    year: { one: '#\u00a0år', other: '#\u00a0år' },
  },
  receipt: {
    methods: {
      'accept-all': 'Alle accepteret',
      'reject-all': 'Alle afvist',
      custom: 'Tilpassede valg gemt',
      withdraw: 'Samtykke tilbagekaldt',
      gpc: 'Global Privacy Control anvendt',
    },
    allowed: 'tilladt',
    nothingAllowed: 'kun nødvendige cookies',
    countersigned: 'medunderskrevet af hjemmesiden',
    unsigned: 'ikke underskrevet',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Måler besøg og sidevisninger på et samlet niveau.',
      cookies: {
        _ga: { purpose: 'Skelner mellem besøgende.' },
        '_ga_*': { purpose: 'Gemmer status for dit besøg.' },
        _gid: { purpose: 'Skelner mellem besøgende i ét døgn.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Indlæser hjemmesidens tags til måling og annoncering, men sætter ikke selv cookies. De tags, den indlæser, beder om dit samtykke.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Måler, hvilke af vores annoncer der førte til et besøg eller et køb, og kan vise dig vores annoncer andre steder.',
      cookies: {
        _gcl_au: { purpose: 'Forbinder et klik på en annonce med et senere besøg eller køb.' },
        _gcl_aw: { purpose: 'Husker den annonce, du klikkede på for at komme hertil.' },
        _gcl_gb: { purpose: 'Husker den annonce, du klikkede på, så vi kan måle uden cookies fra andre hjemmesider.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Skelner mellem mennesker og bots, når du sender en formular. Google sætter sine egne cookies, så tjenesten venter på dit samtykke.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Udfører den risikoanalyse, der beskytter formularer mod spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Afspiller indlejrede videoer. YouTube kan huske, hvad du har set, og vise relaterede annoncer.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Anslår din båndbredde og husker afspillerens indstillinger.' },
        YSC: { provider: 'YouTube', purpose: 'Tæller visninger af indlejrede videoer.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Afspiller indlejrede videoer. Vimeo tæller visninger og kan genkende din browser.',
      cookies: {
        vuid: { purpose: 'Skelner mellem seere for at tælle videovisninger.' },
        __cf_bm: { purpose: 'Skelner mellem mennesker og bots (Cloudflare på vegne af Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Viser interaktive kort. Google kan knytte din brug af kortet til din Google-profil.',
      cookies: {
        NID: { purpose: 'Husker dine kortindstillinger og knytter dem til annoncer.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Fortæller Meta (Facebook, Instagram), at du har besøgt os, så vi kan måle og målrette vores annoncer der.',
      cookies: {
        _fbp: { purpose: 'Skelner mellem besøgende til Metas annoncemåling.' },
        _fbc: { purpose: 'Husker den Meta-annonce, du klikkede på for at komme hertil.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Tæller besøg og sidevisninger for at forbedre hjemmesiden.',
      cookies: {
        '_pk_id.*': { purpose: 'Skelner mellem besøgende.' },
        '_pk_ses.*': { purpose: 'Samler siderne fra ét besøg.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registrerer klik, scrolling og svar på spørgeskemaer, så vi kan se, hvor hjemmesiden er svær at bruge.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Skelner mellem besøgende på tværs af besøg.' },
        '_hjSession_*': { purpose: 'Samler siderne fra ét besøg.' },
        _hjTLDTest: { purpose: 'Finder det domæne, cookies kan sættes på; slettes med det samme.' },
      },
    },
  },
};

export default da;
