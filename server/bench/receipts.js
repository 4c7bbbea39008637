#!/usr/bin/env node
// Load and crash bench for the receipt service (issues 3 and 15). N concurrent clients POST
// distinct, pre-signed receipts over loopback (keep-alive HTTP) for a bounded time:
//   1. throughput: per storage, the service with its log, then the bench-only baseline without
//      it (SEAL_BENCH_WITHOUT_LOG=1), to show what the log costs; a checkpoint is fetched every
//      second during the runs with the log;
//   2. crash: the service is SIGKILLed at 40 % and restarted; clients retry what failed (as the
//      browser outbox does); afterwards every receipt answered 201 must be readable, once.
// Env: BENCH_SECONDS (10), BENCH_CLIENTS (16), BENCH_STORAGES ("sqlite,postgres"),
// BENCH_MODES ("log,nolog,crash"), BENCH_POOL (receipts signed up front, 60000),
// SEAL_SERVER_NODE_ARGS (flags for the service's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { loadavg } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { receiptPayload } from '../test/helpers/make-receipt.js';
import { startPostgres } from '../test/helpers/pg-cluster.js';
import { freePort, spawnServer, stopChild } from '../test/helpers/spawn-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const POOL = Number(process.env.BENCH_POOL ?? 60_000);
const STORAGES = (process.env.BENCH_STORAGES ?? 'sqlite,postgres').split(',');
const MODES = (process.env.BENCH_MODES ?? 'log,nolog,crash').split(',');
const ISS = 'https://bench.example';
/** Seconds of load before measuring, so JIT compilation and caches do not count. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const NODE_ARGS = (process.env.SEAL_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/** Receipts signed up front with node:crypto (as many visitors as the pool has / 8). */
async function signPool() {
  const visitors = await Promise.all(Array.from({ length: Math.max(1, Math.floor(POOL / 8)) }, async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = /** @type {any} */ (await exportJWK(privateKey));
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'consent-receipt+jwt', jwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } })).toString('base64url');
    return { id: randomUUID(), header, key: createPrivateKey({ key: jwk, format: 'jwk' }) };
  }));
  return Array.from({ length: POOL }, (_, i) => {
    const v = /** @type {typeof visitors[number]} */ (visitors[i % visitors.length]);
    const payload = receiptPayload({ visitorId: v.id, iss: ISS, method: i % 3 ? 'accept-all' : 'reject-all' });
    const input = `${v.header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return { id: payload.jti, jws: `${input}.${sign('sha256', Buffer.from(input), { key: v.key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}` };
  });
}

/**
 * CPU seconds (user + system) a process has used, from /proc (Linux); with `thread`, only its
 * main thread's (the event loop, which every request passes through).
 */
function cpuSeconds(/** @type {number | undefined} */ pid, thread = false) {
  try {
    const fields = readFileSync(thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** @param {http.Agent} agent @param {string} url @param {string} method @param {string} [body] @param {Record<string, string>} [headers] */
function request(agent, url, method, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body ? { 'content-type': 'application/jose', 'content-length': Buffer.byteLength(body), ...headers } : headers }, (res) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The load's HTTP/1.1 client: one keep-alive connection, one request at a time (as a browser
 * sends a receipt), written and parsed by hand. node:http's client costs the bench about as
 * much CPU as the service spends on a receipt, and on 2 cores every millisecond the load
 * generator spends is taken from the service it measures. Answers must carry Content-Length
 * (the service's JSON answers do).
 */
class Connection {
  /** @param {URL} url */
  constructor(url) {
    this.host = url.hostname;
    this.port = Number(url.port);
    this.hostHeader = url.host;
    /** @type {net.Socket | null} */
    this.socket = null;
    /** @type {{ resolve: (r: { status: number, body: string }) => void, reject: (e: Error) => void } | null} */
    this.waiting = null;
    this.buffer = Buffer.alloc(0);
  }

  /** @param {string} path @param {string} body @returns {Promise<{ status: number, body: string }>} */
  post(path, body) {
    if (!this.socket) this.connect();
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      /** @type {net.Socket} */ (this.socket).write(
        `POST ${path} HTTP/1.1\r\nHost: ${this.hostHeader}\r\nContent-Type: application/jose\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
  }

  connect() {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    const fail = (/** @type {Error} */ err) => {
      if (this.socket === socket) this.socket = null;
      socket.destroy();
      const w = this.waiting;
      this.waiting = null;
      w?.reject(err);
    };
    socket.on('data', (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      try {
        this.parse();
      } catch (err) {
        fail(/** @type {Error} */ (err));
      }
    });
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  parse() {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buffer.toString('latin1', 0, end);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!length) throw new Error(`an answer without Content-Length:\n${head}`);
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const status = Number(head.slice(9, 12));
    const body = this.buffer.toString('utf8', end + 4, total);
    this.buffer = this.buffer.subarray(total);
    const w = this.waiting;
    this.waiting = null;
    if (/\r\nconnection:\s*close/i.test(head)) {
      this.socket?.destroy();
      this.socket = null;
    }
    w.resolve({ status, body });
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
  }
}

/**
 * @param {string} label @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @param {{ crash: boolean, checkpoints: boolean }} mode @param {Array<{ id: string, jws: string }>} pool
 */
async function runOne(label, args, env, mode, pool) {
  const port = await freePort();
  const serveArgs = ['--port', String(port), ...args];
  const serveEnv = { SEAL_RATE_LIMIT: '0', SEAL_EXPORT_TOKEN: 'bench', SEAL_ALLOWED_ORIGINS: ISS, ...env };
  let server = await spawnServer(serveArgs, serveEnv, NODE_ARGS);
  const url = server.url;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const queue = [...pool];
  /** @type {string[]} */ const created = [];
  /** @type {number[]} */ const latencies = [];
  let failures = 0;
  let next = 0;
  let checkpoints = 0;
  let measuring = false;
  let deadline = performance.now() + WARMUP * 1000;

  const connections = Array.from({ length: CLIENTS }, () => new Connection(new URL(url)));
  async function client(/** @type {unknown} */ _, /** @type {number} */ k) {
    const connection = /** @type {Connection} */ (connections[k]);
    while (performance.now() < deadline) {
      const item = queue[next++];
      if (!item) return;
      const t0 = performance.now();
      try {
        const res = await connection.post('/v1/receipts', item.jws);
        if (res.status !== 201 && res.status !== 200) throw new Error(`status ${res.status}: ${res.body}`);
        if (res.status === 201) (measuring ? created : warm).push(item.id);
        if (measuring) latencies.push(performance.now() - t0);
      } catch (err) {
        if (!mode.crash) throw err;
        failures++;
        queue.push(item); // like the browser outbox: retry later, the service is idempotent by jti
        await sleep(20);
      }
    }
  }
  /** @type {string[]} */ const warm = [];
  if (WARMUP > 0) await Promise.all(Array.from({ length: CLIENTS }, client));
  measuring = true;
  const load0 = loadavg()[0];
  const cpu0 = cpuSeconds(server.child.pid);
  const main0 = cpuSeconds(server.child.pid, true);
  const client0 = process.cpuUsage();
  const start = performance.now();
  deadline = start + SECONDS * 1000;
  const checkpointer = (async () => {
    while (mode.checkpoints && performance.now() < deadline) {
      await sleep(1000);
      const res = /** @type {any} */ (await request(agent, `${url}/v1/log/checkpoint`, 'GET').catch(() => ({ status: 0 })));
      if (res.status === 200) checkpoints++;
    }
  })();
  const crash = (async () => {
    if (!mode.crash) return 0;
    await sleep(SECONDS * 400);
    await stopChild(server.child, 'SIGKILL');
    const down = performance.now();
    server = await spawnServer(serveArgs, serveEnv, NODE_ARGS);
    return performance.now() - down;
  })();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsed = (performance.now() - start) / 1000;
  const load1 = loadavg()[0];
  const cpu1 = cpuSeconds(server.child.pid);
  const main1 = cpuSeconds(server.child.pid, true);
  const client1 = process.cpuUsage(client0);
  const downtime = await crash;
  await checkpointer;

  let lost = 0;
  const ids = [...warm, ...created];
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let id = ids.pop(); id; id = ids.pop()) {
      const res = /** @type {any} */ (await request(agent, `${url}/v1/receipts/${id}`, 'GET'));
      if (res.status !== 200) lost++;
    }
  }));
  const exported = /** @type {any} */ (await request(agent, `${url}/v1/export`, 'GET', undefined, { authorization: 'Bearer bench' })).body;
  const rows = exported.split('\n').filter(Boolean).map((/** @type {string} */ l) => JSON.parse(l));
  const rowIds = rows.map((/** @type {any} */ r) => r.id);
  const leafIndexes = rows.map((/** @type {any} */ r) => r.leafIndex).filter((/** @type {unknown} */ i) => typeof i === 'number');
  const gaplessLog = leafIndexes.every((/** @type {number} */ i, /** @type {number} */ k) => i === k);
  agent.destroy();
  for (const c of connections) c.close();
  await stopChild(server.child, 'SIGTERM');
  latencies.sort((a, b) => a - b);
  return {
    storage: label,
    mode: mode.crash ? 'SIGKILL at 40 %' : mode.checkpoints ? 'with log' : 'without log (baseline)',
    receipts: created.length,
    perSecond: Math.round(created.length / elapsed),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    retriedAfterCrash: failures,
    downtimeMs: Math.round(downtime),
    lost,
    rows: rowIds.length - warm.length,
    duplicateRows: rowIds.length - new Set(rowIds).size,
    warm: warm.length,
    log: leafIndexes.length === 0 ? '–' : gaplessLog && leafIndexes.length === rows.length ? `${leafIndexes.length} leaves, no gap` : 'GAP',
    checkpoints,
    load: `${load0.toFixed(1)}→${load1.toFixed(1)}`,
    // Server CPU per receipt: what the service costs whatever else runs on the machine.
    cpuMs: mode.crash ? NaN : (1000 * (cpu1 - cpu0)) / Math.max(1, created.length),
    // Of which the event loop's: the part that does not spread over the cores.
    mainCpuMs: mode.crash ? NaN : (1000 * (main1 - main0)) / Math.max(1, created.length),
    // The bench's own CPU per receipt (HTTP client): with 2 cores it competes with the service.
    clientCpuMs: (client1.user + client1.system) / 1000 / Math.max(1, created.length),
  };
}

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  process.stdout.write(`signing ${POOL} receipts… `);
  const pool = await signPool();
  console.log('done');
  const results = [];
  for (const storage of STORAGES) {
    const pg = storage === 'postgres' ? await startPostgres() : null;
    try {
      for (const m of MODES) {
        const dir = mkdtempSync(join(tmpdir(), 'seal-bench-'));
        const label = storage === 'sqlite' ? 'SQLite' : 'PostgreSQL';
        const env = /** @type {NodeJS.ProcessEnv} */ ({ ...(pg ? { DATABASE_URL: pg.connectionString } : {}), ...(m === 'nolog' ? { SEAL_BENCH_WITHOUT_LOG: '1' } : {}) });
        if (pg) { // a clean table per run
          const { default: pgLib } = await import('pg');
          const c = new pgLib.Client(pg.connectionString);
          await c.connect();
          await c.query('DROP TABLE IF EXISTS seal_receipts, seal_visitors CASCADE');
          await c.end();
        }
        process.stdout.write(`${label}, ${m}… `);
        try {
          const r = await runOne(label, ['--data-dir', dir], env, { crash: m === 'crash', checkpoints: m !== 'nolog' }, pool);
          results.push(r);
          console.log(`${r.perSecond}/s, p99 ${r.p99.toFixed(1)} ms, server CPU ${r.cpuMs.toFixed(3)} ms/receipt (event loop ${r.mainCpuMs.toFixed(3)}), client CPU ${r.clientCpuMs.toFixed(3)} ms/receipt, load ${r.load}`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    } finally {
      await pg?.stop();
    }
  }
  console.log(`\nReceipt service bench, ${date}: ${CLIENTS} clients, ${SECONDS} s, loopback keep-alive HTTP, node ${process.version}, load average (1 min) before→after each run\n`);
  console.log('| storage | run | answered 201 | receipts/s | p50 ms | p99 ms | retried after crash | restart ms | rows stored | duplicate rows | lost | log | checkpoints | server CPU ms/receipt | of which event loop | client CPU ms/receipt | load |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.storage} | ${r.mode} | ${r.receipts} | ${r.perSecond} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.retriedAfterCrash} | ${r.downtimeMs} | ${r.rows} | ${r.duplicateRows} | ${r.lost} | ${r.log} | ${r.checkpoints} | ${Number.isNaN(r.cpuMs) ? '–' : r.cpuMs.toFixed(3)} | ${Number.isNaN(r.mainCpuMs) ? '–' : r.mainCpuMs.toFixed(3)} | ${r.clientCpuMs.toFixed(3)} | ${r.load} |`);
  }
  for (const storage of ['SQLite', 'PostgreSQL']) {
    const on = results.find((r) => r.storage === storage && r.mode === 'with log');
    const off = results.find((r) => r.storage === storage && r.mode.startsWith('without'));
    if (on && off) {
      console.log(`${storage}: the log costs ${(100 * (1 - on.perSecond / off.perSecond)).toFixed(1)} % of throughput, ${(100 * (on.cpuMs / off.cpuMs - 1)).toFixed(1)} % more server CPU per receipt`);
    }
  }
  const lost = results.reduce((n, r) => n + r.lost, 0);
  const doubled = results.reduce((n, r) => n + r.duplicateRows, 0);
  const gaps = results.filter((r) => r.log === 'GAP').length;
  if (lost > 0 || doubled > 0 || gaps > 0) {
    console.error(`\nFAILED: ${lost} receipts answered 201 are missing, ${doubled} stored twice, ${gaps} runs with a gap in the log`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
