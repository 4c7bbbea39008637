/** dist/chunks/settings-button.js — the floating settings button, fetched when the page is idle after load. */
export * from '../launcher/settings-button.js';
