import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { openPostgres } from '../src/storage/postgres.js';
import { receiptServiceSuite } from './helpers/storage-suite.js';
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
