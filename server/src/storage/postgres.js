import pg from 'pg';
import { makeAsyncSealer } from '../countersign.js';

const PAGE = 500;
/** The transaction-level lock under which a batch takes its leaf indexes (and the schema is made). */
const LOG_LOCK = 7406021;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS seal_receipts (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  jws TEXT NOT NULL,
  server_jws TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  receipt_hash TEXT NOT NULL
);
ALTER TABLE seal_receipts ADD COLUMN IF NOT EXISTS leaf_index BIGINT;
CREATE TABLE IF NOT EXISTS seal_visitors (
  sub TEXT PRIMARY KEY,
  key_thumbprint TEXT NOT NULL,
  first_id UUID NOT NULL
);
CREATE INDEX IF NOT EXISTS seal_receipts_received_at ON seal_receipts (received_at, seq);
CREATE OR REPLACE FUNCTION seal_receipts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
CREATE OR REPLACE TRIGGER seal_receipts_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON seal_receipts
  FOR EACH STATEMENT EXECUTE FUNCTION seal_receipts_append_only();
CREATE OR REPLACE TRIGGER seal_visitors_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON seal_visitors
  FOR EACH STATEMENT EXECUTE FUNCTION seal_receipts_append_only();
`;
// Rows from before the log get their leaf index once, in insertion order.
const MIGRATE = `
ALTER TABLE seal_receipts DISABLE TRIGGER seal_receipts_append_only;
UPDATE seal_receipts AS r SET leaf_index = n.i FROM
  (SELECT seq, row_number() OVER (ORDER BY seq) - 1 AS i FROM seal_receipts) AS n WHERE r.seq = n.seq;
