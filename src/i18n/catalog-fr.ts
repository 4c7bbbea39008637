import type { DefaultTexts } from './catalog.js';

const GOOGLE = 'Google';
const YEARS2 = '2 ans';

/** Textes français des catégories, services et cookies intégrés. */
const fr: DefaultTexts = {
  categories: {
    essential: {
      label: 'Session et sécurité',
      description: 'Vous connecter, protéger vos données et faire fonctionner le site (votre panier, vos envois de fichiers). Le site ne peut pas s’en passer : ils sont toujours actifs.',
    },
    preferences: {
      label: 'Préférences',
      description: 'Retenir l’apparence et le comportement que vous préférez, comme votre langue, votre région ou votre fuseau horaire. Sans eux le site fonctionne, il oublie simplement vos choix.',
    },
    interaction: {
      label: 'Historique d’interaction',
      description: 'Enregistrer vos interactions avec le site : les pages consultées et la campagne qui vous a amené ici. Le site fonctionne sans eux.',
    },
    advertising: {
      label: 'Publicité et marketing',
      description: 'Rendre les publicités plus pertinentes pour vous et mesurer l’efficacité de nos campagnes. Des tiers, comme les plateformes vidéo, peuvent déposer leurs propres cookies. Le site fonctionne sans eux.',
    },
    analytics: {
      label: 'Analytique',
      description: 'Nous aider à comprendre comment les visiteurs utilisent le site afin de l’améliorer (Google Analytics). Le site fonctionne sans eux.',
    },
  },
  services: {
    recaptcha: {
      label: 'Google reCAPTCHA',
      provider: GOOGLE,
      description: 'Distingue les personnes des robots quand vous envoyez un formulaire. Google dépose ses propres cookies : il attend donc votre accord.',
    },
    youtube: {
      label: 'YouTube',
      provider: 'Google / YouTube',
      description: 'Lit les vidéos intégrées. YouTube peut retenir ce que vous avez regardé et afficher des publicités liées.',
    },
    'google-analytics': {
      label: 'Google Analytics',
      provider: GOOGLE,
      description: 'Mesure les visites et les pages vues de façon agrégée.',
    },
    // Catalogue services (src/core/catalog.ts): provider and lifetimes come from there.
    'google-tag-manager': { label: 'Google Tag Manager', description: 'Charge les balises de mesure et de publicité du site. Il ne dépose lui-même aucun cookie ; les balises qu’il charge demandent votre accord.' },
    'google-ads': { label: 'Google Ads', description: 'Mesure lesquelles de nos annonces ont mené à une visite ou à un achat, et peut vous montrer nos annonces ailleurs.' },
    vimeo: { label: 'Vimeo', description: 'Lit les vidéos intégrées. Vimeo compte les vues et peut reconnaître votre navigateur.' },
    'google-maps': { label: 'Google Maps', description: 'Affiche des cartes interactives. Google peut relier votre usage de la carte à votre profil Google.' },
    'meta-pixel': { label: 'Pixel Meta', description: 'Signale votre visite à Meta (Facebook, Instagram) pour y mesurer et cibler nos annonces.' },
    matomo: { label: 'Matomo', description: 'Compte les visites et les pages vues pour améliorer le site.' },
    hotjar: { label: 'Hotjar', description: 'Enregistre clics, défilement et réponses aux questionnaires pour repérer ce qui gêne sur le site.' },
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 mois', purpose: 'Effectue l’analyse de risque qui protège les formulaires du spam.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 mois', purpose: 'Estime votre bande passante et retient les réglages du lecteur.' },
    YSC: { provider: 'YouTube', duration: 'Session', purpose: 'Compte les vues des vidéos intégrées.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'Distingue les visiteurs.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'Conserve l’état de votre visite.' },
    _gid: { provider: GOOGLE, duration: '24 heures', purpose: 'Distingue les visiteurs pendant une journée.' },
    _gcl_au: { purpose: 'Relie un clic sur une annonce à une visite ou un achat ultérieur.' },
    _gcl_aw: { purpose: 'Retient l’annonce sur laquelle vous avez cliqué pour venir.' },
    _gcl_gb: { purpose: 'Retient l’annonce cliquée, pour une mesure sans cookies d’autres sites.' },
    vuid: { purpose: 'Distingue les spectateurs pour compter les vues.' },
    __cf_bm: { purpose: 'Distingue les personnes des robots (Cloudflare, pour Vimeo).' },
    NID: { purpose: 'Retient vos réglages de carte et les relie à la publicité.' },
    _fbp: { purpose: 'Distingue les visiteurs pour la mesure publicitaire de Meta.' },
    _fbc: { purpose: 'Retient l’annonce Meta sur laquelle vous avez cliqué pour venir.' },
    '_pk_id.*': { purpose: 'Distingue les visiteurs.' },
    '_pk_ses.*': { purpose: 'Regroupe les pages d’une même visite.' },
    '_hjSessionUser_*': { purpose: 'Distingue les visiteurs d’une visite à l’autre.' },
    '_hjSession_*': { purpose: 'Regroupe les pages d’une même visite.' },
    _hjTLDTest: { purpose: 'Trouve le domaine où déposer les cookies ; supprimé aussitôt.' },
  },
  session: 'Session',
};

export default fr;
