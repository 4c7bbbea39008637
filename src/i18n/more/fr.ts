import type { MoreStrings } from '../strings.js';

// French typography: a narrow no-break space (U+202F) before « ; : ! ? »
// and inside guillemets, so punctuation never wraps onto its own line.

/** The preference center, menu, placeholder and form texts, fetched with those parts. */
const fr: MoreStrings = {
  preferencesTitle: 'Préférences de confidentialité',
  preferencesIntro:
    'Choisissez les cookies que ce site peut utiliser. Seuls les cookies essentiels sont actifs tant que vous n’en décidez pas autrement, et vous pouvez revenir ici quand vous le souhaitez.',
  saveChoices: 'Enregistrer mes choix',
  alwaysOn: 'Toujours actif',
  serviceCountOne: '{count}\u00a0service',
  serviceCountOther: '{count}\u00a0services',
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
};

export default fr;