ALTER TABLE seal_receipts ENABLE TRIGGER seal_receipts_append_only;
`;

const COLUMNS = 'seq, id::text AS id, jws, server_jws, received_at, receipt_hash, leaf_index';

/** @param {any} r @returns {import('./sqlite.js').ReceiptRow} */
const toRow = (r) => ({
  id: r.id,
  jws: r.jws,
  serverJws: r.server_jws,
  receivedAt: new Date(r.received_at).toISOString(),
  receiptHash: r.receipt_hash,
  leafIndex: r.leaf_index === null ? null : Number(r.leaf_index),
});

/**
 * PostgreSQL storage (DATABASE_URL). Several service instances may share one database and
 * still make one log: each batch of receipts takes a transaction-level advisory lock, asks the
 * database for the next leaf index and the time (clock_timestamp), countersigns and inserts,
 * then commits, which releases the lock. One batch at a time per instance; receipts that
 * arrive meanwhile wait for the next one (group commit).
 * @param {{ connectionString?: string, schema?: string, pool?: pg.PoolConfig, log?: boolean }} options
 * @returns {import('./sqlite.js').Storage}
 */
export function openPostgres({ connectionString, schema, pool: poolConfig, log = true }) {
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
      await client.query(`SELECT pg_advisory_xact_lock(${LOG_LOCK})`);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
      await client.query(SCHEMA);
      const { rows } = await client.query('SELECT 1 FROM seal_receipts WHERE leaf_index IS NULL LIMIT 1');
      const { rows: any } = await client.query('SELECT 1 FROM seal_receipts WHERE leaf_index IS NOT NULL LIMIT 1');
      if (log && rows.length > 0 && any.length === 0) await client.query(MIGRATE);
      await client.query('CREATE UNIQUE INDEX IF NOT EXISTS seal_receipts_leaf ON seal_receipts (leaf_index)');
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

  /** @type {Array<{ entry: import('./sqlite.js').NewReceipt, resolve: (r: any) => void, reject: (e: unknown) => void }>} */
  const pending = [];
  /** @type {ReturnType<typeof makeAsyncSealer> | null} */
  let seal = null;
  let running = false;

  /** @param {typeof pending} batch */
  async function commit(batch) {
    const client = await pool.connect();
    try {
      // Four round trips a batch: begin and lock; read (stored ids, pins, next leaf, time) in
      // one statement, which starts after the lock so it sees every earlier batch; insert
      // pins and receipts in one statement; commit.
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${LOG_LOCK})`);
      const ids = batch.map((p) => p.entry.id);
      const subs = [...new Set(batch.map((p) => p.entry.sub))];
      const { rows: [head] } = await client.query(
        `SELECT
           (SELECT coalesce(json_agg(r), '[]') FROM (SELECT ${COLUMNS} FROM seal_receipts WHERE id = ANY($1::uuid[])) AS r) AS stored,
           (SELECT coalesce(json_agg(v), '[]') FROM (SELECT sub, key_thumbprint FROM seal_visitors WHERE sub = ANY($2::text[])) AS v) AS pins,
           (SELECT coalesce(max(leaf_index) + 1, 0) FROM seal_receipts) AS next,
           clock_timestamp() AS now`,
        [ids, subs],
      );
      const stored = { rows: /** @type {any[]} */ (head.stored) };
      const pins = { rows: /** @type {Array<{ sub: string, key_thumbprint: string }>} */ (head.pins) };
      /** @type {Map<string, import('./sqlite.js').ReceiptRow>} */
      const byId = new Map(stored.rows.map((r) => [r.id, toRow(r)]));
      /** @type {Map<string, string>} */
      const pin = new Map(pins.rows.map((r) => [r.sub, r.key_thumbprint]));
      const newPins = { sub: /** @type {string[]} */ ([]), thumb: /** @type {string[]} */ ([]), id: /** @type {string[]} */ ([]) };
      /** @type {import('./sqlite.js').ReceiptRow[]} */
      const rows = [];
      let next = log ? Number(head.next) : null;
      const receivedAt = new Date(head.now).toISOString();
      if (!seal) throw new Error('the storage has no countersigning key yet');
      const sealer = seal;
      /** @type {import('../countersign.js').BaseClaims[]} */
      const claims = [];
      const results = batch.map(({ entry }) => {
        const found = byId.get(entry.id);
        if (found) return { status: found.jws === entry.jws ? 'duplicate' : 'conflict', row: found };
        const pinned = pin.get(entry.sub);
        if (pinned !== undefined && pinned !== entry.keyThumbprint) return { status: 'key_conflict', row: null };
        if (pinned === undefined) {
          pin.set(entry.sub, entry.keyThumbprint);
          newPins.sub.push(entry.sub);
          newPins.thumb.push(entry.keyThumbprint);
          newPins.id.push(entry.id);
        }
        const leafIndex = next === null ? null : next++;
        const row = { id: entry.id, jws: entry.jws, serverJws: '', receivedAt, receiptHash: entry.receiptHash, leafIndex };
        byId.set(entry.id, row);
        rows.push(row);
        claims.push(entry.claims);
        return { status: 'created', row };
      });
      // Countersigned in parallel, off the event loop; the rows are complete before the insert.
      const signatures = await Promise.all(rows.map((r, i) => sealer(/** @type {any} */ (claims[i]), receivedAt, r.leafIndex)));
      rows.forEach((r, i) => { r.serverJws = /** @type {string} */ (signatures[i]); });
      if (rows.length > 0) {
        await client.query(
          `WITH pins AS (
             INSERT INTO seal_visitors (sub, key_thumbprint, first_id) SELECT * FROM unnest($7::text[], $8::text[], $9::uuid[])
           )
           INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::bigint[])`,
          [rows.map((r) => r.id), rows.map((r) => r.jws), rows.map((r) => r.serverJws), rows.map((r) => r.receivedAt),
            rows.map((r) => r.receiptHash), rows.map((r) => r.leafIndex), newPins.sub, newPins.thumb, newPins.id],
        );
      }
      await client.query('COMMIT');
      return results;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async function drain() {
    if (running) return;
    running = true;
    try {
      await ready.catch(() => {});
      while (pending.length > 0) {
        const batch = pending.splice(0, 2000);
        try {
          const results = await commit(batch);
          batch.forEach((p, i) => p.resolve(results[i]));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      running = false;
    }
  }

  let closed = false;
  return {
    kind: 'postgres',
    setSigner(spec) {
      seal = makeAsyncSealer(spec); // imports the key now: an unusable one fails here
    },
    async insert(entry) {
      await ready;
      if (closed) throw new Error('storage is closed');
      return new Promise((resolve, reject) => {
        pending.push({ entry, resolve, reject });
        void drain();
      });
    },
    get,
    async leaves(from, limit) {
      await ready;
      const { rows } = await pool.query(
        'SELECT leaf_index, id::text AS id, received_at, receipt_hash FROM seal_receipts WHERE leaf_index >= $1 ORDER BY leaf_index LIMIT $2',
        [from, limit],
      );
      return rows.map((r) => ({ leafIndex: Number(r.leaf_index), id: r.id, receivedAt: new Date(r.received_at).toISOString(), receiptHash: r.receipt_hash }));
    },
    async *exportSince(since) {
      await ready;
      // Insertion (= leaf) order, keyset paging on seq.
      let last = '0';
      for (;;) {
        const { rows } = await pool.query(
          `SELECT ${COLUMNS} FROM seal_receipts WHERE received_at >= $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`,
          [since ?? new Date(0), last],
        );
        for (const r of rows) yield toRow(r);
        if (rows.length < PAGE) return;
        last = rows[rows.length - 1].seq;
      }
    },
    async health() {
      await ready;
      await pool.query('SELECT 1 FROM seal_receipts LIMIT 1');
    },
    async close() {
      closed = true;
      await ready.catch(() => {});
      while (running || pending.length > 0) await new Promise((ok) => setTimeout(ok, 5));
      await pool.end();
    },
  };
}
