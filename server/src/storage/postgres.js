import pg from 'pg';

const PAGE = 500;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS seal_receipts (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  jws TEXT NOT NULL,
  server_jws TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  receipt_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS seal_receipts_received_at ON seal_receipts (received_at, seq);
CREATE OR REPLACE FUNCTION seal_receipts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'seal_receipts is append-only'; END $$;
CREATE OR REPLACE TRIGGER seal_receipts_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON seal_receipts
  FOR EACH STATEMENT EXECUTE FUNCTION seal_receipts_append_only();
`;

const COLUMNS = 'seq, id::text AS id, jws, server_jws, received_at, receipt_hash';

/** @param {any} r @returns {import('./sqlite.js').ReceiptRow} */
const toRow = (r) => ({
  id: r.id,
  jws: r.jws,
  serverJws: r.server_jws,
  receivedAt: new Date(r.received_at).toISOString(),
  receiptHash: r.receipt_hash,
});

/**
 * PostgreSQL storage (DATABASE_URL). Several service instances may share one database:
 * the table is created under an advisory lock and idempotency rests on the UNIQUE id.
 * @param {{ connectionString?: string, schema?: string, pool?: pg.PoolConfig }} options
 * @returns {import('./sqlite.js').Storage}
 */
export function openPostgres({ connectionString, schema, pool: poolConfig }) {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    ...poolConfig,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});

  const ready = (async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(7406021)');
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  })();
  ready.catch(() => {}); // surfaced by the first call instead

  /** @param {string} id */
  async function get(id) {
    await ready;
    const { rows } = await pool.query(`SELECT ${COLUMNS} FROM seal_receipts WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  return {
    kind: 'postgres',
    async insert(row) {
      await ready;
      const { rows } = await pool.query(
        `INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [row.id, row.jws, row.serverJws, row.receivedAt, row.receiptHash],
      );
      if (rows.length === 1) return { status: 'created', row };
      const stored = /** @type {import('./sqlite.js').ReceiptRow} */ (await get(row.id));
      return { status: stored.jws === row.jws ? 'duplicate' : 'conflict', row: stored };
    },
    get,
    async *exportSince(since) {
      await ready;
      // Keyset paging on (received_at, seq); starting at (since, 0) is the `since` filter itself.
      let last = { at: since ?? new Date(0), seq: '0' };
      for (;;) {
        const { rows } = await pool.query(
          `SELECT ${COLUMNS} FROM seal_receipts WHERE (received_at, seq) > ($1, $2)
           ORDER BY received_at, seq LIMIT ${PAGE}`,
          [last.at, last.seq],
        );
        for (const r of rows) yield toRow(r);
        if (rows.length < PAGE) return;
        const tail = rows[rows.length - 1];
        last = { at: tail.received_at, seq: tail.seq };
      }
    },
    async health() {
      await ready;
      await pool.query('SELECT 1 FROM seal_receipts LIMIT 1');
    },
    async close() {
      await ready.catch(() => {});
      await pool.end();
    },
  };
}
