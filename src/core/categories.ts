import type { CategoryDefinition, CategoryId, ConsentModeType, CookieInfo } from './types.js';

/**
 * The five default categories (DESIGN §2) and the built-in services. Site
 * owners override texts, add services and add categories through the config;
 * this module is only the starting point.
 */

const GOOGLE = 'Google';
const YEARS2 = { en: '2 years', fr: '2 ans' };

const cookie = (name: string, provider: string, duration: CookieInfo['duration'], en: string, fr: string): CookieInfo => ({
  name,
  provider,
  duration,
  purpose: { en, fr },
});

/** A fresh copy of the default categories, in display order; callers may mutate it. */
export const defaultCategories = (): CategoryDefinition[] => [
  {
    id: 'essential',
    required: true,
    label: { en: 'Session & security', fr: 'Session et sécurité' },
    description: {
      en: 'Sign you in, protect your data and keep the site working (your basket, your uploads). The site cannot work without them, so they are always on.',
      fr: 'Vous connecter, protéger vos données et faire fonctionner le site (votre panier, vos envois de fichiers). Le site ne peut pas s’en passer : ils sont toujours actifs.',
    },
    services: [
      {
        id: 'recaptcha',
        optIn: true,
        label: 'Google reCAPTCHA',
        provider: GOOGLE,
        description: {
          en: 'Tells people from bots when you send a form. Google sets its own cookies, so it waits for your permission.',
          fr: 'Distingue les personnes des robots quand vous envoyez un formulaire. Google dépose ses propres cookies : il attend donc votre accord.',
        },
        cookies: [
          cookie('_GRECAPTCHA', GOOGLE, { en: '6 months', fr: '6 mois' },
            'Runs the risk analysis that protects forms from spam.',
            'Effectue l’analyse de risque qui protège les formulaires du spam.'),
        ],
      },
    ],
  },
  {
    id: 'preferences',
    label: { en: 'Preferences', fr: 'Préférences' },
    description: {
      en: 'Remember how you like the site to look and behave, such as your language, region or time zone. Without them the site still works; it just forgets your choices.',
      fr: 'Retenir l’apparence et le comportement que vous préférez, comme votre langue, votre région ou votre fuseau horaire. Sans eux le site fonctionne, il oublie simplement vos choix.',
    },
    services: [],
  },
  {
    id: 'interaction',
    label: { en: 'Interaction history', fr: 'Historique d’interaction' },
    description: {
      en: 'Record how you interact with the site: the pages you view and the campaign that brought you here. The site works without them.',
      fr: 'Enregistrer vos interactions avec le site : les pages consultées et la campagne qui vous a amené ici. Le site fonctionne sans eux.',
    },
    services: [],
  },
  {
    id: 'advertising',
    label: { en: 'Advertising & marketing', fr: 'Publicité et marketing' },
    description: {
      en: 'Make ads more relevant to you and measure how our campaigns perform. Third parties, such as video platforms, may set their own cookies. The site works without them.',
      fr: 'Rendre les publicités plus pertinentes pour vous et mesurer l’efficacité de nos campagnes. Des tiers, comme les plateformes vidéo, peuvent déposer leurs propres cookies. Le site fonctionne sans eux.',
    },
    services: [
      {
        id: 'youtube',
        label: 'YouTube',
        provider: 'Google / YouTube',
        description: {
          en: 'Plays embedded videos. YouTube may remember what you watched and show related ads.',
          fr: 'Lit les vidéos intégrées. YouTube peut retenir ce que vous avez regardé et afficher des publicités liées.',
        },
        cookies: [
          cookie('VISITOR_INFO1_LIVE', 'YouTube', { en: '6 months', fr: '6 mois' },
            'Estimates your bandwidth and remembers player settings.',
            'Estime votre bande passante et retient les réglages du lecteur.'),
          cookie('YSC', 'YouTube', { en: 'Session', fr: 'Session' },
            'Counts views of embedded videos.',
            'Compte les vues des vidéos intégrées.'),
        ],
      },
    ],
  },
  {
    id: 'analytics',
    label: { en: 'Analytics', fr: 'Analytique' },
    description: {
      en: 'Help us understand how visitors use the site, so we can improve it (Google Analytics). The site works without them.',
      fr: 'Nous aider à comprendre comment les visiteurs utilisent le site afin de l’améliorer (Google Analytics). Le site fonctionne sans eux.',
    },
    services: [
      {
        id: 'google-analytics',
        label: 'Google Analytics',
        provider: GOOGLE,
        description: {
          en: 'Measures visits and page views in aggregate.',
          fr: 'Mesure les visites et les pages vues de façon agrégée.',
        },
        cookies: [
          cookie('_ga', GOOGLE, YEARS2, 'Tells visitors apart.', 'Distingue les visiteurs.'),
          cookie('_ga_*', GOOGLE, YEARS2, 'Keeps the state of your visit.', 'Conserve l’état de votre visite.'),
          cookie('_gid', GOOGLE, { en: '24 hours', fr: '24 heures' }, 'Tells visitors apart for one day.', 'Distingue les visiteurs pendant une journée.'),
        ],
      },
    ],
  },
];

/** Category → Google Consent Mode types it grants (DESIGN §9). */
export const defaultConsentModeMap: Readonly<Record<CategoryId, readonly ConsentModeType[]>> = {
  essential: ['security_storage'],
  preferences: ['functionality_storage'],
  interaction: ['personalization_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
};
