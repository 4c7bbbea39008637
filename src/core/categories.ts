import type { CategoryDefinition, CategoryId, ConsentModeType } from './types.js';

/**
 * The five default categories (DESIGN §2) and the built-in services. Site
 * owners override texts, add services and add categories through the config;
 * this module is only the starting point.
 *
 * It ships in the loader, which every visitor downloads, so it holds only what
 * a decided visitor needs: ids and flags. Cookie names and lifetimes come
 * from the service catalogue (`src/catalog/`); the texts the visitor reads live with the languages
 * (`src/i18n/languages/<code>.ts`) and are filled in by `applyDefaultTexts()` when
 * the preference center, a placeholder or a receipt needs them.
 */

/** A fresh copy of the default categories, in display order; callers may mutate it. */
export const defaultCategories = (): CategoryDefinition[] => [
  // Built-in services: their cookies (deleted on withdrawal, listed in the tables) come from the catalogue.
  { id: 'essential', required: true, services: [{ id: 'recaptcha', optIn: true }] },
  { id: 'preferences', services: [] },
  { id: 'interaction', services: [] },
  { id: 'advertising', services: [{ id: 'youtube' }] },
  { id: 'analytics', services: [{ id: 'google-analytics' }] },
];

/** Category → Google Consent Mode types it grants (DESIGN §9). */
export const defaultConsentModeMap: Readonly<Record<CategoryId, readonly ConsentModeType[]>> = {
  essential: ['security_storage'],
  preferences: ['functionality_storage'],
  interaction: ['personalization_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
};

/**
 * Category of each catalogue service that is not built in (`src/catalog/<id>.ts`
 * has the rest of their definition). The config adds one only when it names
 * it (`"services": { "vimeo": true }`), so the loader carries just these ids.
 */
export const CATALOG_CATEGORIES: Readonly<Record<CategoryId, readonly string[]>> = {
  analytics: ['google-tag-manager', 'matomo', 'hotjar'],
  advertising: ['google-ads', 'vimeo', 'google-maps', 'meta-pixel'],
};

/** The catalogue category of a service id, or undefined. */
export const catalogCategory = (id: string): CategoryId | undefined =>
  Object.keys(CATALOG_CATEGORIES).find((c) => CATALOG_CATEGORIES[c].includes(id));
