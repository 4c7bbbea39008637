import { isObj, isStr, isWhole } from './config.js';
import type { DecisionMethod, StoredConsent } from './types.js';

const METHODS: DecisionMethod[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[a-z0-9][\w-]{0,63}$/i;
/** base64url of a SHA-256 digest. */
const HASH = /^[\w-]{43}$/;
const KEYS = ['v', 'r', 'id', 't', 'c', 's', 'm', 'h'];
/** Far above any honest record, far below what could make parsing costly. */
const MAX_LENGTH = 3000;

const isFlags = (v: unknown): v is Record<string, boolean> =>
  isObj(v) && Object.entries(v).every(([k, x]) => ID.test(k) && typeof x === 'boolean');

/**
 * Checks a parsed cookie value against the StoredConsent shape. Anything a
 * tampering extension, an old version or a truncated write could produce is
 * rejected, so the store only ever sees a well-formed record.
 */
export function validStoredConsent(v: unknown, nowSeconds: number): v is StoredConsent {
  if (!isObj(v)) return false;
  return Object.keys(v).every((k) => KEYS.includes(k)) &&
    v.v === 1 &&
    isWhole(v.r) &&
    isStr(v.id) && UUID.test(v.id) &&
    typeof v.t === 'number' && v.t > 0 && v.t <= nowSeconds + 86_400 &&
    isFlags(v.c) && isFlags(v.s) &&
    METHODS.includes(v.m as DecisionMethod) &&
    (v.h === undefined || (isStr(v.h) && HASH.test(v.h)));
}

/** The raw value of cookie `name` in `cookies` (a `document.cookie` string), or undefined when there is none. */
export const cookieValue = (name: string, cookies: string): string | undefined =>
  cookies.split('; ').find((c) => c.slice(0, name.length + 1) === `${name}=`)?.slice(name.length + 1);

/**
 * The decision stored in cookie `name` of `cookies` (a `document.cookie` string),
 * or null when absent, malformed or tampered with; never throws. This is the
 * loader's reader: js-cookie (which writes the cookie, in the consent chunk)
 * URI-encodes the JSON value.
 */
export function readStoredConsent(name: string, nowMs: number, cookies: string): StoredConsent | null {
  try {
    const raw = cookieValue(name, cookies);
    if (!raw || raw.length > MAX_LENGTH) return null;
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    return validStoredConsent(value, nowMs / 1000) ? value : null;
  } catch {
    // Malformed JSON or a broken URI escape: no decision, the banner asks again.
    return null;
  }
}
