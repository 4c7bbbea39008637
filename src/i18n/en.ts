import type { Strings } from './strings.js';

const en: Strings = {
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
  preferencesTitle: 'Privacy preferences',
  preferencesIntro:
    'Choose which cookies this site may use. Only the essential ones are on until you say otherwise, and you can come back here whenever you like.',
  saveChoices: 'Save choices',
  alwaysOn: 'Always on',
  serviceCountOne: '{count} service',
  serviceCountOther: '{count} services',
  cookiesUsed: 'Cookies used',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  serviceDetails: 'Details about {service}',
  provider: 'Provider:',
  settingsButton: 'Privacy settings',
  downloadReceipts: 'Download my consent receipts',
  embedBlocked: 'This content from {provider} is blocked until you allow {category}.',
  embedLoad: 'Load content',
  embedSettings: 'Cookie settings',
  menuLabel: 'Privacy options',
  menuPreferences: 'Privacy preferences',
  menuWithdraw: 'Withdraw consent',
};

export default en;
