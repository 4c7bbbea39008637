// The attacker script (issue 15): someone with write access to the database edits, deletes and
// reorders rows behind the triggers' back, re-signs a receipt with another key, files consent
// for someone else's visitor id and plants terminal escapes. Each must be refused by the
// service or reported by `verify` (by id and position), on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { makeReceipt, makeVisitor, receiptPayload, signReceipt } from './helpers/make-receipt.js';
import { startPostgres } from './helpers/pg-cluster.js';
import { BIN, freePort, spawnServer, stopChild } from './helpers/spawn-server.js';

const run = promisify(execFile);
// C0 and C1 controls (tab and newline excepted) and bidi overrides: none may reach an auditor's terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this check
const UNSAFE = new RegExp('[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e]');
/** @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
async function cli(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, SEAL_DATA_DIR: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = /** @type {any} */ (err);
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const cluster = await startPostgres();
after(() => cluster.stop());

/**
 * @typedef {{ env: Record<string, string>, exec(sql: string, params?: unknown[]): Promise<void>,
 *   row(id: string): Promise<any>, untrigger(): Promise<void>, close(): Promise<void> }} Backend
 */

/** @param {string} dataDir @returns {Promise<Backend>} */
async function sqliteBackend(dataDir) {
  /** @type {Database.Database | null} */ let db = null;
  const open = () => (db ??= new Database(join(dataDir, 'receipts.db')));
  return {
    env: {},
    async exec(sql, params = []) { open().prepare(sql).run(...params); },
    async row(id) { return open().prepare('SELECT * FROM seal_receipts WHERE id = ?').get(id); },
    async untrigger() { open().exec('DROP TRIGGER seal_receipts_no_update; DROP TRIGGER seal_receipts_no_delete;'); },
    async close() { db?.close(); },
  };
}

