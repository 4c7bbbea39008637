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
