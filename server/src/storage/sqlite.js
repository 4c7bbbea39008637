import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * @typedef {{ id: string, jws: string, serverJws: string, receivedAt: string, receiptHash: string }} ReceiptRow
 * @typedef {{ status: 'created' | 'duplicate' | 'conflict', row: ReceiptRow }} InsertResult
 * @typedef {{
 *   kind: string,
 *   insert(row: ReceiptRow): Promise<InsertResult>,
 *   get(id: string): Promise<ReceiptRow | null>,
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
  receipt_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS seal_receipts_received_at ON seal_receipts (received_at, seq);
CREATE TRIGGER IF NOT EXISTS seal_receipts_no_update BEFORE UPDATE ON seal_receipts
  BEGIN SELECT RAISE(ABORT, 'seal_receipts is append-only'); END;
CREATE TRIGGER IF NOT EXISTS seal_receipts_no_delete BEFORE DELETE ON seal_receipts
  BEGIN SELECT RAISE(ABORT, 'seal_receipts is append-only'); END;
`;

const COLUMNS = 'seq, id, jws, server_jws AS serverJws, received_at AS receivedAt, receipt_hash AS receiptHash';

/** @param {any} r @returns {ReceiptRow} */
const toRow = (r) => ({ id: r.id, jws: r.jws, serverJws: r.serverJws, receivedAt: r.receivedAt, receiptHash: r.receiptHash });

/**
 * SQLite storage. WAL + synchronous=FULL: a commit returns only once it is on disk.
 * Inserts arriving in the same event-loop turn share one transaction (group commit), so
 * concurrent clients pay for one fsync between them instead of one each.
 * @param {{ file: string }} options
 * @returns {Storage}
 */
export function openSqlite({ file }) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insertStmt = db.prepare(
    `INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash)
     VALUES (@id, @jws, @serverJws, @receivedAt, @receiptHash) ON CONFLICT (id) DO NOTHING`,
  );
  const getStmt = db.prepare(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = ?`);
  const pageStmt = db.prepare(
    `SELECT ${COLUMNS} FROM seal_receipts WHERE (received_at, seq) > (?, ?) ORDER BY received_at, seq LIMIT ${PAGE}`,
  );

  /** @type {Array<{ row: ReceiptRow, resolve: (r: InsertResult) => void, reject: (e: unknown) => void }>} */
  let pending = [];
  const commit = db.transaction((/** @type {typeof pending} */ batch) =>
    batch.map(({ row }) => {
      if (insertStmt.run(row).changes === 1) return { status: 'created', row };
      const stored = toRow(getStmt.get(row.id));
      return { status: stored.jws === row.jws ? 'duplicate' : 'conflict', row: stored };
    }),
  );
  function flush() {
    const batch = pending;
    pending = [];
    try {
      const results = commit(batch);
      batch.forEach((p, i) => p.resolve(/** @type {InsertResult} */ (results[i])));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  let closed = false;
  return {
    kind: 'sqlite',
    insert(row) {
      if (closed) return Promise.reject(new Error('storage is closed'));
      return new Promise((resolve, reject) => {
        if (pending.push({ row, resolve, reject }) === 1) setImmediate(flush);
      });
    },
    async get(id) {
      const r = getStmt.get(id);
      return r ? toRow(r) : null;
    },
    async *exportSince(since) {
      // Keyset paging on (received_at, seq); starting at (since, 0) is the `since` filter itself.
      // Paged, not iterate(): a cursor held across awaits would block inserts on this connection.
      /** @type {any} */
      let last = { receivedAt: since ? since.toISOString() : '', seq: 0 };
      for (;;) {
        const page = pageStmt.all(last.receivedAt, last.seq);
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
