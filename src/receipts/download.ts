/**
 * The visitor's copy of their receipts (Kantara §4.7: a receipt the person can
 * read): one JSON file with a short human-readable line per decision, the
 * decoded payloads, and the JWS strings anyone can verify.
 */
import type { DecisionMethod, ReceiptRecord, SealConfig } from '../core/types.js';
import { loadPiece, type Pieces } from '../i18n/pieces.js';
import { primary } from '../core/lang-tag.js';
import { verifyChain } from './chain.js';
import { localize } from './localize.js';

/** The receipt summary's words in one language. */
export type ReceiptWords = Pieces['receipt'];

interface ConsentPart {
  method?: DecisionMethod;
  categories?: Record<string, boolean>;
}

/** `make(lang)`, or `make('en')` for a tag Intl rejects: a malformed language tag must not stop the download. */
function inLanguage<T>(lang: string, make: (lang: string) => T): T {
  try {
    return make(lang);
  } catch {
    return make('en');
  }
}

/** A label and what follows it, with the colon the language writes (French: a narrow no-break space before it). */
const labelled = (lang: string, label: string, text: string) => `${label}${primary(lang) === 'fr' ? '\u202f:' : ':'} ${text}`;

/** One line per receipt, e.g. "23 Nov 2026, 10:04 — Accepted all — allowed: Session & security, Analytics and Preferences". */
export function summaryLine(record: ReceiptRecord, config: SealConfig, lang: string, words: ReceiptWords): string {
  const consent = (record.payload.consent ?? {}) as ConsentPart;
  const seconds = Number(record.payload.consentTimestamp ?? record.payload.iat);
  const dates = inLanguage(lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }));
  const when = Number.isFinite(seconds) ? dates.format(new Date(seconds * 1000)) : '?';
  const method = consent.method ? words.methods[consent.method] ?? consent.method : '?';
  const granted = config.categories.filter((cat) => consent.categories?.[cat.id] === true);
  const allowed = granted.some((cat) => !cat.required)
    ? labelled(lang, words.allowed, inLanguage(lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(granted.map((cat) => localize(cat.label, lang) ?? cat.id)))
    : words.nothingAllowed;
  const notes: string[] = [];
  if (record.serverJws) notes.push(words.countersigned);
  if (record.jws === '') notes.push(labelled(lang, words.unsigned, String(record.payload.unsigned ?? '')));
  return [when, method, allowed, ...notes].join(' — ');
}

export async function buildDownload(records: ReceiptRecord[], config: SealConfig, lang: string): Promise<Record<string, unknown>> {
  const [chain, words] = await Promise.all([verifyChain(records), loadPiece(lang, 'receipt')]);
  return {
    generatedAt: new Date().toISOString(),
    visitorId: records[0]?.payload.piiPrincipalId ?? null,
    summary: records.map((r) => summaryLine(r, config, lang, words)),
    chainValid: chain.valid,
    receipts: records.map(({ jws, payload, serverJws, leafIndex }) =>
      Object.assign({ jws, payload, serverJws: serverJws ?? null }, leafIndex === undefined ? {} : { leafIndex, proof: proofUrl(config, payload.jti) })),
  };
}

/** Where the receipt service answers the inclusion proof of a receipt in its log (server README). */
function proofUrl(config: SealConfig, jti: unknown): string | null {
  try {
    return new URL(`${config.receiptEndpoint?.replace(/\/$/, '')}/${String(jti)}/proof`, globalThis.location?.href).href;
  } catch {
    return null;
  }
}

/** Hands a JSON document to the browser's download flow through a temporary link. */
export function saveJson(doc: Document, filename: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
