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
