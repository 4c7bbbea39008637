import type { LanguagePack } from './types.js';

/** English: the reference every other language is checked against. */
const en: LanguagePack = {
  lang: 'en',
  dir: 'ltr',
  banner: {
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
  },
  more: {
    preferencesTitle: 'Privacy preferences',
    preferencesIntro:
      'Choose which cookies this site may use. Only the essential ones are on until you say otherwise, and you can come back here whenever you like.',
    saveChoices: 'Save choices',
    alwaysOn: 'Always on',
    serviceCount: { one: '{count} service', other: '{count} services' },
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
  },
  categories: {
    essential: {
      label: 'Session & security',
      description:
        'Sign you in, protect your data and keep the site working (your basket, your uploads). The site cannot work without them, so they are always on.',
    },
    preferences: {
      label: 'Preferences',
      description:
        'Remember how you like the site to look and behave, such as your language, region or time zone. Without them the site still works; it just forgets your choices.',
    },
    interaction: {
      label: 'Interaction history',
      description:
        'Record how you interact with the site: the pages you view and the campaign that brought you here. The site works without them.',
    },
    advertising: {
      label: 'Advertising & marketing',
      description:
        'Make ads more relevant to you and measure how our campaigns perform. Third parties, such as video platforms, may set their own cookies. The site works without them.',
    },
    analytics: {
      label: 'Analytics',
      description:
        'Help us understand how visitors use the site, so we can improve it (Google Analytics). The site works without them.',
    },
  },
  session: 'Session',
  units: {
    minute: { one: '# minute', other: '# minutes' },
    hour: { one: '# hour', other: '# hours' },
    day: { one: '# day', other: '# days' },
    month: { one: '# month', other: '# months' },
    year: { one: '# year', other: '# years' },
  },
  receipt: {
    methods: {
      'accept-all': 'Accepted all',
      'reject-all': 'Rejected all',
      custom: 'Saved custom choices',
      withdraw: 'Withdrew consent',
      gpc: 'Global Privacy Control applied',
    },
    allowed: 'allowed',
    nothingAllowed: 'essential cookies only',
    countersigned: 'countersigned by the site',
    unsigned: 'not signed',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Measures visits and page views in aggregate.',
      cookies: {
        _ga: { purpose: 'Tells visitors apart.' },
        '_ga_*': { purpose: 'Keeps the state of your visit.' },
        _gid: { purpose: 'Tells visitors apart for one day.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Loads the site’s measurement and advertising tags. It sets no cookie itself; the tags it loads ask for your consent.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description: 'Measures which of our ads led to a visit or a purchase, and may show you our ads elsewhere.',
      cookies: {
        _gcl_au: { purpose: 'Links an ad click to a later visit or purchase.' },
        _gcl_aw: { purpose: 'Remembers the ad you clicked to reach us.' },
        _gcl_gb: { purpose: 'Remembers the ad you clicked, for measurement without cookies of other sites.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Tells people from bots when you send a form. Google sets its own cookies, so it waits for your permission.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Runs the risk analysis that protects forms from spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Plays embedded videos. YouTube may remember what you watched and show related ads.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Estimates your bandwidth and remembers player settings.' },
        YSC: { provider: 'YouTube', purpose: 'Counts views of embedded videos.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Plays embedded videos. Vimeo counts views and may recognise your browser.',
      cookies: {
        vuid: { purpose: 'Tells viewers apart to count video views.' },
        __cf_bm: { purpose: 'Tells people from bots (Cloudflare, on Vimeo’s behalf).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Shows interactive maps. Google may link your use of the map to your Google profile.',
      cookies: {
        NID: { purpose: 'Remembers your map settings and links them to ads.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description: 'Tells Meta (Facebook, Instagram) that you visited, to measure and target our ads there.',
      cookies: {
        _fbp: { purpose: 'Tells visitors apart for Meta’s ad measurement.' },
        _fbc: { purpose: 'Remembers the Meta ad you clicked to reach us.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Counts visits and page views to improve the site.',
      cookies: {
        '_pk_id.*': { purpose: 'Tells visitors apart.' },
        '_pk_ses.*': { purpose: 'Groups the pages of one visit.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description: 'Records clicks, scrolling and survey answers so we can see where the site is hard to use.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Tells visitors apart across visits.' },
        '_hjSession_*': { purpose: 'Groups the pages of one visit.' },
        _hjTLDTest: { purpose: 'Finds the domain cookies can be set on; deleted at once.' },
      },
    },
  },
};

export default en;
