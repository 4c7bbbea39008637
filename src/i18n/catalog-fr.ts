import type { DefaultTexts } from './catalog.js';

/** Textes français des catégories par défaut (ceux des services : src/catalog/). */
const fr: DefaultTexts = {
  lang: 'fr',
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
    'google-analytics': () => import('../catalog/fr/google-analytics.js'),
    'google-tag-manager': () => import('../catalog/fr/google-tag-manager.js'),
    'google-ads': () => import('../catalog/fr/google-ads.js'),
    recaptcha: () => import('../catalog/fr/recaptcha.js'),
    youtube: () => import('../catalog/fr/youtube.js'),
    vimeo: () => import('../catalog/fr/vimeo.js'),
    'google-maps': () => import('../catalog/fr/google-maps.js'),
    'meta-pixel': () => import('../catalog/fr/meta-pixel.js'),
    matomo: () => import('../catalog/fr/matomo.js'),
    hotjar: () => import('../catalog/fr/hotjar.js'),
  },
  session: 'Session',
  // Cookie lifetimes, in the plural forms of Intl.PluralRules (the same words as CLDR's units,
  // with its no-break space where CLDR has one: not before minutes, nor before "ans").
  units: {
    minute: { one: '# minute', other: '# minutes' },
    hour: { one: '#\u00a0heure', other: '#\u00a0heures' },
    day: { one: '#\u00a0jour', other: '#\u00a0jours' },
    month: { other: '#\u00a0mois' },
    year: { one: '#\u00a0an', other: '# ans' },
  },
};

export default fr;