/** @returns {Promise<Backend>} */
async function postgresBackend() {
  const name = `seal_ledger_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(cluster.connectionString);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = cluster.connectionString.replace(/\/[^/]*$/, `/${name}`);
  const client = new pg.Client(url);
  let connected = false;
  const c = async () => {
    if (!connected) { await client.connect(); connected = true; }
    return client;
  };
  return {
    env: { DATABASE_URL: url },
    async exec(sql, params = []) {
      let i = 0;
      await (await c()).query(sql.replace(/\?/g, () => `$${++i}`), params);
    },
    async row(id) { return (await (await c()).query('SELECT id::text AS id, jws, server_jws, received_at, receipt_hash, leaf_index FROM seal_receipts WHERE id = $1', [id])).rows[0]; },
    async untrigger() { await (await c()).query('ALTER TABLE seal_receipts DISABLE TRIGGER seal_receipts_append_only'); },
    async close() {
      if (connected) await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

for (const [label, make] of /** @type {const} */ ([['SQLite', sqliteBackend], ['PostgreSQL', postgresBackend]])) {
  describe(`the ledger against an attacker, on ${label}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'seal-ledger-'));
    const dataDir = join(dir, 'data');
    /** @type {Backend} */ let backend;
    /** @type {Awaited<ReturnType<typeof spawnServer>>} */ let server;
    /** @type {Array<{ id: string, jws: string, visitor: any, payload: any }>} */ const honest = [];
    const files = { jwks: join(dir, 'jwks.json'), checkpoint: join(dir, 'checkpoint.txt'), export: join(dir, 'export.ndjson') };
    const exportNow = async () => {
      const res = await fetch(`${server.url}/v1/export`, { headers: { authorization: 'Bearer audit' } });
      assert.equal(res.status, 200);
      writeFileSync(files.export, await res.text());
    };
    const verify = () => cli(['verify', files.export, '--jwks', files.jwks, '--checkpoint', files.checkpoint]);

    before(async () => {
      backend = await make(dataDir);
      server = await spawnServer(['--port', String(await freePort()), '--data-dir', dataDir], { SEAL_EXPORT_TOKEN: 'audit', ...backend.env });
      for (let i = 0; i < 8; i++) {
        const r = await makeReceipt({ iss: server.url });
        const res = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: r.jws });
        assert.equal(res.status, 201);
        const body = await res.json();
        assert.equal(body.leafIndex, i);
        honest.push({ id: body.id, jws: r.jws, visitor: r.visitor, payload: r.payload });
      }
      writeFileSync(files.jwks, await (await fetch(`${server.url}/.well-known/jwks.json`)).text());
      writeFileSync(files.checkpoint, await (await fetch(`${server.url}/v1/log/checkpoint`)).text());
    });
    after(async () => {
      await stopChild(server.child, 'SIGKILL');
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the untouched export verifies against the checkpoint', async () => {
      await exportNow();
      const out = await verify();
      assert.equal(out.code, 0, out.stdout + out.stderr);
      assert.match(out.stdout, /the first 8 rows rebuild the checkpoint's root/);
      assert.match(out.stdout, /8 of 8 receipts verified, 0 failed/);
    });

    test("consent for someone else's visitor id, from another key, is refused (409) and not stored", async () => {
      const victim = /** @type {any} */ (honest[0]);
      const attacker = await makeVisitor();
      const forged = { ...receiptPayload({ visitorId: victim.payload.sub, iss: server.url }), consent: { ...victim.payload.consent, method: 'accept-all' } };
      const jws = await signReceipt(attacker, forged);
      const res = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: jws });
      assert.equal(res.status, 409);
      assert.equal((await res.json()).error, 'key_conflict');
      assert.equal((await fetch(`${server.url}/v1/receipts/${forged.jti}`)).status, 404);
      // The victim's own key still works.
      const own = await makeReceipt({ iss: server.url, visitor: victim.visitor });
      const ok = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: own.jws });
      assert.equal(ok.status, 201);
      honest.push({ id: own.payload.jti, jws: own.jws, visitor: victim.visitor, payload: own.payload });
    });

    test('a browser POST whose Origin is not the receipt issuer is refused', async () => {
      const r = await makeReceipt({ iss: server.url });
      const res = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose', origin: 'https://evil.example' }, body: r.jws });
      assert.equal(res.status, 403);
      assert.equal((await fetch(`${server.url}/v1/receipts/${r.payload.jti}`)).status, 404);
    });

    test('terminal escapes in a receipt are refused by the service', async () => {
      const v = await makeVisitor();
      const p = receiptPayload({ visitorId: v.id, iss: server.url });
      const evil = { ...p, consent: { ...p.consent, method: 'accept-all\u001b]0;pwned\u0007\u001b[2J' } };
      const res = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: await signReceipt(v, evil) });
      assert.equal(res.status, 422);
      assert.equal((await res.json()).error, 'unsafe_content');
    });

    test('edits, a deletion, reordering, a re-signed receipt, a broken countersignature and planted escapes are all reported', async () => {
      const [r0, r1, r2, r3, r4, r5, r6] = /** @type {any[]} */ (honest);
      await backend.untrigger();
      // Re-signed: same jti, advertising flipped to granted, signed by a fresh key.
      const thief = await makeVisitor();
      const resigned = await signReceipt(thief, { ...r0.payload, consent: { ...r0.payload.consent, categories: { ...r0.payload.consent.categories, advertising: true } } });
      await backend.exec('UPDATE seal_receipts SET jws = ? WHERE id = ?', [resigned, r0.id]);
      await backend.exec('UPDATE seal_receipts SET received_at = ? WHERE id = ?', ['2025-01-01T00:00:00.000Z', r1.id]);
      const renamed = randomUUID();
      await backend.exec('UPDATE seal_receipts SET id = ? WHERE id = ?', [renamed, r2.id]);
      await backend.exec('DELETE FROM seal_receipts WHERE id = ?', [r3.id]);
      for (const r of [r5, r4]) {
        const row = await backend.row(r.id);
        await backend.exec('DELETE FROM seal_receipts WHERE id = ?', [r.id]);
        await backend.exec('INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index) VALUES (?, ?, ?, ?, ?, ?)',
          [row.id, row.jws, row.server_jws, row.received_at, row.receipt_hash, row.leaf_index]);
      }
      const row6 = await backend.row(r6.id);
      const cs = String(row6.server_jws);
      await backend.exec('UPDATE seal_receipts SET server_jws = ? WHERE id = ?', [`${cs.slice(0, -6)}${cs.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`, r6.id]);
      // Escapes planted straight into the table (the service would refuse them).
      const v = await makeVisitor();
      const p = receiptPayload({ visitorId: v.id, iss: server.url });
      const planted = await signReceipt(v, { ...p, consent: { ...p.consent, method: 'ok\u001b[2J\u001b]0;owned\u0007\u202egnp.exe' } });
      await backend.exec('INSERT INTO seal_receipts (id, jws, server_jws, received_at, receipt_hash, leaf_index) VALUES (?, ?, ?, ?, ?, ?)',
        [p.jti, planted, cs, '2026-01-01T00:00:00.000Z', 'x', 1000]);

      await exportNow();
      const out = await verify();
      assert.equal(out.code, 1, out.stdout + out.stderr);
      const failed = (/** @type {string} */ id) => new RegExp(`FAILED: receipt ${id} \\(position \\d+\\)`);
      assert.match(out.stdout, failed(r0.id), 're-signed receipt');
      assert.match(out.stdout, failed(r1.id), 'backdated row');
      assert.match(out.stdout, /backdated or edited/);
      assert.match(out.stdout, failed(renamed), 'renamed row');
      assert.match(out.stdout, new RegExp(`row id ${renamed} is not the countersigned id ${r2.id}`));
      assert.match(out.stdout, /leaf 3 is missing before it \(deleted rows\)/);
      assert.match(out.stdout, failed(r4.id), 'moved row');
      assert.match(out.stdout, failed(r5.id), 'moved row');
      assert.match(out.stdout, /rows reordered/);
      assert.match(out.stdout, failed(r6.id), 'broken countersignature');
      assert.match(out.stdout, failed(p.jti), 'planted row');
      assert.match(out.stdout, /log +FAILED/);
      assert.match(out.stdout, /receipts verified, \d+ failed, 1 leaves missing; log FAILED/);
      assert.match(out.stdout, /contains the control character U\+001B/);
      assert.doesNotMatch(out.stdout, UNSAFE, 'no control characters reach the terminal');

      // The export file itself is in the attacker's hands too: escapes in its fields are printed escaped.
      const line = JSON.stringify({ id: 'x\u001b]0;owned\u0007\u202e', jws: planted, serverJws: cs, receivedAt: '\u001b[2J\u009b31m' });
      writeFileSync(files.export, `${line}\n`);
      const forged = await verify();
      assert.equal(forged.code, 1);
      assert.doesNotMatch(forged.stdout + forged.stderr, UNSAFE);
      assert.match(forged.stdout, /FAILED: receipt x\\u001b\]0;owned\\u0007\\u202e \(position 0\)/);
    });
  });
}
