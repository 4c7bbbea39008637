import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { makeSealer } from '../countersign.js';
import { ensurePrivateDir } from '../keys.js';

/**
 * @typedef {{ id: string, jws: string, serverJws: string, receivedAt: string, receiptHash: string, leafIndex: number | null }} ReceiptRow
 * @typedef {{ id: string, jws: string, receiptHash: string, sub: string, keyThumbprint: string,
 *   claims: import('../countersign.js').BaseClaims }} NewReceipt
 *   a verified receipt; the storage countersigns it (with `claims`) once the database gave it
 *   its leaf index and time
 * @typedef {{ status: 'created' | 'duplicate' | 'conflict', row: ReceiptRow } | { status: 'key_conflict', row: null }} InsertResult
 * @typedef {{ leafIndex: number, id: string, receivedAt: string, receiptHash: string }} LeafRow
 * @typedef {{
 *   kind: string,
 *   setSigner(spec: import('../countersign.js').SignerSpec): void,
 *   insert(entry: NewReceipt): Promise<InsertResult>,
 *   get(id: string): Promise<ReceiptRow | null>,
 *   leaves(from: number, limit: number): Promise<LeafRow[]>,
 *   exportSince(since?: Date | null): AsyncIterable<ReceiptRow>,
 *   health(): Promise<void>,
 *   close(): Promise<void>,
 * }} Storage
 */

