/**
 * Checks a visitor's receipt history: each receipt is correctly signed, its
 * stored decoded payload is the signed one, and each names the SHA-256 of the
 * one before it in `consent.prev`. Editing, dropping or reordering receipts
 * breaks one of these.
 */
import type { ReceiptRecord } from '../core/types.js';
import { sha256b64url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';
import { decodeJws, verifyJws } from './jws.js';

export interface ChainCheck {
  valid: boolean;
  /** Index (in the list as given, newest first) of the first receipt that fails. */
  brokenAt?: number;
  reason?: string;
}

/** Signature valid and the record's `payload` equal to the signed one. */
export async function verifyRecord(record: ReceiptRecord): Promise<boolean> {
  if (!(await verifyJws(record.jws))) return false;
  const signed = decodeJws(record.jws);
  return signed !== null && canonicalJson(signed.payload) === canonicalJson(record.payload);
}

/**
 * `records` newest first, as `receipts()` returns them. Unsigned fallback
 * receipts (empty `jws`) are not part of the chain and are skipped. The oldest
 * receipt's `prev` is not checked: its predecessor may have been cleared.
 */
export async function verifyChain(records: readonly ReceiptRecord[]): Promise<ChainCheck> {
  const signed = records.map((record, index) => ({ record, index })).filter(({ record }) => record.jws !== '');
  for (let i = 0; i < signed.length; i++) {
    const { record, index } = signed[i];
    if (!(await verifyRecord(record))) return { valid: false, brokenAt: index, reason: 'signature or payload does not verify' };
    const older = signed[i + 1];
    if (!older) break;
    const prev = (decodeJws(record.jws)?.payload.consent as { prev?: unknown } | undefined)?.prev;
    if (prev !== (await sha256b64url(older.record.jws))) {
      return { valid: false, brokenAt: index, reason: 'consent.prev does not match the previous receipt' };
    }
  }
  return { valid: true };
}
