/**
 * dist/chunks/ui.js — the banner (Lit), preloaded by the loader on a first visit;
 * it fetches the preference center and the quick menu when they are asked for.
 */
export * from '../ui/index.js';
