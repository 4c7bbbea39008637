/**
 * dist/chunks/default-texts.js — the default texts of the built-in categories and catalogue
 * services, in the visitor's language, for the parts that show them.
 */
export * from '../i18n/default-texts.js';
