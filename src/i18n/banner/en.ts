import type { BannerStrings } from '../strings.js';

/** What the banner says, fetched with it; the rest of the table is in `../more/en.ts`. */
const en: BannerStrings = {
  lang: 'en',
  dir: 'ltr',
  bannerTitle: 'Your privacy choices',
  bannerText:
    'We use cookies that keep this site secure and working. With your permission we would also like to remember your settings, measure how the site is used and show relevant ads. You can change your mind at any time.',
  policyLink: 'Read our cookie policy',
  bannerLabel: 'Cookie consent',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customise: 'Customise',
  close: 'Close without choosing',
  gpcNotice: 'Your browser asked us not to sell or share your data (Global Privacy Control): advertising stays off.',
};

export default en;
