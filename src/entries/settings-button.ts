/**
 * dist/chunks/settings-button-<code>.js — the floating settings button, fetched when the page is
 * idle after load; one file per built-in language, with the button's name in that language as
 * `buttonLabel` (scripts/build/words-per-language.mjs).
 */
export * from '../launcher/settings-button.js';
