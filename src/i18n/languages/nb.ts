import type { LanguagePack } from './types.js';

/** Norwegian Bokmål (norsk bokmål): informal address (du), as Norwegian websites use it. */
const nb: LanguagePack = {
  lang: 'nb',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Ditt personvern – ditt valg',
    bannerText:
      'Vi bruker informasjonskapsler som sørger for at nettstedet er sikkert og fungerer. Med ditt samtykke vil vi også huske innstillingene dine, måle hvordan nettstedet brukes, og vise relevante annonser. Du kan når som helst ombestemme deg.',
    policyLink: 'Les om vår bruk av informasjonskapsler',
    bannerLabel: 'Samtykke til informasjonskapsler',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    customise: 'Tilpass',
    close: 'Lukk uten å velge',
    gpcNotice:
      'Nettleseren din har bedt oss om ikke å selge eller dele opplysningene dine (Global Privacy Control). Derfor er annonsering slått av.',
  },
  more: {
    preferencesTitle: 'Personverninnstillinger',
    preferencesIntro:
      'Velg hvilke informasjonskapsler nettstedet får bruke. Bare de nødvendige er slått på til du bestemmer noe annet, og du kan komme tilbake hit når du vil.',
    saveChoices: 'Lagre valg',
    alwaysOn: 'Alltid aktiv',
    serviceCount: { one: '{count}\u00a0tjeneste', other: '{count}\u00a0tjenester' },
    cookiesUsed: 'Informasjonskapsler som brukes',
    cookieName: 'Navn',
    cookieProvider: 'Leverandør',
    cookiePurpose: 'Formål',
    cookieDuration: 'Varighet',
    serviceDetails: 'Detaljer om {service}',
    provider: 'Leverandør:',
    settingsButton: 'Personverninnstillinger',
    downloadReceipts: 'Last ned samtykkekvitteringene mine',
    embedBlocked: 'Dette innholdet fra {provider} er blokkert til du tillater «{category}».',
    embedLoad: 'Last inn innhold',
    embedSettings: 'Innstillinger for informasjonskapsler',
    embedIntro: '{service} fra {provider} lastes inn her når du gir samtykke.',
    embedCookies: 'Informasjonskapsler som lagres:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Tillat {service}',
    formPrompt: 'Tillat {service} for å kunne sende skjemaet',
    formAllow: 'Tillat',
    formCancel: 'Avbryt',
    formSending: 'Sender…',
    formTick: 'Kryss av i boksen for å vise at du ikke er en robot, og send deretter skjemaet.',
    formFailed:
      '{service} ble ikke lastet inn, så skjemaet ble ikke sendt. Sjekk internettforbindelsen, og prøv igjen.',
    menuLabel: 'Personvernvalg',
    menuPreferences: 'Personverninnstillinger',
    menuWithdraw: 'Trekk tilbake samtykke',
  },
  categories: {
    essential: {
      label: 'Økt og sikkerhet',
      description:
        'Holder deg innlogget, beskytter dataene dine og sørger for at nettstedet fungerer (handlekurven din, filene du laster opp). Nettstedet fungerer ikke uten dem, så de er alltid aktive.',
    },
    preferences: {
      label: 'Preferanser',
      description:
        'Husker hvordan du vil at nettstedet skal se ut og oppføre seg, for eksempel språk, region eller tidssone. Uten dem fungerer nettstedet fortsatt, men det glemmer valgene dine.',
    },
    interaction: {
      label: 'Interaksjonshistorikk',
      description:
        'Registrerer hvordan du bruker nettstedet: hvilke sider du ser på, og hvilken kampanje som førte deg hit. Nettstedet fungerer uten dem.',
    },
    advertising: {
      label: 'Annonsering og markedsføring',
      description:
        'Gjør annonser mer relevante for deg og måler hvordan kampanjene våre fungerer. Tredjeparter, for eksempel videoplattformer, kan lagre sine egne informasjonskapsler. Nettstedet fungerer uten dem.',
    },
    analytics: {
      label: 'Statistikk',
      description:
        'Hjelper oss å forstå hvordan besøkende bruker nettstedet, slik at vi kan forbedre det (Google Analytics). Nettstedet fungerer uten dem.',
    },
  },
  session: 'Økt',
  units: {
    minute: { one: '#\u00a0minutt', other: '#\u00a0minutter' },
    hour: { one: '#\u00a0time', other: '#\u00a0timer' },
    day: { one: '#\u00a0dag', other: '#\u00a0dager' },
    month: { one: '#\u00a0måned', other: '#\u00a0måneder' },
    year: { one: '#\u00a0år', other: '#\u00a0år' },
  },
  receipt: {
    methods: {
      'accept-all': 'Alle godtatt',
      'reject-all': 'Alle avvist',
      custom: 'Tilpassede valg lagret',
      withdraw: 'Samtykke trukket tilbake',
      gpc: 'Global Privacy Control brukt',
    },
    allowed: 'tillatt',
    nothingAllowed: 'bare nødvendige informasjonskapsler',
    countersigned: 'kontrasignert av nettstedet',
    unsigned: 'ikke signert',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Måler besøk og sidevisninger på samlet nivå.',
      cookies: {
        _ga: { purpose: 'Skiller besøkende fra hverandre.' },
        '_ga_*': { purpose: 'Tar vare på statusen for besøket ditt.' },
        _gid: { purpose: 'Skiller besøkende fra hverandre i ett døgn.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Laster inn nettstedets tagger for måling og annonsering, men lagrer ingen informasjonskapsler selv. Taggene den laster inn, ber om samtykket ditt.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Måler hvilke av annonsene våre som førte til et besøk eller kjøp, og kan vise deg annonsene våre andre steder.',
      cookies: {
        _gcl_au: { purpose: 'Kobler et annonseklikk til et senere besøk eller kjøp.' },
        _gcl_aw: { purpose: 'Husker annonsen du klikket på for å komme hit.' },
        _gcl_gb: { purpose: 'Husker annonsen du klikket på, for måling uten informasjonskapsler fra andre nettsteder.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Skiller mennesker fra roboter når du sender et skjema. Google lagrer egne informasjonskapsler, så tjenesten venter på samtykket ditt.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Utfører risikoanalysen som beskytter skjemaer mot spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Spiller av innebygde videoer. YouTube kan huske hva du har sett, og vise relaterte annonser.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Anslår båndbredden din og husker innstillingene for avspilleren.' },
        YSC: { provider: 'YouTube', purpose: 'Teller visninger av innebygde videoer.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Spiller av innebygde videoer. Vimeo teller visninger og kan gjenkjenne nettleseren din.',
      cookies: {
        vuid: { purpose: 'Skiller seere fra hverandre for å telle videovisninger.' },
        __cf_bm: { purpose: 'Skiller mennesker fra roboter (Cloudflare, på vegne av Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Viser interaktive kart. Google kan koble bruken din av kartet til Google-profilen din.',
      cookies: {
        NID: { purpose: 'Husker kartinnstillingene dine og kobler dem til annonser.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Forteller Meta (Facebook, Instagram) at du har besøkt oss, slik at vi kan måle og målrette annonsene våre der.',
      cookies: {
        _fbp: { purpose: 'Skiller besøkende fra hverandre for Metas annonsemåling.' },
        _fbc: { purpose: 'Husker Meta-annonsen du klikket på for å komme hit.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Teller besøk og sidevisninger for å forbedre nettstedet.',
      cookies: {
        '_pk_id.*': { purpose: 'Skiller besøkende fra hverandre.' },
        '_pk_ses.*': { purpose: 'Grupperer sidene i ett og samme besøk.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registrerer klikk, rulling og svar på spørreundersøkelser, slik at vi ser hvor nettstedet er vanskelig å bruke.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Skiller besøkende fra hverandre på tvers av besøk.' },
        '_hjSession_*': { purpose: 'Grupperer sidene i ett og samme besøk.' },
        _hjTLDTest: { purpose: 'Finner domenet informasjonskapsler kan lagres på; slettes med en gang.' },
      },
    },
  },
};

export default nb;
