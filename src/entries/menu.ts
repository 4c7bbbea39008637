/**
 * dist/chunks/menu.js — the settings button's menu (Lit, floating-ui), fetched by the banner's
 * chunk when the visitor opens it.
 */
export * from '../ui/menu.js';
