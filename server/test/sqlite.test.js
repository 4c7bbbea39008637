import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../src/storage/sqlite.js';
import { receiptServiceSuite } from './helpers/storage-suite.js';
import { storageEntry, testSigner } from './helpers/make-receipt.js';

receiptServiceSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-sqlite-'));
  return {
    open: async () => openSqlite({ file: join(dir, 'receipts.db') }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

test('the SQLite table is append-only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-sqlite-ao-'));
  const file = join(dir, 'receipts.db');
  const storage = openSqlite({ file });
  storage.setSigner(await testSigner());
  assert.equal((await storage.insert(storageEntry(1))).status, 'created');
  await storage.close();
  const db = new Database(file);
  assert.throws(() => db.prepare("UPDATE seal_receipts SET jws = 'x.y.z'").run(), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM seal_receipts').run(), /append-only/);
  assert.throws(() => db.prepare("UPDATE seal_visitors SET key_thumbprint = 'x'").run(), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM seal_visitors').run(), /append-only/);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('two connections on one SQLite file make one log; files are private whatever the umask', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-sqlite-two-'));
  const file = join(dir, 'data', 'receipts.db');
  const old = process.umask(0);
  let a, b;
  try {
    a = openSqlite({ file });
    b = openSqlite({ file });
  } finally {
    process.umask(old);
  }
  const signer = await testSigner();
  a.setSigner(signer);
  b.setSigner(signer);
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).insert(storageEntry(i))));
  const indexes = results.map((r) => /** @type {any} */ (r.row).leafIndex).sort((x, y) => x - y);
  assert.deepEqual(indexes, Array.from({ length: 200 }, (_, i) => i));
  assert.equal(statSync(join(dir, 'data')).mode & 0o777, 0o700);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) assert.equal(statSync(f).mode & 0o777, 0o600, f);
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a database from before the log is numbered once, in insertion order; new receipts continue it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-sqlite-old-'));
  const file = join(dir, 'receipts.db');
  const old = new Database(file);
  old.exec(`CREATE TABLE seal_receipts (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, jws TEXT NOT NULL,
    server_jws TEXT NOT NULL, received_at TEXT NOT NULL, receipt_hash TEXT NOT NULL);
    CREATE TRIGGER seal_receipts_no_update BEFORE UPDATE ON seal_receipts BEGIN SELECT RAISE(ABORT, 'seal_receipts is append-only'); END;`);
  for (const i of [7, 3, 5]) {
    old.prepare('INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash) VALUES (?, ?, ?, ?, ?)')
      .run(`00000000-0000-4000-8000-00000000000${i}`, `j${i}`, `s${i}`, `2026-01-0${i}T00:00:00.000Z`, `h${i}`);
  }
  old.close();
  const storage = openSqlite({ file });
  storage.setSigner(await testSigner());
  const created = await storage.insert(storageEntry(9));
  assert.equal(created.row?.leafIndex, 3);
  const rows = [];
  for await (const r of storage.exportSince(null)) rows.push([r.id.slice(-1), r.leafIndex]);
  assert.deepEqual(rows, [['7', 0], ['3', 1], ['5', 2], ['9', 3]]);
  await storage.close();
  const db = new Database(file);
  assert.throws(() => db.prepare("UPDATE seal_receipts SET jws = 'x'").run(), /append-only/, 'the trigger is back');
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
