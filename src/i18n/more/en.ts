import type { MoreStrings } from '../strings.js';

/** The preference center, menu, placeholder and form texts, fetched with those parts. */
const en: MoreStrings = {
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
  embedIntro: '{service} from {provider} loads here once you allow it.',
  embedCookies: 'Cookies it sets:',
  embedCookie: '{name} ({duration})',
  embedAllow: 'Allow {service}',
  formPrompt: 'Allow {service} to send this form',
  formAllow: 'Allow',
  formCancel: 'Cancel',
  formSending: 'Sending…',
  formTick: 'Tick the box to show you are not a robot, then send the form.',
  formFailed: '{service} did not load, so the form was not sent. Check your connection and try again.',
  menuLabel: 'Privacy options',
  menuPreferences: 'Privacy preferences',
  menuWithdraw: 'Withdraw consent',
};

export default en;
