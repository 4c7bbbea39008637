import type { LanguagePack } from './types.js';

/** Catalan: formal address (vostè), infinitive buttons, as Catalan public and commercial sites write. */
const ca: LanguagePack = {
  lang: 'ca',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Les seves opcions de privadesa',
    bannerText:
      'Utilitzem galetes que mantenen aquest lloc web segur i en funcionament. Amb el seu permís, també voldríem recordar la seva configuració, mesurar com s’utilitza el lloc web i mostrar-li anuncis rellevants. Pot canviar d’opinió en qualsevol moment.',
    policyLink: 'Consulti la nostra política de galetes',
    bannerLabel: 'Consentiment de galetes',
    acceptAll: 'Acceptar-ho tot',
    rejectAll: 'Rebutjar-ho tot',
    customise: 'Personalitzar',
    close: 'Tancar sense triar',
    gpcNotice:
      'El seu navegador ens ha demanat que no venguem ni compartim les seves dades (Global Privacy Control): la publicitat es manté desactivada.',
  },
  more: {
    preferencesTitle: 'Preferències de privadesa',
    preferencesIntro:
      'Triï quines galetes pot utilitzar aquest lloc web. Mentre no indiqui el contrari, només estan activades les essencials, i pot tornar aquí sempre que vulgui.',
    saveChoices: 'Desar les opcions',
    alwaysOn: 'Sempre actives',
    serviceCount: { one: '{count} servei', many: '{count} serveis', other: '{count} serveis' },
    cookiesUsed: 'Galetes utilitzades',
    cookieName: 'Nom',
    cookieProvider: 'Proveïdor',
    cookiePurpose: 'Finalitat',
    cookieDuration: 'Durada',
    serviceDetails: 'Informació sobre {service}',
    provider: 'Proveïdor:',
    settingsButton: 'Configuració de privadesa',
    downloadReceipts: 'Baixar els meus comprovants de consentiment',
    embedBlocked:
      'Aquest contingut, proporcionat per {provider}, està bloquejat fins que no accepti la categoria «{category}».',
    embedLoad: 'Carregar el contingut',
    embedSettings: 'Configuració de galetes',
    embedIntro: '{service}, proporcionat per {provider}, es carregarà aquí quan ho autoritzi.',
    embedCookies: 'Galetes que instal·la:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Permetre {service}',
    formPrompt: 'Per enviar aquest formulari, cal permetre {service}',
    formAllow: 'Permetre',
    formCancel: 'Cancel·lar',
    formSending: 'S’està enviant…',
    formTick: 'Marqui la casella per confirmar que no és un robot i, després, enviï el formulari.',
    formFailed:
      '{service} no s’ha carregat i, per tant, el formulari no s’ha enviat. Comprovi la connexió i torni-ho a provar.',
    menuLabel: 'Opcions de privadesa',
    menuPreferences: 'Preferències de privadesa',
    menuWithdraw: 'Retirar el consentiment',
  },
  categories: {
    essential: {
      label: 'Sessió i seguretat',
      description:
        'Permeten iniciar la sessió, protegeixen les seves dades i mantenen el lloc web en funcionament (la cistella, els fitxers que hi carregui). El lloc web no pot funcionar sense aquestes galetes; per això sempre estan actives.',
    },
    preferences: {
      label: 'Preferències',
      description:
        'Recorden com prefereix que es vegi i es comporti el lloc web, com ara la llengua, la regió o la zona horària. Sense aquestes galetes el lloc web funciona igualment, però no recorda les seves opcions.',
    },
    interaction: {
      label: 'Historial d’interacció',
      description:
        'Registren com interactua amb el lloc web: les pàgines que visita i la campanya per la qual ha arribat aquí. El lloc web funciona sense aquestes galetes.',
    },
    advertising: {
      label: 'Publicitat i màrqueting',
      description:
        'Fan que els anuncis siguin més rellevants per a vostè i mesuren el rendiment de les nostres campanyes. Tercers, com ara les plataformes de vídeo, poden instal·lar les seves pròpies galetes. El lloc web funciona sense aquestes galetes.',
    },
    analytics: {
      label: 'Analítica',
      description:
        'Ens ajuden a entendre com utilitzen el lloc web els visitants per poder-lo millorar (Google Analytics). El lloc web funciona sense aquestes galetes.',
    },
  },
  session: 'Sessió',
  units: {
    minute: { one: '# minut', many: '# minuts', other: '# minuts' },
    hour: { one: '# hora', many: '# hores', other: '# hores' },
    day: { one: '# dia', many: '# dies', other: '# dies' },
    month: { one: '# mes', many: '# mesos', other: '# mesos' },
    year: { one: '# any', many: '# anys', other: '# anys' },
  },
  receipt: {
    methods: {
      'accept-all': 'Totes acceptades',
      'reject-all': 'Totes rebutjades',
      custom: 'Opcions personalitzades desades',
      withdraw: 'Consentiment retirat',
      gpc: 'Global Privacy Control aplicat',
    },
    allowed: 'categories permeses',
    nothingAllowed: 'només galetes essencials',
    countersigned: 'contrasignat pel lloc web',
    unsigned: 'sense signar',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mesura les visites i les pàgines vistes de manera agregada.',
      cookies: {
        _ga: { purpose: 'Distingeix els visitants.' },
        '_ga_*': { purpose: 'Conserva l’estat de la seva visita.' },
        _gid: { purpose: 'Distingeix els visitants durant un dia.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Carrega les etiquetes de mesurament i de publicitat del lloc web. No instal·la cap galeta per si mateix; les etiquetes que carrega demanen el seu consentiment.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mesura quins dels nostres anuncis han portat a una visita o a una compra, i pot mostrar-li els nostres anuncis en altres llocs.',
      cookies: {
        _gcl_au: { purpose: 'Vincula el clic en un anunci amb una visita o una compra posterior.' },
        _gcl_aw: { purpose: 'Recorda l’anunci en què va fer clic per arribar fins a nosaltres.' },
        _gcl_gb: { purpose: 'Recorda l’anunci en què va fer clic, per mesurar sense galetes d’altres llocs.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Distingeix les persones dels bots quan envia un formulari. Google instal·la les seves pròpies galetes; per això el servei espera el seu consentiment.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Fa l’anàlisi de risc que protegeix els formularis dels missatges brossa.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Reprodueix vídeos incrustats. YouTube pot recordar què ha mirat i mostrar-li anuncis relacionats.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Estima la seva amplada de banda i recorda la configuració del reproductor.',
        },
        YSC: { provider: 'YouTube', purpose: 'Compta les visualitzacions dels vídeos incrustats.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Reprodueix vídeos incrustats. Vimeo compta les visualitzacions i pot reconèixer el seu navegador.',
      cookies: {
        vuid: { purpose: 'Distingeix els espectadors per comptar les visualitzacions.' },
        __cf_bm: { purpose: 'Distingeix les persones dels bots (Cloudflare, en nom de Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Mostra mapes interactius. Google pot vincular l’ús que faci del mapa amb el seu perfil de Google.',
      cookies: {
        NID: { purpose: 'Recorda la configuració del mapa i la vincula a la publicitat.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informa Meta (Facebook, Instagram) de la seva visita, per mesurar-hi i orientar-hi els nostres anuncis.',
      cookies: {
        _fbp: { purpose: 'Distingeix els visitants per al mesurament publicitari de Meta.' },
        _fbc: { purpose: 'Recorda l’anunci de Meta en què va fer clic per arribar fins a nosaltres.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Compta les visites i les pàgines vistes per millorar el lloc web.',
      cookies: {
        '_pk_id.*': { purpose: 'Distingeix els visitants.' },
        '_pk_ses.*': { purpose: 'Agrupa les pàgines d’una mateixa visita.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Enregistra els clics, el desplaçament i les respostes a enquestes per veure on costa fer servir el lloc web.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Distingeix els visitants d’una visita a una altra.' },
        '_hjSession_*': { purpose: 'Agrupa les pàgines d’una mateixa visita.' },
        _hjTLDTest: { purpose: 'Determina el domini on es poden instal·lar les galetes; s’elimina immediatament.' },
      },
    },
  },
};

export default ca;
