#!/usr/bin/env node
// Load and crash bench for the receipt service (issue 3): N concurrent clients POST distinct,
// pre-signed receipts on loopback for a bounded time; halfway through the service is killed
// with SIGKILL and restarted; afterwards every receipt that got a 201 must be readable.
// Env: BENCH_SECONDS (10), BENCH_CLIENTS (16), BENCH_POOL (receipts signed up front, 30000),
// BENCH_STORAGES ("sqlite,postgres"), BENCH_CRASH=0 to measure without the kill.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeVisitor, receiptPayload, signReceipt } from '../test/helpers/make-receipt.js';
import { startPostgres } from '../test/helpers/pg-cluster.js';
import { freePort, spawnServer, stopChild } from '../test/helpers/spawn-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const POOL = Number(process.env.BENCH_POOL ?? 30_000);
const STORAGES = (process.env.BENCH_STORAGES ?? 'sqlite,postgres').split(',');
const CRASH = process.env.BENCH_CRASH !== '0';

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/** @param {string} iss @returns {Promise<Array<{ id: string, jws: string }>>} */
async function signPool(iss) {
  const visitors = await Promise.all(Array.from({ length: 64 }, makeVisitor));
  const pool = [];
  for (let i = 0; i < POOL; i++) {
    const v = /** @type {Awaited<ReturnType<typeof makeVisitor>>} */ (visitors[i % visitors.length]);
    const payload = receiptPayload({ visitorId: v.id, iss, method: i % 3 ? 'accept-all' : 'reject-all' });
    pool.push({ id: payload.jti, jws: await signReceipt(v, payload) });
  }
  return pool;
}

/**
 * @param {string} label @param {string[]} args @param {NodeJS.ProcessEnv} env
 */
async function runOne(label, args, env) {
  const port = await freePort();
  const serveArgs = ['--port', String(port), ...args];
  const serveEnv = { SEAL_RATE_LIMIT: '0', SEAL_EXPORT_TOKEN: 'bench', ...env };
  let server = await spawnServer(serveArgs, serveEnv);
  const url = server.url;
  process.stdout.write(`${label}: signing ${POOL} receipts… `);
  const queue = await signPool(url);
  console.log(`done; ${CLIENTS} clients for ${SECONDS} s, SIGKILL at ${(SECONDS * 0.4).toFixed(1)} s`);

  /** @type {string[]} */ const created = [];
  /** @type {number[]} */ const latencies = [];
  let duplicates = 0;
  let failures = 0;
  let next = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;

  async function client() {
    while (performance.now() < deadline) {
      const item = queue[next++];
      if (!item) return;
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: item.jws });
        await res.arrayBuffer();
        if (res.status === 201) created.push(item.id);
        else if (res.status === 200) duplicates++;
        else throw new Error(`status ${res.status}`);
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
        queue.push(item); // like the browser outbox: retry later, the service is idempotent by jti
        await sleep(20);
      }
    }
  }

  const crash = (async () => {
    if (!CRASH) return 0;
    await sleep(SECONDS * 400);
    await stopChild(server.child, 'SIGKILL');
    const down = performance.now();
    server = await spawnServer(serveArgs, serveEnv);
    return performance.now() - down;
  })();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const downtime = await crash;
  const elapsed = (performance.now() - start) / 1000;

  let lost = 0;
  const ids = [...created];
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let id = ids.pop(); id; id = ids.pop()) {
      const res = await fetch(`${url}/v1/receipts/${id}`);
      await res.arrayBuffer();
      if (res.status !== 200) lost++;
    }
  }));
  const exported = await (await fetch(`${url}/v1/export`, { headers: { authorization: 'Bearer bench' } })).text();
  const rowIds = exported.split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
  await stopChild(server.child, 'SIGTERM');
  latencies.sort((a, b) => a - b);
  return {
    storage: label,
    receipts: created.length,
    perSecond: Math.round(created.length / elapsed),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    retriedAfterCrash: failures,
    answeredDuplicate: duplicates,
    downtimeMs: Math.round(downtime),
    lost,
    rows: rowIds.length,
    duplicateRows: rowIds.length - new Set(rowIds).size,
  };
}

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  const results = [];
  for (const storage of STORAGES) {
    const dir = mkdtempSync(join(tmpdir(), 'seal-bench-'));
    try {
      if (storage === 'sqlite') {
        results.push(await runOne('SQLite', ['--data-dir', dir], {}));
      } else if (storage === 'postgres') {
        const pg = await startPostgres();
        try {
          results.push(await runOne('PostgreSQL', ['--data-dir', dir], { DATABASE_URL: pg.connectionString }));
        } finally {
          await pg.stop();
        }
      } else {
        throw new Error(`unknown storage ${storage}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nReceipt service bench, ${date}: ${CLIENTS} clients, ${SECONDS} s, loopback, SIGKILL + restart at 40 %, node ${process.version}\n`);
  console.log('| storage | answered 201 | receipts/s | p50 ms | p99 ms | retried after crash | restart ms | rows stored | duplicate rows | lost |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.storage} | ${r.receipts} | ${r.perSecond} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.retriedAfterCrash} | ${r.downtimeMs} | ${r.rows} | ${r.duplicateRows} | ${r.lost} |`);
  }
  const lost = results.reduce((n, r) => n + r.lost, 0);
  const doubled = results.reduce((n, r) => n + r.duplicateRows, 0);
  if (lost > 0 || doubled > 0) {
    console.error(`\nFAILED: ${lost} receipts answered 201 are missing, ${doubled} stored twice`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
