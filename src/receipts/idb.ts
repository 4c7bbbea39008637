/**
 * The one IndexedDB database cookie-seal keeps in the browser: the device
 * key, the receipts and the outbox. A tiny promise layer, because the
 * platform API is callback-based and no runtime dependency is allowed for it.
 */
export const DB_NAME = 'cookie-seal';
const DB_VERSION = 1;

export type StoreName = 'keys' | 'receipts' | 'outbox';

export function openDb(name: string = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const request = indexedDB.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('keys')) db.createObjectStore('keys');
      if (!db.objectStoreNames.contains('receipts')) {
        // An auto-increment key gives the insertion order, which is the chain order.
        const receipts = db.createObjectStore('receipts', { keyPath: 'seq', autoIncrement: true });
        receipts.createIndex('jti', 'jti', { unique: true });
      }
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'jti' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version in another tab (or a test deleting the database) proceed.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab'));
  });
}

/**
 * Runs `work` in one transaction and resolves with its result only once the
 * transaction has committed; `strict` durability asks the browser to flush to
 * disk first, so a resolved write survives a crash or an immediate reload.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode, { durability: 'strict' });
    let result: T;
    let failed = false;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    Promise.resolve()
      .then(() => work(tx))
      .then((value) => { result = value; })
      .catch((error) => {
        if (failed) return;
        failed = true;
        try { tx.abort(); } catch { /* already finished */ }
        reject(error);
      });
  });
}

/** Wraps one request; use inside `transact` without awaiting anything else in between. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
