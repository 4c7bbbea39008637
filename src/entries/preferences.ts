/**
 * dist/chunks/preferences.js — the preference center (Lit) and its side of the UI controller,
 * fetched by the banner's chunk on the visitor's intent to open it.
 */
export * from '../ui/preferences.js';
