import type { DefaultTexts } from './catalog.js';

/** English texts of the default categories (service texts: src/catalog/). */
const en: DefaultTexts = {
  lang: 'en',
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
  session: 'Session',
  // Cookie lifetimes, in the plural forms of Intl.PluralRules (the same words as CLDR's units).
  units: {
    minute: { one: '# minute', other: '# minutes' },
    hour: { one: '# hour', other: '# hours' },
    day: { one: '# day', other: '# days' },
    month: { one: '# month', other: '# months' },
    year: { one: '# year', other: '# years' },
  },
};

export default en;
