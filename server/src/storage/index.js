import { join } from 'node:path';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

/**
 * PostgreSQL when a DATABASE_URL is given, otherwise SQLite in the data folder.
 * @param {{ dataDir: string, databaseUrl?: string, log?: boolean }} options
 * @returns {import('./sqlite.js').Storage}
 */
export function openStorage({ dataDir, databaseUrl, log = true }) {
  if (databaseUrl) return openPostgres({ connectionString: databaseUrl, log });
  return openSqlite({ file: join(dataDir, 'receipts.db'), log });
}

export { openPostgres, openSqlite };
