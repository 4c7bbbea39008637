import type { LanguagePack } from './types.js';

/** Dutch (Nederlands): formal address (u), as Dutch and Belgian websites use it. */
const nl: LanguagePack = {
  lang: 'nl',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Uw privacykeuzes',
    bannerText:
      'We gebruiken cookies die deze website veilig houden en goed laten werken. Met uw toestemming willen we ook uw instellingen onthouden, meten hoe de website wordt gebruikt en relevante advertenties tonen. U kunt uw keuze altijd wijzigen.',
    policyLink: 'Lees ons cookiebeleid',
    bannerLabel: 'Cookietoestemming',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customise: 'Aanpassen',
    close: 'Sluiten zonder te kiezen',
    gpcNotice:
      'Uw browser heeft ons gevraagd uw gegevens niet te verkopen of te delen (Global Privacy Control). Advertentiecookies blijven daarom uit.',
  },
  more: {
    preferencesTitle: 'Privacyvoorkeuren',
    preferencesIntro:
      'Kies welke cookies deze website mag gebruiken. Zolang u niets anders kiest, staan alleen de noodzakelijke cookies aan. U kunt hier altijd terugkomen.',
    saveChoices: 'Keuzes opslaan',
    alwaysOn: 'Altijd aan',
    serviceCount: { one: '{count}\u00a0dienst', other: '{count}\u00a0diensten' },
    cookiesUsed: 'Gebruikte cookies',
    cookieName: 'Naam',
    cookieProvider: 'Aanbieder',
    cookiePurpose: 'Doel',
    cookieDuration: 'Bewaartermijn',
    serviceDetails: 'Details over {service}',
    provider: 'Aanbieder:',
    settingsButton: 'Privacyinstellingen',
    downloadReceipts: 'Mijn toestemmingsbewijzen downloaden',
    embedBlocked: 'Deze inhoud van {provider} is geblokkeerd totdat u ‘{category}’ toestaat.',
    embedLoad: 'Inhoud laden',
    embedSettings: 'Cookie-instellingen',
    embedIntro: '{service} van {provider} wordt hier geladen zodra u dat toestaat.',
    embedCookies: 'Geplaatste cookies:',
    embedCookie: '{name} ({duration})',
    embedAllow: '{service} toestaan',
    formPrompt: '{service} toestaan om dit formulier te verzenden',
    formAllow: 'Toestaan',
    formCancel: 'Annuleren',
    formSending: 'Verzenden…',
    formTick: 'Vink het vakje aan om te laten zien dat u geen robot bent en verstuur daarna het formulier.',
    formFailed:
      '{service} is niet geladen, dus het formulier is niet verzonden. Controleer uw internetverbinding en probeer het opnieuw.',
    menuLabel: 'Privacyopties',
    menuPreferences: 'Privacyvoorkeuren',
    menuWithdraw: 'Toestemming intrekken',
  },
  categories: {
    essential: {
      label: 'Sessie en beveiliging',
      description:
        'Deze cookies houden u ingelogd, beschermen uw gegevens en zorgen dat de website werkt (uw winkelmandje, uw uploads). Zonder deze cookies werkt de website niet, daarom staan ze altijd aan.',
    },
    preferences: {
      label: 'Voorkeuren',
      description:
        'Deze cookies onthouden hoe u de website wilt zien en gebruiken, zoals uw taal, regio of tijdzone. Zonder deze cookies werkt de website ook, maar worden uw keuzes niet onthouden.',
    },
    interaction: {
      label: 'Interactiegeschiedenis',
      description:
        'Deze cookies leggen vast hoe u de website gebruikt: welke pagina’s u bekijkt en via welke campagne u hier bent gekomen. De website werkt ook zonder deze cookies.',
    },
    advertising: {
      label: 'Advertenties en marketing',
      description:
        'Deze cookies maken advertenties relevanter voor u en meten hoe onze campagnes presteren. Derden, zoals videoplatforms, kunnen hun eigen cookies plaatsen. De website werkt ook zonder deze cookies.',
    },
    analytics: {
      label: 'Statistieken',
      description:
        'Deze cookies helpen ons te begrijpen hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren (Google Analytics). De website werkt ook zonder deze cookies.',
    },
  },
  session: 'Sessie',
  units: {
    minute: { one: '#\u00a0minuut', other: '#\u00a0minuten' },
    hour: { one: '#\u00a0uur', other: '#\u00a0uur' },
    day: { one: '#\u00a0dag', other: '#\u00a0dagen' },
    month: { one: '#\u00a0maand', other: '#\u00a0maanden' },
    year: { one: '#\u00a0jaar', other: '#\u00a0jaar' },
  },
  receipt: {
    methods: {
      'accept-all': 'Alles geaccepteerd',
      'reject-all': 'Alles geweigerd',
      custom: 'Eigen keuzes opgeslagen',
      withdraw: 'Toestemming ingetrokken',
      gpc: 'Global Privacy Control toegepast',
    },
    allowed: 'toegestaan',
    nothingAllowed: 'alleen noodzakelijke cookies',
    countersigned: 'medeondertekend door de website',
    unsigned: 'niet ondertekend',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Meet bezoeken en paginaweergaven in geaggregeerde vorm.',
      cookies: {
        _ga: { purpose: 'Onderscheidt bezoekers van elkaar.' },
        '_ga_*': { purpose: 'Houdt de status van uw bezoek bij.' },
        _gid: { purpose: 'Onderscheidt bezoekers van elkaar gedurende één dag.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Laadt de meet- en advertentietags van de website, maar plaatst zelf geen cookies. Die tags vragen eerst om uw toestemming.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Meet welke van onze advertenties tot een bezoek of aankoop hebben geleid en kan u onze advertenties ook elders tonen.',
      cookies: {
        _gcl_au: { purpose: 'Koppelt een klik op een advertentie aan een later bezoek of een latere aankoop.' },
        _gcl_aw: { purpose: 'Onthoudt via welke advertentie u bij ons bent gekomen.' },
        _gcl_gb: { purpose: 'Onthoudt op welke advertentie u hebt geklikt, voor meting zonder cookies van andere websites.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Onderscheidt mensen van bots wanneer u een formulier verstuurt. Google plaatst eigen cookies, dus wacht reCAPTCHA op uw toestemming.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Voert de risicoanalyse uit die formulieren tegen spam beschermt.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Speelt ingesloten video’s af. YouTube kan onthouden wat u hebt bekeken en gerelateerde advertenties tonen.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Schat uw bandbreedte in en onthoudt de instellingen van de videospeler.' },
        YSC: { provider: 'YouTube', purpose: 'Telt weergaven van ingesloten video’s.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Speelt ingesloten video’s af. Vimeo telt weergaven en kan uw browser herkennen.',
      cookies: {
        vuid: { purpose: 'Onderscheidt kijkers van elkaar om videoweergaven te tellen.' },
        __cf_bm: { purpose: 'Onderscheidt mensen van bots (Cloudflare, namens Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Toont interactieve kaarten. Google kan uw gebruik van de kaart koppelen aan uw Google-profiel.',
      cookies: {
        NID: { purpose: 'Onthoudt uw kaartinstellingen en koppelt ze aan advertenties.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Laat Meta (Facebook, Instagram) weten dat u de website hebt bezocht, zodat we onze advertenties daar kunnen meten en gericht kunnen tonen.',
      cookies: {
        _fbp: { purpose: 'Onderscheidt bezoekers van elkaar voor de advertentiemeting van Meta.' },
        _fbc: { purpose: 'Onthoudt via welke Meta-advertentie u bij ons bent gekomen.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Telt bezoeken en paginaweergaven om de website te verbeteren.',
      cookies: {
        '_pk_id.*': { purpose: 'Onderscheidt bezoekers van elkaar.' },
        '_pk_ses.*': { purpose: 'Groepeert de pagina’s van één bezoek.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registreert klikken, scrollgedrag en antwoorden op enquêtes, zodat we zien waar de website lastig te gebruiken is.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Onderscheidt bezoekers van elkaar over meerdere bezoeken heen.' },
        '_hjSession_*': { purpose: 'Groepeert de pagina’s van één bezoek.' },
        _hjTLDTest: { purpose: 'Bepaalt op welk domein cookies kunnen worden geplaatst; wordt direct verwijderd.' },
      },
    },
  },
};

export default nl;
