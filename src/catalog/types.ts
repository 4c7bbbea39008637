import type { CategoryId, ConsentModeType } from '../core/types.js';

/** A lifetime: a number and a unit (m minutes, h hours, d days, mo months, y years), or `session`. */
export type Lifetime = 'session' | `${number}${'m' | 'h' | 'd' | 'mo' | 'y'}`;

/** What a visitor reads about a cookie; `provider` and `duration` only where the entry's provider or the formatted lifetime would not do. */
export interface CookieTexts {
  purpose: string;
  provider?: string;
  duration?: string;
}

/** The words of one service in one language. */
export interface ServiceTexts {
  label: string;
  /** Only where the provider's name is written differently from the entry's. */
  provider?: string;
  description: string;
  /** By cookie name, as in `CatalogEntry.cookies`. */
  cookies: Record<string, CookieTexts>;
}

/** One ready-made service definition (`src/catalog/<id>.ts`). */
export interface CatalogEntry {
  category: CategoryId;
  provider: string;
  /** Hosts its scripts and frames load from. */
  hosts: string[];
  /** Cookie name (a trailing `*` matches a prefix) → lifetime. */
  cookies: Record<string, Lifetime>;
  /** The Consent Mode types the service reads, for Google tags. */
  consentMode?: ConsentModeType[];
  /** English, the language used when the visitor's has no translation (`fr/<id>.ts`, `ar/<id>.ts`). */
  texts: ServiceTexts;
}
