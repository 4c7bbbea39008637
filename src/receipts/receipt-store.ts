/**
 * The visitor's receipts and the outbox of receipts waiting for the receipt
 * service, both in IndexedDB. Every method resolves only after its
 * transaction committed, so a resolved write survives an immediate reload.
 */
import type { ReceiptRecord } from '../core/types.js';
import { request, transact } from './idb.js';

/** A receipt as kept locally. */
export interface StoredReceipt extends ReceiptRecord {
  /** Insertion order (auto-increment key): the order of the hash chain. */
  seq?: number;
  jti: string;
  /** Why the receipt service refused the receipt, when it did (it is not retried). */
  serverError?: string;
  /** Its position in the receipt service's log, from the countersignature. */
  leafIndex?: number;
}

/** A receipt JWS not yet accepted by the receipt service. */
export interface OutboxItem {
  jti: string;
  jws: string;
  attempts: number;
  /** Milliseconds since the epoch before which it is not retried. */
  nextAt: number;
}

export class ReceiptStore {
  constructor(private readonly db: IDBDatabase) {}

  /** Saves a new receipt and, when `queue` is set, its outbox entry in the same transaction. */
  add(receipt: StoredReceipt, queue: boolean): Promise<void> {
    return transact(this.db, ['receipts', 'outbox'], 'readwrite', async (tx) => {
      await request(tx.objectStore('receipts').add(receipt));
      if (queue) {
        const item: OutboxItem = { jti: receipt.jti, jws: receipt.jws, attempts: 0, nextAt: 0 };
        await request(tx.objectStore('outbox').put(item));
      }
    });
  }

  /** Every receipt, newest first. */
  async list(): Promise<StoredReceipt[]> {
    const all = await transact(this.db, ['receipts'], 'readonly', (tx) => request<StoredReceipt[]>(tx.objectStore('receipts').getAll()));
    return all.reverse();
  }

  /** The newest receipt, the one the next receipt chains to. */
  latest(): Promise<StoredReceipt | undefined> {
    return transact(this.db, ['receipts'], 'readonly', async (tx) => {
      const cursor = await request(tx.objectStore('receipts').openCursor(null, 'prev'));
      return (cursor?.value as StoredReceipt | undefined) ?? undefined;
    });
  }

  outbox(): Promise<OutboxItem[]> {
    return transact(this.db, ['outbox'], 'readonly', (tx) => request<OutboxItem[]>(tx.objectStore('outbox').getAll()));
  }

  /** Records a failed attempt so the next one waits. */
  reschedule(item: OutboxItem): Promise<void> {
    return transact(this.db, ['outbox'], 'readwrite', async (tx) => {
      // The item may have been settled by another tab meanwhile: do not resurrect it.
      if (await request(tx.objectStore('outbox').getKey(item.jti))) await request(tx.objectStore('outbox').put(item));
    });
  }

  /** Takes a receipt out of the outbox and notes the outcome on the receipt, atomically. */
  settle(jti: string, outcome: { serverJws?: string; serverError?: string; leafIndex?: number }): Promise<StoredReceipt | undefined> {
    return transact(this.db, ['receipts', 'outbox'], 'readwrite', async (tx) => {
      await request(tx.objectStore('outbox').delete(jti));
      const receipts = tx.objectStore('receipts');
      const found = await request<StoredReceipt | undefined>(receipts.index('jti').get(jti));
      if (!found) return undefined;
      const updated: StoredReceipt = { ...found, ...outcome };
      await request(receipts.put(updated));
      return updated;
    });
  }
}
