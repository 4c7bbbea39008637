import type { LanguagePack } from './types.js';

// French typography: a narrow no-break space (U+202F) before ; : ! ? and inside
// guillemets, a no-break space (U+00A0) between a number and its unit, so
// punctuation and units never wrap onto a line of their own. Formal address (vous).

/** Français. */
const fr: LanguagePack = {
  lang: 'fr',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Vos choix de confidentialité',
    bannerText:
      'Nous utilisons des cookies qui assurent la sécurité et le bon fonctionnement du site. Avec votre accord, nous aimerions aussi mémoriser vos réglages, mesurer la fréquentation et vous montrer des publicités pertinentes. Vous pouvez changer d’avis à tout moment.',
    policyLink: 'Lire notre politique de cookies',
    bannerLabel: 'Consentement aux cookies',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customise: 'Personnaliser',
    close: 'Fermer sans choisir',
    gpcNotice:
      'Votre navigateur nous a demandé de ne pas vendre ni partager vos données (Global Privacy Control)\u202f: la publicité reste désactivée.',
  },
  more: {
    preferencesTitle: 'Préférences de confidentialité',
    preferencesIntro:
      'Choisissez les cookies que ce site peut utiliser. Seuls les cookies essentiels sont actifs tant que vous n’en décidez pas autrement, et vous pouvez revenir ici quand vous le souhaitez.',
    saveChoices: 'Enregistrer mes choix',
    alwaysOn: 'Toujours actif',
    serviceCount: { one: '{count}\u00a0service', many: '{count}\u00a0de services', other: '{count}\u00a0services' },
    cookiesUsed: 'Cookies utilisés',
    cookieName: 'Nom',
    cookieProvider: 'Fournisseur',
    cookiePurpose: 'Finalité',
    cookieDuration: 'Durée',
    serviceDetails: 'Détails sur {service}',
    provider: 'Fournisseur\u202f:',
    settingsButton: 'Paramètres de confidentialité',
    downloadReceipts: 'Télécharger mes preuves de consentement',
    embedBlocked: 'Ce contenu de {provider} est bloqué tant que vous n’autorisez pas «\u202f{category}\u202f».',
    embedLoad: 'Charger le contenu',
    embedSettings: 'Paramètres des cookies',
    embedIntro: '{service}, fourni par {provider}, se charge ici dès que vous l’autorisez.',
    embedCookies: 'Cookies déposés\u202f:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Autoriser {service}',
    formPrompt: 'Autoriser {service} pour envoyer ce formulaire',
    formAllow: 'Autoriser',
    formCancel: 'Annuler',
    formSending: 'Envoi en cours…',
    formTick: 'Cochez la case pour montrer que vous n’êtes pas un robot, puis envoyez le formulaire.',
    formFailed: '{service} ne s’est pas chargé, le formulaire n’a donc pas été envoyé. Vérifiez votre connexion et réessayez.',
    menuLabel: 'Options de confidentialité',
    menuPreferences: 'Préférences de confidentialité',
    menuWithdraw: 'Retirer mon consentement',
  },
  categories: {
    essential: {
      label: 'Session et sécurité',
      description:
        'Vous connecter, protéger vos données et faire fonctionner le site (votre panier, vos envois de fichiers). Le site ne peut pas s’en passer\u202f: ils sont toujours actifs.',
    },
    preferences: {
      label: 'Préférences',
      description:
        'Retenir l’apparence et le comportement que vous préférez, comme votre langue, votre région ou votre fuseau horaire. Sans eux le site fonctionne, il oublie simplement vos choix.',
    },
    interaction: {
      label: 'Historique d’interaction',
      description:
        'Enregistrer vos interactions avec le site\u202f: les pages consultées et la campagne qui vous a amené ici. Le site fonctionne sans eux.',
    },
    advertising: {
      label: 'Publicité et marketing',
      description:
        'Rendre les publicités plus pertinentes pour vous et mesurer l’efficacité de nos campagnes. Des tiers, comme les plateformes vidéo, peuvent déposer leurs propres cookies. Le site fonctionne sans eux.',
    },
    analytics: {
      label: 'Analytique',
      description:
        'Nous aider à comprendre comment les visiteurs utilisent le site afin de l’améliorer (Google Analytics). Le site fonctionne sans eux.',
    },
  },
  session: 'Session',
  // The words of CLDR's units, with its no-break space where CLDR has one (not before minutes, nor before "ans").
  units: {
    minute: { one: '# minute', many: '# de minutes', other: '# minutes' },
    hour: { one: '#\u00a0heure', many: '#\u00a0d’heures', other: '#\u00a0heures' },
    day: { one: '#\u00a0jour', many: '#\u00a0de jours', other: '#\u00a0jours' },
    month: { one: '#\u00a0mois', many: '#\u00a0de mois', other: '#\u00a0mois' },
    year: { one: '#\u00a0an', many: '#\u00a0d’ans', other: '# ans' },
  },
  receipt: {
    methods: {
      'accept-all': 'Tout accepté',
      'reject-all': 'Tout refusé',
      custom: 'Choix personnalisés enregistrés',
      withdraw: 'Consentement retiré',
      gpc: 'Global Privacy Control appliqué',
    },
    allowed: 'autorisé',
    nothingAllowed: 'cookies essentiels uniquement',
    countersigned: 'contresigné par le site',
    unsigned: 'non signé',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mesure les visites et les pages vues de façon agrégée.',
      cookies: {
        _ga: { purpose: 'Distingue les visiteurs.' },
        '_ga_*': { purpose: 'Conserve l’état de votre visite.' },
        _gid: { purpose: 'Distingue les visiteurs pendant une journée.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Charge les balises de mesure et de publicité du site. Il ne dépose lui-même aucun cookie\u202f; les balises qu’il charge demandent votre accord.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description: 'Mesure lesquelles de nos annonces ont mené à une visite ou à un achat, et peut vous montrer nos annonces ailleurs.',
      cookies: {
        _gcl_au: { purpose: 'Relie un clic sur une annonce à une visite ou un achat ultérieur.' },
        _gcl_aw: { purpose: 'Retient l’annonce sur laquelle vous avez cliqué pour venir.' },
        _gcl_gb: { purpose: 'Retient l’annonce cliquée, pour une mesure sans cookies d’autres sites.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Distingue les personnes des robots quand vous envoyez un formulaire. Google dépose ses propres cookies\u202f: il attend donc votre accord.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Effectue l’analyse de risque qui protège les formulaires du spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Lit les vidéos intégrées. YouTube peut retenir ce que vous avez regardé et afficher des publicités liées.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Estime votre bande passante et retient les réglages du lecteur.' },
        YSC: { provider: 'YouTube', purpose: 'Compte les vues des vidéos intégrées.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Lit les vidéos intégrées. Vimeo compte les vues et peut reconnaître votre navigateur.',
      cookies: {
        vuid: { purpose: 'Distingue les spectateurs pour compter les vues.' },
        __cf_bm: { purpose: 'Distingue les personnes des robots (Cloudflare, pour Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Affiche des cartes interactives. Google peut relier votre usage de la carte à votre profil Google.',
      cookies: {
        NID: { purpose: 'Retient vos réglages de carte et les relie à la publicité.' },
      },
    },
    'meta-pixel': {
      label: 'Pixel Meta',
      description: 'Signale votre visite à Meta (Facebook, Instagram) pour y mesurer et cibler nos annonces.',
      cookies: {
        _fbp: { purpose: 'Distingue les visiteurs pour la mesure publicitaire de Meta.' },
        _fbc: { purpose: 'Retient l’annonce Meta sur laquelle vous avez cliqué pour venir.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Compte les visites et les pages vues pour améliorer le site.',
      cookies: {
        '_pk_id.*': { purpose: 'Distingue les visiteurs.' },
        '_pk_ses.*': { purpose: 'Regroupe les pages d’une même visite.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description: 'Enregistre clics, défilement et réponses aux questionnaires pour repérer ce qui gêne sur le site.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Distingue les visiteurs d’une visite à l’autre.' },
        '_hjSession_*': { purpose: 'Regroupe les pages d’une même visite.' },
        _hjTLDTest: { purpose: 'Trouve le domaine où déposer les cookies\u202f; supprimé aussitôt.' },
      },
    },
  },
};

export default fr;
