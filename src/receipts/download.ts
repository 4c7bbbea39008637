/**
 * The visitor's copy of their receipts (Kantara §4.7: a receipt the person can
 * read): one JSON file with a short human-readable line per decision, the
 * decoded payloads, and the JWS strings anyone can verify.
 */
import type { DecisionMethod, ReceiptRecord, SealConfig } from '../core/types.js';
import { verifyChain } from './chain.js';
import { localize } from './localize.js';

const METHOD_LABELS: Record<'en' | 'fr', Record<DecisionMethod, string>> = {
  en: {
    'accept-all': 'Accepted all',
    'reject-all': 'Rejected all',
    custom: 'Saved custom choices',
    withdraw: 'Withdrew consent',
    gpc: 'Global Privacy Control applied',
  },
  fr: {
    'accept-all': 'Tout accepté',
    'reject-all': 'Tout refusé',
    custom: 'Choix personnalisés enregistrés',
    withdraw: 'Consentement retiré',
    gpc: 'Global Privacy Control appliqué',
  },
};

const NOTES = {
  en: { allowed: 'allowed', countersigned: 'countersigned by the site', unsigned: 'not signed' },
  fr: { allowed: 'autorisé', countersigned: 'contresigné par le site', unsigned: 'non signé' },
};

interface ConsentPart {
  method?: DecisionMethod;
  categories?: Record<string, boolean>;
}

function dateFormat(lang: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    // A malformed language tag must not stop the download.
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  }
}

/** One line per receipt, e.g. "23 Nov 2026, 10:04 — Accepted all: Analytics, Advertising & marketing". */
export function summaryLine(record: ReceiptRecord, config: SealConfig, lang: string): string {
  const table = lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const consent = (record.payload.consent ?? {}) as ConsentPart;
  const seconds = Number(record.payload.consentTimestamp ?? record.payload.iat);
  const when = Number.isFinite(seconds) ? dateFormat(lang).format(new Date(seconds * 1000)) : '?';
  const method = consent.method ? METHOD_LABELS[table][consent.method] ?? consent.method : '?';
  const granted = config.categories
    .filter((cat) => consent.categories?.[cat.id] === true)
    .map((cat) => localize(cat.label, lang) ?? cat.id);
  const notes: string[] = [];
  if (record.serverJws) notes.push(NOTES[table].countersigned);
  if (record.jws === '') notes.push(`${NOTES[table].unsigned}: ${String(record.payload.unsigned ?? '')}`);
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${when} — ${method}; ${NOTES[table].allowed}: ${granted.join(', ')}${suffix}`;
}

export async function buildDownload(records: ReceiptRecord[], config: SealConfig, lang: string): Promise<Record<string, unknown>> {
  const chain = await verifyChain(records);
  return {
    generatedAt: new Date().toISOString(),
    visitorId: records[0]?.payload.piiPrincipalId ?? null,
    summary: records.map((r) => summaryLine(r, config, lang)),
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
