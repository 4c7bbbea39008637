import type { CategoryId, ConsentModeType } from '../core/types.js';

/** A lifetime: a number and a unit (m minutes, h hours, d days, mo months, y years), or `session`. */
export type Lifetime = 'session' | `${number}${'m' | 'h' | 'd' | 'mo' | 'y'}`;

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
}
