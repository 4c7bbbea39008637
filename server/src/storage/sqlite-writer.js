// The SQLite writer (a worker thread of the SQLite storage). It owns the one connection that
// writes: each batch is one BEGIN IMMEDIATE transaction that reads the next leaf index under
// the write lock, checks duplicates and visitor keys, countersigns, inserts and commits with
// synchronous=FULL. The fsync happens here, so the main thread keeps verifying the next
// receipts meanwhile; they form the next batch (group commit, pipelined).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { makeSealer } from '../countersign.js';

const { file, log } = /** @type {{ file: string, log: boolean }} */ (workerData);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');

const COLUMNS = 'id, jws, server_jws AS serverJws, received_at AS receivedAt, receipt_hash AS receiptHash, leaf_index AS leafIndex';
const getStmt = db.prepare(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = ?`);
const nextStmt = db.prepare('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM seal_receipts');
const pinStmt = db.prepare('SELECT key_thumbprint AS thumbprint FROM seal_visitors WHERE sub = ?');
const pinInsert = db.prepare('INSERT INTO seal_visitors (sub, key_thumbprint, first_id) VALUES (?, ?, ?)');
const insertStmt = db.prepare(
  `INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index)
   VALUES (@id, @jws, @serverJws, @receivedAt, @receiptHash, @leafIndex)`,
);

/** @type {ReturnType<typeof makeSealer> | null} */
let seal = null;

const commit = db.transaction((/** @type {Array<import('./sqlite.js').NewReceipt>} */ batch) => {
  if (!seal) throw new Error('the storage has no countersigning key yet');
  let next = log ? /** @type {{ next: number }} */ (nextStmt.get()).next : null;
  const receivedAt = new Date().toISOString();
  return batch.map((entry) => {
    const stored = /** @type {any} */ (getStmt.get(entry.id));
    if (stored) return { status: stored.jws === entry.jws ? 'duplicate' : 'conflict', row: { ...stored, leafIndex: stored.leafIndex ?? null } };
    const pin = /** @type {{ thumbprint: string } | undefined} */ (pinStmt.get(entry.sub));
    if (pin && pin.thumbprint !== entry.keyThumbprint) return { status: 'key_conflict', row: null };
    if (!pin) pinInsert.run(entry.sub, entry.keyThumbprint, entry.id);
    const leafIndex = next === null ? null : next++;
    const serverJws = /** @type {NonNullable<typeof seal>} */ (seal)(entry.claims, receivedAt, leafIndex);
    const row = { id: entry.id, jws: entry.jws, serverJws, receivedAt, receiptHash: entry.receiptHash, leafIndex };
    insertStmt.run(row);
    return { status: 'created', row };
  });
});

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (msg) => {
  if (msg.type === 'signer') {
    seal = makeSealer(msg.signer);
  } else if (msg.type === 'batch') {
    try {
      port.postMessage({ type: 'done', results: commit.immediate(msg.items) });
    } catch (err) {
      port.postMessage({ type: 'failed', message: /** @type {Error} */ (err).message });
    }
  } else if (msg.type === 'close') {
    db.close();
    port.close();
  }
});
