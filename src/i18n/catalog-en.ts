import type { DefaultTexts } from './catalog.js';

const GOOGLE = 'Google';
const YEARS2 = '2 years';

/** English texts of the built-in categories, services and cookies. */
const en: DefaultTexts = {
  categories: {
    essential: {
      label: 'Session & security',
      description: 'Sign you in, protect your data and keep the site working (your basket, your uploads). The site cannot work without them, so they are always on.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember how you like the site to look and behave, such as your language, region or time zone. Without them the site still works; it just forgets your choices.',
    },
    interaction: {
      label: 'Interaction history',
      description: 'Record how you interact with the site: the pages you view and the campaign that brought you here. The site works without them.',
    },
    advertising: {
      label: 'Advertising & marketing',
      description: 'Make ads more relevant to you and measure how our campaigns perform. Third parties, such as video platforms, may set their own cookies. The site works without them.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Help us understand how visitors use the site, so we can improve it (Google Analytics). The site works without them.',
    },
  },
  services: {
    recaptcha: {
      label: 'Google reCAPTCHA',
      provider: GOOGLE,
      description: 'Tells people from bots when you send a form. Google sets its own cookies, so it waits for your permission.',
    },
    youtube: {
      label: 'YouTube',
      provider: 'Google / YouTube',
      description: 'Plays embedded videos. YouTube may remember what you watched and show related ads.',
    },
    'google-analytics': {
      label: 'Google Analytics',
      provider: GOOGLE,
      description: 'Measures visits and page views in aggregate.',
    },
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 months', purpose: 'Runs the risk analysis that protects forms from spam.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 months', purpose: 'Estimates your bandwidth and remembers player settings.' },
    YSC: { provider: 'YouTube', duration: 'Session', purpose: 'Counts views of embedded videos.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'Tells visitors apart.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'Keeps the state of your visit.' },
    _gid: { provider: GOOGLE, duration: '24 hours', purpose: 'Tells visitors apart for one day.' },
  },
};

export default en;