const PAGE = 500;
/** How often the checkpointer thread copies the WAL into the database. */
const CHECKPOINT_MS = 100;
/** WAL pages (4 KiB) after which the writer checkpoints itself: only if the checkpointer lags. */
const SAFETY_CHECKPOINT_PAGES = 4000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS seal_receipts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  jws TEXT NOT NULL,
  server_jws TEXT NOT NULL,
  received_at TEXT NOT NULL,
  receipt_hash TEXT NOT NULL,
  leaf_index INTEGER
);
CREATE TABLE IF NOT EXISTS seal_visitors (
  sub TEXT PRIMARY KEY,
  key_thumbprint TEXT NOT NULL,
  first_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS seal_receipts_received_at ON seal_receipts (received_at, seq);
CREATE TRIGGER IF NOT EXISTS seal_receipts_no_update BEFORE UPDATE ON seal_receipts
  BEGIN SELECT RAISE(ABORT, 'seal_receipts is append-only'); END;
CREATE TRIGGER IF NOT EXISTS seal_receipts_no_delete BEFORE DELETE ON seal_receipts
  BEGIN SELECT RAISE(ABORT, 'seal_receipts is append-only'); END;
CREATE TRIGGER IF NOT EXISTS seal_visitors_no_update BEFORE UPDATE ON seal_visitors
  BEGIN SELECT RAISE(ABORT, 'seal_visitors is append-only'); END;
CREATE TRIGGER IF NOT EXISTS seal_visitors_no_delete BEFORE DELETE ON seal_visitors
  BEGIN SELECT RAISE(ABORT, 'seal_visitors is append-only'); END;
`;

const COLUMNS = 'seq, id, jws, server_jws AS serverJws, received_at AS receivedAt, receipt_hash AS receiptHash, leaf_index AS leafIndex';

/** @param {any} r @returns {ReceiptRow} */
const toRow = (r) => ({ id: r.id, jws: r.jws, serverJws: r.serverJws, receivedAt: r.receivedAt, receiptHash: r.receiptHash, leafIndex: r.leafIndex ?? null });

const STATUS = /** @type {const} */ (['created', 'duplicate', 'conflict', 'key_conflict']);

/**
 * The writer's flat answer for the i-th receipt of a batch, as an InsertResult. The row is
 * rebuilt from what this thread sent; only a conflicting stored receipt comes back whole.
 * @param {NewReceipt} entry @param {{ out: any[], conflicts: Record<number, { jws: string, receiptHash: string }> }} msg @param {number} i
 * @returns {InsertResult}
 */
function toResult(entry, { out, conflicts }, i) {
  const status = /** @type {typeof STATUS[number]} */ (STATUS[out[4 * i]]);
  if (status === 'key_conflict') return { status, row: null };
  const other = conflicts[i];
  return {
    status,
    row: {
      id: entry.id, jws: other ? other.jws : entry.jws, serverJws: out[4 * i + 1], receivedAt: out[4 * i + 2],
      receiptHash: other ? other.receiptHash : entry.receiptHash, leafIndex: out[4 * i + 3],
    },
  };
}

/** Owner-only database files (0600), whatever the umask: created so, and corrected if not. */
function restrictFiles(/** @type {string} */ file) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * A database from before the log: number its rows in insertion order, once.
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const columns = /** @type {Array<{ name: string }>} */ (db.prepare('PRAGMA table_info(seal_receipts)').all());
  if (columns.some((c) => c.name === 'leaf_index')) return;
  db.transaction(() => {
    db.exec(`ALTER TABLE seal_receipts ADD COLUMN leaf_index INTEGER;
      DROP TRIGGER seal_receipts_no_update;
      UPDATE seal_receipts SET leaf_index = (SELECT count(*) FROM seal_receipts AS r WHERE r.seq < seal_receipts.seq);`);
  })();
}

/**
 * SQLite storage. WAL + synchronous=FULL: a commit returns only once it is on disk.
 * Receipts verified while the previous batch is being written share the next transaction
 * (group commit): one fsync between them, done by the writer thread (sqlite-writer.js) while
 * this thread goes on verifying. Inside the transaction the database hands out the leaf
 * indexes (max + 1) and the receipts are countersigned with them. A third thread
 * (sqlite-checkpointer.js) copies the WAL back into the database, so no commit waits for that.
 * Reads use this thread's own connection (WAL: readers never wait for the writer).
 * @param {{ file: string, log?: boolean }} options `log: false` only for the bench's baseline
 * @returns {Storage}
 */
export function openSqlite({ file, log = true }) {
  if (file !== ':memory:') {
    ensurePrivateDir(dirname(file));
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
    restrictFiles(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'seal_receipts'").get();
  if (hasTable) migrate(db);
  db.exec(SCHEMA);
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS seal_receipts_leaf ON seal_receipts (leaf_index)');
  if (file !== ':memory:') restrictFiles(file);

  const getStmt = db.prepare(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = ?`);
  const leavesStmt = db.prepare(
    'SELECT leaf_index AS leafIndex, id, received_at AS receivedAt, receipt_hash AS receiptHash FROM seal_receipts WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?',
  );
  const pageStmt = db.prepare(
    `SELECT ${COLUMNS} FROM seal_receipts WHERE received_at >= ? AND seq > ? ORDER BY seq LIMIT ${PAGE}`,
  );

  // Writes go through the writer thread (sqlite-writer.js); one batch in flight at a time.
  const onDisk = file !== ':memory:';
  const writer = new Worker(new URL('./sqlite-writer.js', import.meta.url), {
    workerData: { file, log, autoCheckpoint: onDisk ? SAFETY_CHECKPOINT_PAGES : 1000 },
  });
  // An idle writer does not keep the process alive (a CLI that failed must be able to exit).
  writer.unref();
  // Checkpoints off the commit path (sqlite-checkpointer.js). If it fails, the writer's own
  // automatic checkpoint (SAFETY_CHECKPOINT_PAGES) still bounds the WAL.
  const checkpointer = onDisk
    ? new Worker(new URL('./sqlite-checkpointer.js', import.meta.url), { workerData: { file, intervalMs: CHECKPOINT_MS } })
    : null;
  let checkpointerRunning = checkpointer !== null;
  checkpointer?.unref();
  checkpointer?.on('error', () => {}); // the writer's safety checkpoint takes over
  checkpointer?.on('exit', () => { checkpointerRunning = false; });
  /** @type {Array<{ entry: NewReceipt, resolve: (r: InsertResult) => void, reject: (e: unknown) => void }>} */
  let pending = [];
  /** @type {typeof pending | null} */
  let inFlight = null;
  /** @type {Error | null} */
  let writerError = null;
  writer.on('error', (err) => {
    writerError = err;
    for (const p of [...(inFlight ?? []), ...pending]) p.reject(err);
    inFlight = null;
    pending = [];
  });
  writer.on('message', (msg) => {
    const batch = inFlight ?? [];
    inFlight = null;
    if (msg.type === 'done') batch.forEach((p, i) => p.resolve(toResult(p.entry, msg, i)));
    else batch.forEach((p) => p.reject(new Error(`the receipt could not be stored: ${msg.message}`)));
    send();
    if (!inFlight) writer.unref();
  });
  function send() {
    if (inFlight || pending.length === 0) return;
    inFlight = pending;
    pending = [];
    writer.ref(); // a write on its way to disk keeps the process alive
    // Flat strings, not objects: cheaper to copy into the writer thread.
    const items = [];
    for (const { entry: e } of inFlight) items.push(e.id, e.jws, e.receiptHash, e.sub, e.keyThumbprint, e.claims.iss, e.claims.jti);
    writer.postMessage({ type: 'batch', items });
  }

  let closed = false;
  return {
    kind: 'sqlite',
    setSigner(spec) {
      makeSealer(spec); // fails here, on the caller's thread, if the key is unusable
      writer.postMessage({ type: 'signer', signer: spec });
    },
    insert(entry) {
      if (closed) return Promise.reject(new Error('storage is closed'));
      if (writerError) return Promise.reject(writerError);
      return new Promise((resolve, reject) => {
        // Everything verified in this event-loop turn goes in one batch.
        if (pending.push({ entry, resolve, reject }) === 1) setImmediate(send);
      });
    },
    async get(id) {
      const r = getStmt.get(id);
      return r ? toRow(r) : null;
    },
    async leaves(from, limit) {
      return /** @type {LeafRow[]} */ (leavesStmt.all(from, limit));
    },
    async *exportSince(since) {
      // Insertion (= leaf) order; paged, not iterate(): a cursor held across awaits would block inserts.
      /** @type {any} */
      let last = { seq: 0 };
      const from = since ? since.toISOString() : '';
      for (;;) {
        const page = pageStmt.all(from, last.seq);
        for (const r of page) yield toRow(r);
        if (page.length < PAGE) return;
        last = page[page.length - 1];
      }
    },
    async health() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      closed = true;
      while ((inFlight || pending.length > 0) && !writerError) {
        send();
        await once(writer, 'message');
      }
      writer.ref();
      writer.postMessage({ type: 'close' });
      await once(writer, 'exit');
      if (checkpointer && checkpointerRunning) {
        checkpointer.ref();
        checkpointer.postMessage({ type: 'close' });
        await once(checkpointer, 'exit');
      }
      db.close();
    },
  };
}
