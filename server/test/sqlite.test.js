import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../src/storage/sqlite.js';
import { receiptServiceSuite } from './helpers/storage-suite.js';

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
  const entry = { id: '11111111-1111-4111-8111-111111111111', jws: 'a.b.c', receiptHash: 'h', sub: 'v', keyThumbprint: 'k' };
  assert.equal((await storage.insert(entry, () => 'd.e.f')).status, 'created');
  await storage.close();
  const db = new Database(file);
  assert.throws(() => db.prepare("UPDATE seal_receipts SET jws = 'x.y.z'").run(), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM seal_receipts').run(), /append-only/);
  assert.throws(() => db.prepare("UPDATE seal_visitors SET key_thumbprint = 'x'").run(), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM seal_visitors').run(), /append-only/);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
