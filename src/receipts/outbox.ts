/**
 * Delivers receipts to the receipt service. A receipt is in the outbox from
 * the moment it is saved until the service accepted it (201/200) or refused it
 * for good (4xx); network errors, 5xx, 408 and 429 keep it there and it is
 * retried with exponential backoff, in this page and on later page loads.
 */
import { sha256b64url } from './base64url.js';
import { decodeJws } from './jws.js';
import { markOutbox } from '../core/outbox-hint.js';
import type { OutboxItem, ReceiptStore, StoredReceipt } from './receipt-store.js';

export interface OutboxOptions {
  endpoint: string;
  store: ReceiptStore;
  /** Called with the updated receipt once the service countersigned it. */
  onCountersigned: (receipt: StoredReceipt) => void;
  fetch?: typeof fetch;
  now?: () => number;
  /** First retry delay in ms; doubles per attempt up to `maxDelay`. */
  baseDelay?: number;
  maxDelay?: number;
  /** After this many failed attempts the receipt stays local only, with the error noted. */
  maxAttempts?: number;
}

// Chromium caps in-flight keepalive bodies at 64 KiB; receipts are far smaller.
const KEEPALIVE_LIMIT = 60_000;
const RETRYABLE = new Set([408, 429]);

export class Outbox {
  private readonly inFlight = new Set<string>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {}

  /** Sends every due receipt once; concurrent calls share one run. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.exclusive(() => this.run()).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  /** Cancels the retry timer (a page that no longer wants background work, or a test). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /**
   * One tab at a time: two tabs flushing the same outbox would post each
   * receipt twice. A tab that waits reads the outbox after the other one is
   * done, so it only sends what is still there.
   */
  private async exclusive(work: () => Promise<void>): Promise<void> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (!locks) return work();
    await locks.request('cookie-seal-outbox', () => work());
  }

  private async run(): Promise<void> {
    const items = await this.options.store.outbox();
    for (const item of items) {
      if (this.stopped) return;
      if (item.nextAt > this.now() || this.inFlight.has(item.jti)) continue;
      this.inFlight.add(item.jti);
      try {
        await this.send(item);
      } finally {
        this.inFlight.delete(item.jti);
      }
    }
    const left = await this.options.store.outbox();
    markOutbox(left.length > 0);
    if (left.length > 0) this.schedule(Math.min(...left.map((i) => i.nextAt)));
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, at - this.now()));
  }

  private async send(item: OutboxItem): Promise<void> {
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.options.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/jose' },
        body: item.jws,
        credentials: 'omit',
        // A withdrawal reloads the page right after deciding; keepalive lets the POST finish.
        keepalive: item.jws.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return this.retry(item);
    }
    if (response.status >= 500 || RETRYABLE.has(response.status)) return this.retry(item);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      await this.options.store.settle(item.jti, { serverError: `HTTP ${response.status}: ${errorText(body) ?? response.statusText}` });
      return;
    }
    const serverJws = (body as { serverJws?: unknown } | null)?.serverJws;
    const problem = await countersignatureProblem(serverJws, item);
    const leafIndex = decodeJws(serverJws)?.payload.leafIndex;
    const accepted = Object.assign({ serverJws: serverJws as string }, Number.isSafeInteger(leafIndex) ? { leafIndex: leafIndex as number } : {});
    const updated = await this.options.store.settle(item.jti, problem ? { serverError: problem } : accepted);
    if (!problem && updated) this.options.onCountersigned(updated);
  }

  private async retry(item: OutboxItem): Promise<void> {
    const attempts = item.attempts + 1;
    if (attempts >= (this.options.maxAttempts ?? 50)) {
      await this.options.store.settle(item.jti, { serverError: `receipt service unreachable after ${attempts} attempts` });
      return;
    }
    const delay = Math.min((this.options.baseDelay ?? 2000) * 2 ** (attempts - 1), this.options.maxDelay ?? 300_000);
    await this.options.store.reschedule({ ...item, attempts, nextAt: this.now() + delay });
  }
}

/** A countersignature must name this receipt (`jti`) and hash its exact JWS; the key is checked with the JWKS later. */
async function countersignatureProblem(serverJws: unknown, item: OutboxItem): Promise<string | null> {
  const decoded = decodeJws(serverJws);
  if (!decoded) return 'the receipt service answered without a countersigned receipt';
  if (decoded.payload.jti !== item.jti || decoded.payload.receiptHash !== (await sha256b64url(item.jws))) {
    return 'the countersignature does not match this receipt';
  }
  return null;
}

function errorText(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { error, message } = body as { error?: unknown; message?: unknown };
  const parts = [error, message].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(': ') : undefined;
}
