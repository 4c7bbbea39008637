/**
 * Entry of the receipts chunk (dist/chunks/receipts.js): every decision
 * becomes a signed Kantara consent receipt, kept in IndexedDB, chained to the
 * previous one, emitted as `seal-receipt` and, with `receiptEndpoint`, sent to
 * the receipt service through a durable outbox. When WebCrypto or IndexedDB is
 * missing, consent still works and the receipt says why it is unsigned.
 */
import { emit } from '../core/events.js';
import type { ConsentStore, Note } from '../core/store.js';
import type { ConsentChange, ReceiptRecord, SealConfig } from '../core/types.js';
import { sha256b64url } from './base64url.js';
import { loadDeviceKey, type DeviceKey } from './device-key.js';
import { buildDownload, saveJson } from './download.js';
import { openDb } from './idb.js';
import { signJws, verifyJws, type JwksInput } from './jws.js';
import { Outbox } from './outbox.js';
import { markOutbox } from '../core/outbox-hint.js';
import { buildReceiptPayload } from './payload.js';
import { ReceiptStore, type StoredReceipt } from './receipt-store.js';
import { textsHash } from './texts-hash.js';
import { uuidv4 } from '../core/uuid.js';
import { withDefaultTexts } from '../i18n/default-texts.js';

export { verifyJws, decodeJws, signJws, sha256b64url } from './jws.js';
export { verifyChain, verifyRecord, type ChainCheck } from './chain.js';
export { buildReceiptPayload } from './payload.js';

/** The JWS `typ` of a device-signed receipt (DESIGN §10). */
export const RECEIPT_TYP = 'consent-receipt+jwt';

export interface ReceiptsOptions {
  config: SealConfig;
  lang: string;
  /** How the receipts note a new visitor id and the latest receipt's hash in the stored decision (`provide()`'s). */
  note: Note;
  document?: Document;
  /** IndexedDB database name; tests use their own. */
  dbName?: string;
  fetch?: typeof fetch;
  /** Outbox retry timing in ms (tests shorten it). */
  retry?: { baseDelay?: number; maxDelay?: number };
}

export interface Receipts {
  /** Signs, stores and emits the receipt of a decision; resolves once it is durable. Never rejects. */
  record(change: ConsentChange): Promise<ReceiptRecord | null>;
  /** Every receipt, newest first. */
  receipts(): Promise<ReceiptRecord[]>;
  verifyReceipt(jws: string, jwks?: unknown): Promise<boolean>;
  /** Sends queued receipts to the receipt service now. */
  flush(): Promise<void>;
  /** Saves the visitor's receipts as a JSON file. */
  download(): Promise<void>;
  /** Resolves once every `record()` started so far has finished writing. */
  settled(): Promise<void>;
  /** Stops background retries (the page keeps its receipts; a later load sends them). */
  close(): void;
}

