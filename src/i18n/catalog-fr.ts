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
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 mois', purpose: 'Effectue l’analyse de risque qui protège les formulaires du spam.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 mois', purpose: 'Estime votre bande passante et retient les réglages du lecteur.' },
    YSC: { provider: 'YouTube', duration: 'Session', purpose: 'Compte les vues des vidéos intégrées.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'Distingue les visiteurs.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'Conserve l’état de votre visite.' },
    _gid: { provider: GOOGLE, duration: '24 heures', purpose: 'Distingue les visiteurs pendant une journée.' },
  },
};

export default fr;
