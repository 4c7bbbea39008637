import type { LanguagePack } from './types.js';

/** Swedish (svenska): informal address (du), as Swedish websites use it. */
const sv: LanguagePack = {
  lang: 'sv',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Din integritet – ditt val',
    bannerText:
      'Vi använder cookies som gör att webbplatsen är säker och fungerar. Med ditt samtycke vill vi också komma ihåg dina inställningar, mäta hur webbplatsen används och visa relevanta annonser. Du kan när som helst ändra dig.',
    policyLink: 'Läs vår cookiepolicy',
    bannerLabel: 'Samtycke till cookies',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    customise: 'Anpassa',
    close: 'Stäng utan att välja',
    gpcNotice:
      'Din webbläsare har bett oss att inte sälja eller dela dina uppgifter (Global Privacy Control). Därför är annonsering avstängd.',
  },
  more: {
    preferencesTitle: 'Integritetsinställningar',
    preferencesIntro:
      'Välj vilka cookies webbplatsen får använda. Bara de nödvändiga är påslagna tills du väljer något annat, och du kan komma tillbaka hit när du vill.',
    saveChoices: 'Spara val',
    alwaysOn: 'Alltid aktiv',
    serviceCount: { one: '{count}\u00a0tjänst', other: '{count}\u00a0tjänster' },
    cookiesUsed: 'Cookies som används',
    cookieName: 'Namn',
    cookieProvider: 'Leverantör',
    cookiePurpose: 'Syfte',
    cookieDuration: 'Lagringstid',
    serviceDetails: 'Mer om {service}',
    provider: 'Leverantör:',
    settingsButton: 'Integritetsinställningar',
    downloadReceipts: 'Ladda ner mina samtyckeskvitton',
    embedBlocked: 'Det här innehållet från {provider} är blockerat tills du tillåter ”{category}”.',
    embedLoad: 'Ladda innehåll',
    embedSettings: 'Cookieinställningar',
    embedIntro: '{service} från {provider} laddas här när du har gett ditt samtycke.',
    embedCookies: 'Cookies som sätts:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Tillåt {service}',
    formPrompt: 'Tillåt {service} för att kunna skicka formuläret',
    formAllow: 'Tillåt',
    formCancel: 'Avbryt',
    formSending: 'Skickar…',
    formTick: 'Kryssa i rutan för att visa att du inte är en robot och skicka sedan formuläret.',
    formFailed:
      '{service} kunde inte laddas, så formuläret skickades inte. Kontrollera din internetanslutning och försök igen.',
    menuLabel: 'Integritetsalternativ',
    menuPreferences: 'Integritetsinställningar',
    menuWithdraw: 'Återkalla samtycke',
  },
  categories: {
    essential: {
      label: 'Session och säkerhet',
      description:
        'Håller dig inloggad, skyddar dina uppgifter och ser till att webbplatsen fungerar (din varukorg, dina uppladdningar). Webbplatsen fungerar inte utan dem, så de är alltid aktiva.',
    },
    preferences: {
      label: 'Preferenser',
      description:
        'Kommer ihåg hur du vill att webbplatsen ska se ut och fungera, till exempel ditt språk, din region eller tidszon. Utan dem fungerar webbplatsen ändå, den glömmer bara dina val.',
    },
    interaction: {
      label: 'Interaktionshistorik',
      description:
        'Registrerar hur du använder webbplatsen: vilka sidor du besöker och vilken kampanj som förde dig hit. Webbplatsen fungerar utan dem.',
    },
    advertising: {
      label: 'Annonsering och marknadsföring',
      description:
        'Gör annonser mer relevanta för dig och mäter hur våra kampanjer presterar. Tredje parter, till exempel videoplattformar, kan sätta egna cookies. Webbplatsen fungerar utan dem.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Hjälper oss att förstå hur besökare använder webbplatsen så att vi kan förbättra den (Google Analytics). Webbplatsen fungerar utan dem.',
    },
  },
  session: 'Session',
  units: {
    minute: { one: '#\u00a0minut', other: '#\u00a0minuter' },
    hour: { one: '#\u00a0timme', other: '#\u00a0timmar' },
    day: { one: '#\u00a0dag', other: '#\u00a0dagar' },
    month: { one: '#\u00a0månad', other: '#\u00a0månader' },
    year: { one: '#\u00a0år', other: '#\u00a0år' },
  },
  receipt: {
    methods: {
      'accept-all': 'Alla godkända',
      'reject-all': 'Alla nekade',
      custom: 'Anpassade val sparade',
      withdraw: 'Samtycke återkallat',
      gpc: 'Global Privacy Control tillämpades',
    },
    allowed: 'tillåtna',
    nothingAllowed: 'endast nödvändiga cookies',
    countersigned: 'kontrasignerat av webbplatsen',
    unsigned: 'osignerat',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mäter besök och sidvisningar på aggregerad nivå.',
      cookies: {
        _ga: { purpose: 'Skiljer besökare åt.' },
        '_ga_*': { purpose: 'Sparar statusen för ditt besök.' },
        _gid: { purpose: 'Skiljer besökare åt under ett dygn.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Laddar webbplatsens taggar för mätning och annonsering men sätter inga egna cookies. Taggarna som laddas ber om ditt samtycke.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mäter vilka av våra annonser som ledde till ett besök eller köp och kan visa dig våra annonser på andra ställen.',
      cookies: {
        _gcl_au: { purpose: 'Kopplar ett annonsklick till ett senare besök eller köp.' },
        _gcl_aw: { purpose: 'Kommer ihåg annonsen du klickade på för att komma hit.' },
        _gcl_gb: { purpose: 'Kommer ihåg annonsen du klickade på, för mätning utan cookies från andra webbplatser.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Skiljer människor från botar när du skickar ett formulär. Google sätter egna cookies, så tjänsten väntar på ditt samtycke.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Gör den riskanalys som skyddar formulär mot spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Spelar upp inbäddade videor. YouTube kan komma ihåg vad du har tittat på och visa relaterade annonser.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Uppskattar din bandbredd och kommer ihåg spelarens inställningar.' },
        YSC: { provider: 'YouTube', purpose: 'Räknar visningar av inbäddade videor.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Spelar upp inbäddade videor. Vimeo räknar visningar och kan känna igen din webbläsare.',
      cookies: {
        vuid: { purpose: 'Skiljer tittare åt för att räkna videovisningar.' },
        __cf_bm: { purpose: 'Skiljer människor från botar (Cloudflare, för Vimeos räkning).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Visar interaktiva kartor. Google kan koppla din användning av kartan till din Google-profil.',
      cookies: {
        NID: { purpose: 'Kommer ihåg dina kartinställningar och kopplar dem till annonser.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Berättar för Meta (Facebook, Instagram) att du har besökt oss, så att vi kan mäta och rikta våra annonser där.',
      cookies: {
        _fbp: { purpose: 'Skiljer besökare åt för Metas annonsmätning.' },
        _fbc: { purpose: 'Kommer ihåg Meta-annonsen du klickade på för att komma hit.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Räknar besök och sidvisningar för att förbättra webbplatsen.',
      cookies: {
        '_pk_id.*': { purpose: 'Skiljer besökare åt.' },
        '_pk_ses.*': { purpose: 'Grupperar sidorna i ett och samma besök.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registrerar klick, scrollning och enkätsvar så att vi ser var webbplatsen är svår att använda.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Skiljer besökare åt från ett besök till nästa.' },
        '_hjSession_*': { purpose: 'Grupperar sidorna i ett och samma besök.' },
        _hjTLDTest: { purpose: 'Tar reda på vilken domän cookies kan sättas på; raderas direkt.' },
      },
    },
  },
};

export default sv;