interface Storage {
  db: IDBDatabase;
  store: ReceiptStore;
  outbox: Outbox | null;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const publicRecord = ({ jws, payload, serverJws, serverError, leafIndex }: StoredReceipt): ReceiptRecord =>
  Object.assign({ jws, payload }, serverJws ? { serverJws } : {}, typeof leafIndex === 'number' ? { leafIndex } : {}, serverError ? { serverError } : {});

/** A bad `receiptEndpoint` must not cost the visitor their signed receipts: they stay local. */
function endpointUrl(endpoint: string | undefined, origin: string): string | null {
  if (!endpoint) return null;
  try {
    return new URL(endpoint, origin).href;
  } catch {
    console.error(`[cookie-seal] receiptEndpoint "${endpoint}" is not a URL; receipts are kept in this browser only.`);
    return null;
  }
}

export function createReceipts(consent: ConsentStore, options: ReceiptsOptions): Receipts {
  const { config, lang } = options;
  const doc = options.document ?? document;
  const origin = doc.location?.origin ?? location.origin;
  /** Receipts that could not be signed or stored, newest first; they live as long as the page. */
  const memory: ReceiptRecord[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  let storage: Promise<Storage> | undefined;
  let key: Promise<DeviceKey> | undefined;
  let liveOutbox: Outbox | null = null;
  let closed = false;
  /** The config as the visitor is shown it: with the default texts in their language (the config itself if those fail to load). */
  let asShown: Promise<SealConfig> | undefined;
  const shownConfig = () =>
    (asShown ??= withDefaultTexts(config.categories, lang).then((categories) => ({ ...config, categories }), () => {
      asShown = undefined;
      return config;
    }));

  const openStorage = (): Promise<Storage> =>
    (storage ??= openDb(options.dbName).then((db) => {
      const store = new ReceiptStore(db);
      const endpoint = endpointUrl(config.receiptEndpoint, origin);
      const outbox = endpoint
        ? new Outbox({
            endpoint,
            store,
            fetch: options.fetch,
            ...options.retry,
            onCountersigned: (receipt) => emit('seal-receipt', publicRecord(receipt), doc),
          })
        : null;
      if (closed) outbox?.stop();
      liveOutbox = outbox;
      return { db, store, outbox };
    }));

  const deviceKey = (db: IDBDatabase): Promise<DeviceKey> => {
    if (!globalThis.crypto?.subtle) return Promise.reject(new Error('WebCrypto is not available (old browser or a page not served over https)'));
    // A failure is not cached: the next decision tries again.
    return (key ??= loadDeviceKey(db).catch((error) => {
      key = undefined;
      throw error;
    }));
  };

  function keepUnsigned(change: ConsentChange, shown: SealConfig, hash: string | null, reason: string): ReceiptRecord {
    const payload = { ...buildReceiptPayload({ change, config: shown, lang, textsHash: hash, prev: null, now: Date.now(), origin }), unsigned: reason };
    const receipt = { jws: '', payload };
    memory.unshift(receipt);
    emit('seal-receipt', receipt, doc);
    return receipt;
  }

  async function sign(change: ConsentChange): Promise<ReceiptRecord> {
    // The payload names categories and services in the words the visitor was shown.
    const [hash, shown] = await Promise.all([textsHash(config, lang).catch(() => null), shownConfig()]);
    let backend: Storage;
    let jws: string;
    let payload: Record<string, unknown>;
    try {
      backend = await openStorage();
      const device = await deviceKey(backend.db);
      if (device.fresh) {
        device.fresh = false;
        // A new key for a visitor id that already signed receipts (the browser lost its
        // storage but kept the cookie): the service pins an id to its first key, so this key
        // starts a new visitor id instead of being refused.
        const record = consent.current;
        if (record?.h) {
          options.note({ id: uuidv4() });
          change = { ...change, state: { ...change.state, visitorId: consent.current?.id ?? null } };
        }
      }
      const latest = await backend.store.latest();
      // With no local history the cookie still knows the hash of the last receipt (storage may have been cleared).
      const prev = latest ? await sha256b64url(latest.jws) : consent.current?.h ?? null;
      payload = buildReceiptPayload({ change, config: shown, lang, textsHash: hash, prev, now: Date.now(), origin });
      jws = await signJws(payload, device.privateKey, { typ: RECEIPT_TYP, jwk: device.publicJwk });
    } catch (error) {
      return keepUnsigned(change, shown, hash, `receipt not signed: ${message(error)}`);
    }
    const receipt: ReceiptRecord = { jws, payload };
    try {
      await backend.store.add({ jti: String(payload.jti), jws, payload }, backend.outbox !== null);
      if (backend.outbox) markOutbox(true);
    } catch (error) {
      // Signed but not stored: keep it for this page so the visitor still gets it.
      console.warn('[cookie-seal] the signed receipt could not be stored:', error);
      memory.unshift(receipt);
    }
    try {
      options.note({ h: await sha256b64url(jws) });
    } catch (error) {
      // The receipt is signed and stored; only the cookie's pointer to it is missing.
      console.warn('[cookie-seal] could not note the receipt hash in the consent cookie:', error);
    }
    emit('seal-receipt', receipt, doc);
    void backend.outbox?.flush().catch(() => undefined);
    return receipt;
  }

  async function stored(): Promise<ReceiptRecord[]> {
    try {
      return (await (await openStorage()).store.list()).map(publicRecord);
    } catch {
      return [];
    }
  }

  return {
    record(change) {
      // Serialised, so each receipt chains to the one recorded just before it.
      const result = tail.then(() => sign(change)).catch((error) => {
        console.error('[cookie-seal] could not record the consent receipt:', error);
        return null;
      });
      tail = result;
      return result;
    },

    async receipts() {
      const all = [...memory, ...(await stored())];
      // Stable sort: within one second the insertion order (already newest first) is kept.
      return all.sort((a, b) => Number(b.payload.iat ?? 0) - Number(a.payload.iat ?? 0));
    },

    verifyReceipt(jws, jwks) {
      if (jwks === undefined) return verifyJws(jws);
      const valid = typeof jwks === 'string' || (jwks !== null && typeof jwks === 'object' && Array.isArray((jwks as { keys?: unknown }).keys));
      return valid ? verifyJws(jws, jwks as JwksInput) : Promise.resolve(false);
    },

    async flush() {
      // Without a receipt service there is nothing to send: do not even open the database.
      if (!config.receiptEndpoint) return;
      try {
        await (await openStorage()).outbox?.flush();
      } catch (error) {
        console.warn('[cookie-seal] could not send queued receipts:', error);
      }
    },

    async download() {
      try {
        const data = await buildDownload(await this.receipts(), await shownConfig(), lang);
        saveJson(doc, `consent-receipts-${new Date().toISOString().slice(0, 10)}.json`, data);
      } catch (error) {
        console.error('[cookie-seal] could not prepare the receipts download:', error);
      }
    },

    settled: () => tail.then(() => undefined),

    close() {
      closed = true;
      liveOutbox?.stop();
    },
  };
}
