import type { LanguagePack } from './types.js';

/** Italian: formal address (Lei, lower-case pronouns), as careful Italian sites write. */
const it: LanguagePack = {
  lang: 'it',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Le sue scelte sulla privacy',
    bannerText:
      'Utilizziamo cookie che garantiscono la sicurezza e il corretto funzionamento del sito. Con il suo consenso vorremmo anche ricordare le sue impostazioni, misurare l’utilizzo del sito e mostrarle annunci pertinenti. Può cambiare idea in qualsiasi momento.',
    policyLink: 'Legga la nostra informativa sui cookie',
    bannerLabel: 'Consenso ai cookie',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customise: 'Personalizza',
    close: 'Chiudi senza scegliere',
    gpcNotice:
      'Il suo browser ci ha chiesto di non vendere né condividere i suoi dati (Global Privacy Control): la pubblicità resta disattivata.',
  },
  more: {
    preferencesTitle: 'Preferenze sulla privacy',
    preferencesIntro:
      'Scelga quali cookie può utilizzare questo sito. Finché non deciderà diversamente sono attivi solo quelli essenziali, e potrà tornare qui in qualsiasi momento.',
    saveChoices: 'Salva le scelte',
    alwaysOn: 'Sempre attivi',
    serviceCount: { one: '{count} servizio', many: '{count} servizi', other: '{count} servizi' },
    cookiesUsed: 'Cookie utilizzati',
    cookieName: 'Nome',
    cookieProvider: 'Fornitore',
    cookiePurpose: 'Finalità',
    cookieDuration: 'Durata',
    serviceDetails: 'Dettagli su {service}',
    provider: 'Fornitore:',
    settingsButton: 'Impostazioni sulla privacy',
    downloadReceipts: 'Scarica le mie ricevute di consenso',
    embedBlocked: 'Questo contenuto di {provider} è bloccato finché non autorizza la categoria «{category}».',
    embedLoad: 'Carica il contenuto',
    embedSettings: 'Impostazioni dei cookie',
    embedIntro: '{service} di {provider} verrà caricato qui non appena lo autorizzerà.',
    embedCookies: 'Cookie impostati:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Consenti {service}',
    formPrompt: 'Per inviare questo modulo, consenta l’uso di {service}',
    formAllow: 'Consenti',
    formCancel: 'Annulla',
    formSending: 'Invio in corso…',
    formTick: 'Selezioni la casella per confermare di non essere un robot, poi invii il modulo.',
    formFailed:
      '{service} non si è caricato, quindi il modulo non è stato inviato. Verifichi la connessione e riprovi.',
    menuLabel: 'Opzioni sulla privacy',
    menuPreferences: 'Preferenze sulla privacy',
    menuWithdraw: 'Revoca il consenso',
  },
  categories: {
    essential: {
      label: 'Sessione e sicurezza',
      description:
        'Consentono l’accesso, proteggono i suoi dati e fanno funzionare il sito (il carrello, i file caricati). Il sito non può funzionare senza di essi, perciò sono sempre attivi.',
    },
    preferences: {
      label: 'Preferenze',
      description:
        'Ricordano come preferisce che il sito appaia e si comporti, ad esempio la lingua, l’area geografica o il fuso orario. Senza di essi il sito funziona comunque, ma dimentica le sue scelte.',
    },
    interaction: {
      label: 'Cronologia delle interazioni',
      description:
        'Registrano come interagisce con il sito: le pagine che visualizza e la campagna da cui è nata la visita. Il sito funziona anche senza.',
    },
    advertising: {
      label: 'Pubblicità e marketing',
      description:
        'Rendono gli annunci più pertinenti per lei e misurano il rendimento delle nostre campagne. Terze parti, come le piattaforme video, possono impostare cookie propri. Il sito funziona anche senza.',
    },
    analytics: {
      label: 'Statistiche',
      description:
        'Ci aiutano a capire come i visitatori usano il sito, per poterlo migliorare (Google Analytics). Il sito funziona anche senza.',
    },
  },
  session: 'Sessione',
  units: {
    minute: { one: '# minuto', many: '# minuti', other: '# minuti' },
    hour: { one: '# ora', many: '# ore', other: '# ore' },
    day: { one: '# giorno', many: '# giorni', other: '# giorni' },
    month: { one: '# mese', many: '# mesi', other: '# mesi' },
    year: { one: '# anno', many: '# anni', other: '# anni' },
  },
  receipt: {
    methods: {
      'accept-all': 'Tutti accettati',
      'reject-all': 'Tutti rifiutati',
      custom: 'Scelte personalizzate salvate',
      withdraw: 'Consenso revocato',
      gpc: 'Global Privacy Control applicato',
    },
    allowed: 'categorie consentite',
    nothingAllowed: 'solo cookie essenziali',
    countersigned: 'controfirmato dal sito',
    unsigned: 'non firmato',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Misura visite e visualizzazioni di pagina in forma aggregata.',
      cookies: {
        _ga: { purpose: 'Distingue i visitatori.' },
        '_ga_*': { purpose: 'Conserva lo stato della sua visita.' },
        _gid: { purpose: 'Distingue i visitatori per un giorno.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Carica i tag di misurazione e pubblicitari del sito. Di per sé non imposta alcun cookie; i tag che carica chiedono il suo consenso.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Misura quali dei nostri annunci hanno portato a una visita o a un acquisto, e può mostrarle i nostri annunci altrove.',
      cookies: {
        _gcl_au: { purpose: 'Collega il clic su un annuncio a una visita o a un acquisto successivi.' },
        _gcl_aw: { purpose: 'Ricorda l’annuncio su cui ha fatto clic per raggiungerci.' },
        _gcl_gb: { purpose: 'Ricorda l’annuncio su cui ha fatto clic, per una misurazione senza cookie di altri siti.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Distingue le persone dai bot quando invia un modulo. Google imposta cookie propri, quindi il servizio attende il suo consenso.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Esegue l’analisi del rischio che protegge i moduli dallo spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Riproduce i video incorporati. YouTube può ricordare cosa ha guardato e mostrarle annunci correlati.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Stima la larghezza di banda e ricorda le impostazioni del player.',
        },
        YSC: { provider: 'YouTube', purpose: 'Conta le visualizzazioni dei video incorporati.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Riproduce i video incorporati. Vimeo conta le visualizzazioni e può riconoscere il suo browser.',
      cookies: {
        vuid: { purpose: 'Distingue gli spettatori per contare le visualizzazioni.' },
        __cf_bm: { purpose: 'Distingue le persone dai bot (Cloudflare, per conto di Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Mostra mappe interattive. Google può collegare l’uso della mappa al suo profilo Google.',
      cookies: {
        NID: { purpose: 'Ricorda le impostazioni della mappa e le collega alla pubblicità.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Comunica a Meta (Facebook, Instagram) la sua visita, per misurare e indirizzare meglio i nostri annunci su quelle piattaforme.',
      cookies: {
        _fbp: { purpose: 'Distingue i visitatori per la misurazione pubblicitaria di Meta.' },
        _fbc: { purpose: 'Ricorda l’annuncio di Meta su cui ha fatto clic per raggiungerci.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Conta visite e visualizzazioni di pagina per migliorare il sito.',
      cookies: {
        '_pk_id.*': { purpose: 'Distingue i visitatori.' },
        '_pk_ses.*': { purpose: 'Raggruppa le pagine di una stessa visita.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registra clic, scorrimento e risposte ai sondaggi, per capire dove il sito è difficile da usare.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Distingue i visitatori da una visita all’altra.' },
        '_hjSession_*': { purpose: 'Raggruppa le pagine di una stessa visita.' },
        _hjTLDTest: { purpose: 'Individua il dominio su cui impostare i cookie; viene eliminato subito.' },
      },
    },
  },
};

export default it;
