import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { makeReceipt } from './helpers/make-receipt.js';
import { BIN, freePort, spawnServer, stopChild } from './helpers/spawn-server.js';

const run = promisify(execFile);
/** @param {string[]} args @param {string} [input] @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
async function cli(args, input) {
  const p = run(process.execPath, [BIN, ...args], { env: { ...process.env, SEAL_SIGNING_KEY: '' } });
  if (input !== undefined) p.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await p;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = /** @type {any} */ (err);
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cookie-seal-server CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-cli-'));
  const dataDir = join(dir, 'data');
  /** @type {Awaited<ReturnType<typeof spawnServer>>} */ let server;
  /** @type {{ jws: string, payload: any }} */ let receipt;
  /** @type {any} */ let answer;

  before(async () => {
    mkdirSync(join(dir, 'demo', 'fr'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(dir, 'demo', 'fr', 'index.html'), '<!doctype html><title>démo</title>');
    writeFileSync(join(dir, 'dist', 'cookie-seal.js'), 'window.loaded = true;');
    writeFileSync(join(dir, 'dist', 'chunks', 'ui-en.js'), 'export const ui = 1;');
    const port = await freePort();
    server = await spawnServer(
      ['--port', String(port), '--data-dir', dataDir, '--demo', join(dir, 'demo'), '--dist', join(dir, 'dist')],
      { SEAL_EXPORT_TOKEN: 'cli-token', SEAL_ALLOWED_ORIGINS: 'https://www.example.org' },
    );
    assert.match(server.output(), new RegExp(`cookie-seal demo: http://localhost:${port}/`));
    receipt = await makeReceipt({ iss: server.url });
    const res = await fetch(`${server.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: receipt.jws });
    assert.equal(res.status, 201);
    answer = await res.json();
  });
  after(async () => {
    await stopChild(server.child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the demo at / and dist at /cookie-seal/ with content types and revalidation', async () => {
    for (const [path, type] of [['/', /text\/html/], ['/fr/', /text\/html/], ['/cookie-seal/cookie-seal.js', /javascript/], ['/cookie-seal/chunks/ui-en.js', /javascript/]]) {
      const res = await fetch(server.url + path);
      assert.equal(res.status, 200, path);
      assert.match(String(res.headers.get('content-type')), /** @type {RegExp} */ (type), path);
      if (String(type) === String(/text\/html/)) {
        // Demo pages carry a fresh CSP nonce each time (demo-csp.js): never cached, never revalidated.
        assert.equal(res.headers.get('cache-control'), 'no-store', path);
        assert.equal(res.headers.get('etag'), null, path);
        assert.match(String(res.headers.get('content-security-policy')), /'nonce-/, path);
      } else {
        assert.equal(res.headers.get('cache-control'), 'no-cache', path);
        assert.ok(res.headers.get('etag'), path);
      }
    }
    assert.equal((await fetch(`${server.url}/cookie-seal/missing.js`)).status, 404);
  });

  test('verify checks the receipt and, with --jwks, the countersignature', async () => {
    const stored = await (await fetch(`${server.url}/v1/receipts/${answer.id}`)).json();
    const file = join(dir, 'receipt.json');
    writeFileSync(file, JSON.stringify(stored));
    const ok = await cli(['verify', file, '--jwks', `${server.url}/.well-known/jwks.json`]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, new RegExp(`receipt ${receipt.payload.jti}`));
    assert.match(ok.stdout, /signature +valid/);
    assert.match(ok.stdout, /countersigned valid/);
    assert.match(ok.stdout, /result +OK/);

    const bare = join(dir, 'receipt.jws');
    writeFileSync(bare, receipt.jws);
    const withFlag = await cli(['verify', bare, '--jwks', `${server.url}/.well-known/jwks.json`, '--server-jws', answer.serverJws]);
    assert.equal(withFlag.code, 0, withFlag.stdout);

    const i = receipt.jws.indexOf('.') + 12;
    const tampered = receipt.jws.slice(0, i) + (receipt.jws[i] === 'x' ? 'y' : 'x') + receipt.jws.slice(i + 1);
    const jwksUrl = `${server.url}/.well-known/jwks.json`;
    const bad = await cli(['verify', '-', '--jwks', jwksUrl], tampered);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /INVALID/);
    assert.match(bad.stdout, new RegExp(`FAILED: receipt ${receipt.payload.jti}`), 'a failing visitor signature names the receipt');
    const noKeys = await cli(['verify', file], undefined);
    assert.equal(noKeys.code, 2, 'without the countersigning keys verify cannot vouch for anything');
    assert.match(noKeys.stderr, /needs the countersigning public keys: --jwks/);
    const viaDataDir = await cli(['verify', file, '--data-dir', dataDir]);
    assert.equal(viaDataDir.code, 0, viaDataDir.stdout + viaDataDir.stderr);
    const foreign = await makeReceipt({ iss: server.url });
    const wrongCounter = await cli(['verify', '-', '--jwks', `${server.url}/.well-known/jwks.json`], JSON.stringify({ jws: foreign.jws, serverJws: answer.serverJws }));
    assert.equal(wrongCounter.code, 1);
    assert.match(wrongCounter.stdout, /countersigned INVALID/);
  });

  test('export prints NDJSON via the URL and straight from the data folder; both verify', async () => {
    const viaUrl = await cli(['export', '--url', server.url, '--token', 'cli-token']);
    assert.equal(viaUrl.code, 0, viaUrl.stderr);
    const direct = await cli(['export', '--data-dir', dataDir]);
    assert.equal(direct.code, 0, direct.stderr);
    assert.equal(direct.stdout, viaUrl.stdout);
    assert.deepEqual(JSON.parse(direct.stdout.trim()), { ...answer, jws: receipt.jws });
    const denied = await cli(['export', '--url', server.url, '--token', 'wrong']);
    assert.equal(denied.code, 1);
    assert.match(denied.stderr, /403/);
    const checked = await cli(['verify', '-', '--jwks', `${server.url}/.well-known/jwks.json`], direct.stdout);
    assert.equal(checked.code, 0, checked.stdout);
  });

  test('rotate-key retires the key; after a restart both kids are published', async () => {
    const before = await (await fetch(`${server.url}/.well-known/jwks.json`)).json();
    const rotated = await cli(['rotate-key', '--data-dir', dataDir]);
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(rotated.stdout, new RegExp(`${before.keys[0].kid} is retired`));
    assert.equal(await stopChild(server.child, 'SIGTERM'), 0, 'SIGTERM is a clean exit');
    const port = new URL(server.url).port;
    server = await spawnServer(['--port', port, '--data-dir', dataDir]);
    const jwks = await (await fetch(`${server.url}/.well-known/jwks.json`)).json();
    assert.equal(jwks.keys.length, 2);
    assert.equal(jwks.keys[1].kid, before.keys[0].kid);
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify({ jws: receipt.jws, serverJws: answer.serverJws }));
    assert.equal((await cli(['verify', file, '--jwks', `${server.url}/.well-known/jwks.json`])).code, 0);
  });

  test('unknown commands and bad configuration fail with a message', async () => {
    const unknown = await cli(['frobnicate']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
    const badKey = await run(process.execPath, [BIN, 'serve', '--port', '1', '--data-dir', dataDir], { env: { ...process.env, SEAL_SIGNING_KEY: 'nope' } }).catch((e) => e);
    assert.equal(badKey.code, 1);
    assert.match(badKey.stderr, /SEAL_SIGNING_KEY is not valid JSON/);
    for (const host of ['0.0.0.0', '::', '192.0.2.1']) {
      const open = await run(process.execPath, [BIN, 'serve', '--port', '1', '--host', host, '--data-dir', join(dir, 'never')], { env: { ...process.env, SEAL_SIGNING_KEY: '', SEAL_PUBLIC_ORIGIN: '' } }).catch((e) => e);
      assert.equal(open.code, 1, host);
      assert.match(open.stderr, /Refusing to listen on .* without SEAL_PUBLIC_ORIGIN/);
    }
  });

  test('the data folder is 0700 and its files 0600 even under umask 000', async () => {
    const privateDir = join(dir, 'umask', 'data');
    const old = process.umask(0);
    let child;
    try {
      child = await spawnServer(['--port', String(await freePort()), '--data-dir', privateDir]);
    } finally {
      process.umask(old);
    }
    const r = await makeReceipt({ iss: child.url });
    assert.equal((await fetch(`${child.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: r.jws })).status, 201);
    assert.equal(statSync(privateDir).mode & 0o777, 0o700);
    for (const f of ['receipts.db', 'receipts.db-wal', 'receipts.db-shm', 'keys.json']) {
      assert.equal(statSync(join(privateDir, f)).mode & 0o777, 0o600, f);
    }
    await stopChild(child.child, 'SIGKILL');
  });
});
