// The SQLite writer (a worker thread of the SQLite storage). It owns the one connection that
// writes: each batch is one BEGIN IMMEDIATE transaction that reads the next leaf index under
// the write lock, checks duplicates and visitor keys, countersigns, inserts and commits with
// synchronous=FULL. The fsync happens here, so the main thread keeps verifying the next
// receipts meanwhile; they form the next batch (group commit, pipelined).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { makeSealer } from '../countersign.js';

const { file, log, autoCheckpoint } = /** @type {{ file: string, log: boolean, autoCheckpoint: number }} */ (workerData);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
// The checkpointer thread (sqlite-checkpointer.js) copies the WAL back; the writer does it only
// if that falls far behind (16 MB of WAL).
db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);

const COLUMNS = 'id, jws, server_jws AS serverJws, received_at AS receivedAt, receipt_hash AS receiptHash, leaf_index AS leafIndex';
const getStmt = db.prepare(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = ?`);
const nextStmt = db.prepare('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM seal_receipts');
const pinStmt = db.prepare('SELECT key_thumbprint AS thumbprint FROM seal_visitors WHERE sub = ?');
const pinInsert = db.prepare('INSERT INTO seal_visitors (sub, key_thumbprint, first_id) VALUES (?, ?, ?)');
const insertStmt = db.prepare(
  `INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index)
   VALUES (?, ?, ?, ?, ?, ?)`,
);

/** @type {ReturnType<typeof makeSealer> | null} */
let seal = null;

/** Result codes in the `done` message (see sqlite.js). */
const CREATED = 0, DUPLICATE = 1, CONFLICT = 2, KEY_CONFLICT = 3;

/**
 * One batch, one transaction. `items` is flat, ITEM_FIELDS strings a receipt (see sqlite.js);
 * the answer is flat too, four values a receipt: code, countersignature, receivedAt, leaf
 * index (the stored ones for a replay); a conflicting stored receipt's JWS and hash go in
 * `conflicts`, by position.
 */
const commit = db.transaction((/** @type {string[]} */ items) => {
  if (!seal) throw new Error('the storage has no countersigning key yet');
  let next = log ? /** @type {{ next: number }} */ (nextStmt.get()).next : null;
  const receivedAt = new Date().toISOString();
  /** @type {Array<string | number | null>} */
  const out = [];
  /** @type {Record<number, { jws: string, receiptHash: string }>} */
  const conflicts = {};
  for (let i = 0; i < items.length; i += 7) {
    const [id, jws, receiptHash, sub, keyThumbprint, iss, jti] = /** @type {string[]} */ (items.slice(i, i + 7));
    const stored = /** @type {any} */ (getStmt.get(id));
    if (stored) {
      const same = stored.jws === jws;
      if (!same) conflicts[i / 7] = { jws: stored.jws, receiptHash: stored.receiptHash };
      out.push(same ? DUPLICATE : CONFLICT, stored.serverJws, stored.receivedAt, stored.leafIndex ?? null);
      continue;
    }
    const pin = /** @type {{ thumbprint: string } | undefined} */ (pinStmt.get(sub));
    if (pin && pin.thumbprint !== keyThumbprint) {
      out.push(KEY_CONFLICT, null, null, null);
      continue;
    }
    if (!pin) pinInsert.run(sub, keyThumbprint, id);
    const leafIndex = next === null ? null : next++;
    const serverJws = /** @type {NonNullable<typeof seal>} */ (seal)({ iss, jti, receiptHash }, receivedAt, leafIndex);
    insertStmt.run(id, jws, serverJws, receivedAt, receiptHash, leafIndex);
    out.push(CREATED, serverJws, receivedAt, leafIndex);
  }
  return { out, conflicts };
});

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (msg) => {
  if (msg.type === 'signer') {
    seal = makeSealer(msg.signer);
  } else if (msg.type === 'batch') {
    try {
      const { out, conflicts } = commit.immediate(msg.items);
      port.postMessage({ type: 'done', out, conflicts });
    } catch (err) {
      port.postMessage({ type: 'failed', message: /** @type {Error} */ (err).message });
    }
  } else if (msg.type === 'close') {
    db.close();
    port.close();
  }
});
