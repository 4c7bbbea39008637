/**
 * dist/chunks/strings.js — every interface string of one language, with the site's overrides:
 * what the preference center and the menu show beyond the banner's words.
 */
export * from '../i18n/index.js';
