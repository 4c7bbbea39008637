/**
 * dist/chunks/ui-<code>.js — the banner, one file per built-in language with that language's
 * banner words in it (scripts/build/words-per-language.mjs), preloaded by the loader on a first
 * visit; it fetches the preference center and the quick menu when they are asked for.
 */
export * from '../ui/index.js';
