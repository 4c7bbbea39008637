import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ensurePrivateDir } from '../keys.js';

/**
 * @typedef {{ id: string, jws: string, serverJws: string, receivedAt: string, receiptHash: string, leafIndex: number | null }} ReceiptRow
 * @typedef {{ id: string, jws: string, receiptHash: string, sub: string, keyThumbprint: string }} NewReceipt
 * @typedef {(entry: NewReceipt & { leafIndex: number | null, receivedAt: string }) => string} Seal
 *   countersigns one receipt once the database gave it its leaf index and time (synchronous)
 * @typedef {{ status: 'created' | 'duplicate' | 'conflict', row: ReceiptRow } | { status: 'key_conflict', row: null }} InsertResult
 * @typedef {{ leafIndex: number, id: string, receivedAt: string, receiptHash: string }} LeafRow
 * @typedef {{
 *   kind: string,
 *   insert(entry: NewReceipt, seal: Seal): Promise<InsertResult>,
 *   get(id: string): Promise<ReceiptRow | null>,
 *   leaves(from: number, limit: number): Promise<LeafRow[]>,
 *   exportSince(since?: Date | null): AsyncIterable<ReceiptRow>,
 *   health(): Promise<void>,
 *   close(): Promise<void>,
 * }} Storage
 */

const PAGE = 500;

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
 * Receipts arriving in the same event-loop turn share one transaction (group commit), so
 * concurrent clients pay for one fsync between them. Inside it the database hands out the
 * leaf indexes (max + 1) and the receipts are countersigned with them.
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

  const insertStmt = db.prepare(
    `INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index)
     VALUES (@id, @jws, @serverJws, @receivedAt, @receiptHash, @leafIndex)`,
  );
  const getStmt = db.prepare(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = ?`);
  const nextStmt = db.prepare('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM seal_receipts');
  const pinStmt = db.prepare('SELECT key_thumbprint AS thumbprint FROM seal_visitors WHERE sub = ?');
  const pinInsert = db.prepare('INSERT INTO seal_visitors (sub, key_thumbprint, first_id) VALUES (?, ?, ?)');
  const leavesStmt = db.prepare(
    'SELECT leaf_index AS leafIndex, id, received_at AS receivedAt, receipt_hash AS receiptHash FROM seal_receipts WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?',
  );
  const pageStmt = db.prepare(
    `SELECT ${COLUMNS} FROM seal_receipts WHERE received_at >= ? AND seq > ? ORDER BY seq LIMIT ${PAGE}`,
  );

  /** @type {Array<{ entry: NewReceipt, seal: Seal, resolve: (r: InsertResult) => void, reject: (e: unknown) => void }>} */
  let pending = [];
  const commit = db.transaction((/** @type {typeof pending} */ batch) => {
    let next = log ? /** @type {{ next: number }} */ (nextStmt.get()).next : null;
    const receivedAt = new Date().toISOString();
    return batch.map(({ entry, seal }) => {
      const stored = getStmt.get(entry.id);
      if (stored) {
        const row = toRow(stored);
        return { status: row.jws === entry.jws ? 'duplicate' : 'conflict', row };
      }
      const pin = /** @type {{ thumbprint: string } | undefined} */ (pinStmt.get(entry.sub));
      if (pin && pin.thumbprint !== entry.keyThumbprint) return { status: 'key_conflict', row: null };
      if (!pin) pinInsert.run(entry.sub, entry.keyThumbprint, entry.id);
      const leafIndex = next === null ? null : next++;
      const serverJws = seal({ ...entry, leafIndex, receivedAt });
      const row = { id: entry.id, jws: entry.jws, serverJws, receivedAt, receiptHash: entry.receiptHash, leafIndex };
      insertStmt.run(row);
      return { status: 'created', row };
    });
  });
  function flush() {
    const batch = pending;
    pending = [];
    try {
      const results = commit.immediate(batch); // BEGIN IMMEDIATE: the write lock before reading max(leaf_index)
      batch.forEach((p, i) => p.resolve(/** @type {InsertResult} */ (results[i])));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  let closed = false;
  return {
    kind: 'sqlite',
    insert(entry, seal) {
      if (closed) return Promise.reject(new Error('storage is closed'));
      return new Promise((resolve, reject) => {
        if (pending.push({ entry, seal, resolve, reject }) === 1) setImmediate(flush);
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
      if (pending.length > 0) flush();
      db.close();
    },
  };
}
