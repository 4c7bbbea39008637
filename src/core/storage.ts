import Cookies from 'js-cookie';
import type { ConsentStorage } from './store.js';
import type { DecisionMethod, SealConfig, StoredConsent } from './types.js';

const METHODS: DecisionMethod[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[a-z0-9][\w-]{0,63}$/i;
/** base64url of a SHA-256 digest. */
const HASH = /^[\w-]{43}$/;
const KEYS = ['v', 'r', 'id', 't', 'c', 's', 'm', 'h'];
const DAY_S = 86_400;
/** Far above any honest record, far below what could make parsing costly. */
const MAX_LENGTH = 3000;

const isFlags = (v: unknown): v is Record<string, boolean> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.entries(v).every(([k, x]) => ID.test(k) && typeof x === 'boolean');

/**
 * Checks a parsed cookie value against the StoredConsent shape. Anything a
 * tampering extension, an old version or a truncated write could produce is
 * rejected, so the store only ever sees a well-formed record.
 */
export function validStoredConsent(v: unknown, nowSeconds: number): v is StoredConsent {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return Object.keys(r).every((k) => KEYS.includes(k)) &&
    r.v === 1 &&
    Number.isInteger(r.r) && (r.r as number) >= 0 &&
    typeof r.id === 'string' && UUID.test(r.id) &&
    typeof r.t === 'number' && Number.isFinite(r.t) && r.t > 0 && r.t <= nowSeconds + DAY_S &&
    isFlags(r.c) && isFlags(r.s) &&
    METHODS.includes(r.m as DecisionMethod) &&
    (r.h === undefined || (typeof r.h === 'string' && HASH.test(r.h)));
}

export interface CookieStorageOptions {
  /** Current time in milliseconds; injectable for tests. */
  now?: () => number;
}

/**
 * The decision in one first-party cookie (`eu-consent` by default). The
 * value is compact JSON, URI-encoded by js-cookie.
 */
export class CookieStorage implements ConsentStorage {
  private readonly name: string;
  private readonly attributes: Cookies.CookieAttributes;
  private readonly now: () => number;

  constructor(config: Pick<SealConfig, 'cookieName' | 'cookieDomain' | 'maxAgeDays'>, options: CookieStorageOptions = {}) {
    this.name = config.cookieName;
    this.now = options.now ?? Date.now;
    this.attributes = {
      path: '/',
      sameSite: 'Lax',
      secure: globalThis.location?.protocol === 'https:',
      expires: config.maxAgeDays,
      ...(config.cookieDomain ? { domain: config.cookieDomain } : {}),
    };
  }

  read(): StoredConsent | null {
    try {
      const raw = Cookies.get(this.name);
      if (!raw || raw.length > MAX_LENGTH) return null;
      const value: unknown = JSON.parse(raw);
      return validStoredConsent(value, this.now() / 1000) ? value : null;
    } catch {
      // Malformed JSON or a broken URI escape: no decision, the banner asks again.
      return null;
    }
  }

  write(record: StoredConsent): void {
    Cookies.set(this.name, JSON.stringify(record), this.attributes);
  }

  clear(): void {
    Cookies.remove(this.name, { path: '/', ...(this.attributes.domain ? { domain: this.attributes.domain } : {}) });
  }
}
