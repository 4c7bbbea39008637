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
    // Catalogue services (src/core/catalog.ts): provider and lifetimes come from there.
    'google-tag-manager': { label: 'Google Tag Manager', description: 'Loads the site’s measurement and advertising tags. It sets no cookie itself; the tags it loads ask for your consent.' },
    'google-ads': { label: 'Google Ads', description: 'Measures which of our ads led to a visit or a purchase, and may show you our ads elsewhere.' },
    vimeo: { label: 'Vimeo', description: 'Plays embedded videos. Vimeo counts views and may recognise your browser.' },
    'google-maps': { label: 'Google Maps', description: 'Shows interactive maps. Google may link your use of the map to your Google profile.' },
    'meta-pixel': { label: 'Meta Pixel', description: 'Tells Meta (Facebook, Instagram) that you visited, to measure and target our ads there.' },
    matomo: { label: 'Matomo', description: 'Counts visits and page views to improve the site.' },
    hotjar: { label: 'Hotjar', description: 'Records clicks, scrolling and survey answers so we can see where the site is hard to use.' },
  },
  cookies: {
    _GRECAPTCHA: { provider: GOOGLE, duration: '6 months', purpose: 'Runs the risk analysis that protects forms from spam.' },
    VISITOR_INFO1_LIVE: { provider: 'YouTube', duration: '6 months', purpose: 'Estimates your bandwidth and remembers player settings.' },
    YSC: { provider: 'YouTube', duration: 'Session', purpose: 'Counts views of embedded videos.' },
    _ga: { provider: GOOGLE, duration: YEARS2, purpose: 'Tells visitors apart.' },
    '_ga_*': { provider: GOOGLE, duration: YEARS2, purpose: 'Keeps the state of your visit.' },
    _gid: { provider: GOOGLE, duration: '24 hours', purpose: 'Tells visitors apart for one day.' },
    _gcl_au: { purpose: 'Links an ad click to a later visit or purchase.' },
    _gcl_aw: { purpose: 'Remembers the ad you clicked to reach us.' },
    _gcl_gb: { purpose: 'Remembers the ad you clicked, for measurement without cookies of other sites.' },
    vuid: { purpose: 'Tells viewers apart to count video views.' },
    __cf_bm: { purpose: 'Tells people from bots (Cloudflare, on Vimeo’s behalf).' },
    NID: { purpose: 'Remembers your map settings and links them to ads.' },
    _fbp: { purpose: 'Tells visitors apart for Meta’s ad measurement.' },
    _fbc: { purpose: 'Remembers the Meta ad you clicked to reach us.' },
    '_pk_id.*': { purpose: 'Tells visitors apart.' },
    '_pk_ses.*': { purpose: 'Groups the pages of one visit.' },
    '_hjSessionUser_*': { purpose: 'Tells visitors apart across visits.' },
    '_hjSession_*': { purpose: 'Groups the pages of one visit.' },
    _hjTLDTest: { purpose: 'Finds the domain cookies can be set on; deleted at once.' },
  },
  session: 'Session',
};

export default en;
