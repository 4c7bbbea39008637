import type { BannerStrings } from '../strings.js';

// French typography: a narrow no-break space (U+202F) before « ; : ! ? »
// and inside guillemets, so punctuation never wraps onto its own line.

/** What the banner says, fetched with it; the rest of the table is in `../more/fr.ts`. */
const fr: BannerStrings = {
  lang: 'fr',
  dir: 'ltr',
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
};

export default fr;
