import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import pg from 'pg';
import { openPostgres } from '../src/storage/postgres.js';
import { receiptServiceSuite } from './helpers/storage-suite.js';
import { storageEntry, testSigner } from './helpers/make-receipt.js';
import { startPostgres } from './helpers/pg-cluster.js';

// No silent skip: without PostgreSQL this throws and the file fails with the reason.
const cluster = await startPostgres();
after(() => cluster.stop());

receiptServiceSuite('PostgreSQL', async () => {
  // A schema of its own, so an external DATABASE_URL is left as it was found.
  const schema = `seal_test_${randomBytes(4).toString('hex')}`;
  return {
    open: async () => openPostgres({ connectionString: cluster.connectionString, schema }),
    async cleanup() {
      const client = new pg.Client(cluster.connectionString);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
});

test('the PostgreSQL table is append-only', async () => {
  const schema = `seal_test_${randomBytes(4).toString('hex')}`;
  const storage = openPostgres({ connectionString: cluster.connectionString, schema });
  storage.setSigner(await testSigner());
  assert.equal((await storage.insert(storageEntry(1))).status, 'created');
  await storage.close();
  const client = new pg.Client(cluster.connectionString);
  await client.connect();
  try {
    for (const sql of ["UPDATE seal_receipts SET jws = 'x.y.z'", 'DELETE FROM seal_receipts', 'TRUNCATE seal_receipts',
      "UPDATE seal_visitors SET key_thumbprint = 'x'", 'DELETE FROM seal_visitors', 'TRUNCATE seal_visitors']) {
      await assert.rejects(client.query(sql.replace(/seal_(receipts|visitors)/, `${schema}.seal_$1`)), /append-only/);
    }
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
});

test('two service instances on one PostgreSQL make one log: leaf indexes unique and without gaps', async () => {
  const schema = `seal_test_${randomBytes(4).toString('hex')}`;
  const a = openPostgres({ connectionString: cluster.connectionString, schema });
  const b = openPostgres({ connectionString: cluster.connectionString, schema });
  const signer = await testSigner();
  a.setSigner(signer);
  b.setSigner(signer);
  try {
    const results = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).insert(storageEntry(i))));
    assert.ok(results.every((r) => r.status === 'created'));
    const indexes = results.map((r) => /** @type {any} */ (r.row).leafIndex).sort((x, y) => x - y);
    assert.deepEqual(indexes, Array.from({ length: 400 }, (_, i) => i));
    const leaves = await a.leaves(0, 1000);
    assert.deepEqual(leaves.map((l) => l.leafIndex), indexes);
    // Times follow the leaf order: the database's clock, taken under the lock.
    for (let i = 1; i < leaves.length; i++) assert.ok(/** @type {any} */ (leaves[i - 1]).receivedAt <= /** @type {any} */ (leaves[i]).receivedAt);
  } finally {
    await a.close();
    await b.close();
    const client = new pg.Client(cluster.connectionString);
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
});
