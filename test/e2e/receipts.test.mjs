// Signed consent receipts, end to end: the built loader and receipts chunk on
// the demo site in headless Chromium, a real receipt service (server/) behind
// the demo's /v1/receipts, and verification in Node by independent code —
// `jose` for the ES256 signatures, `ajv` with the Kantara v1.1 schema.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, importJWK } from 'jose';
import { buildApp } from '../../server/src/app.js';
import { loadKeys } from '../../server/src/keys.js';
import { openSqlite } from '../../server/src/storage/sqlite.js';
import { launchBrowser, newPage } from './helpers/browser.mjs';
import { bannerButton, idleTurn, preferences, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { startServer } from './helpers/server.mjs';

const schema = JSON.parse(readFileSync(new URL('../fixtures/kantara-consent-receipt-v1.1.schema.json', import.meta.url), 'utf8'));
// Ajv 8 ships no draft-04 meta-schema; every keyword this schema uses means the same in Ajv's default draft.
delete schema.$schema;
const validateKantara = new Ajv({ allErrors: true, strict: false }).compile(schema);

const sha256b64url = (text) => createHash('sha256').update(text).digest('base64url');

/** The receipt service and a switch that makes it unreachable (connection reset), like a stopped process. */
const service = { up: true, app: null, storage: null, dataDir: null, accepted: [], dropped: 0, handled: 0, waiters: new Set() };

/** Resolves when `predicate()` holds, checked each time the service drops or answers a receipt. */
function serviceState(predicate, timeout = 15_000) {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const waiter = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      service.waiters.delete(waiter);
      resolve();
    };
    const timer = setTimeout(() => {
      service.waiters.delete(waiter);
      reject(new Error(`receipt service: condition not met within ${timeout} ms (dropped ${service.dropped}, answered ${service.handled})`));
    }, timeout);
    service.waiters.add(waiter);
  });
}
const notify = () => { for (const w of [...service.waiters]) w(); };
let server;
let browser;

before(async () => {
  service.dataDir = mkdtempSync(join(tmpdir(), 'cookie-seal-e2e-'));
  server = await startServer({ receipts: forwardToService });
  service.storage = openSqlite({ file: join(service.dataDir, 'receipts.sqlite') });
  service.app = await buildApp({
    storage: service.storage,
    keys: await loadKeys({ dataDir: service.dataDir }),
    serviceOrigin: server.origin,
    allowedOrigins: [server.origin],
    rateLimit: { max: 10_000, timeWindow: '1 minute' },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await service.app?.close();
  // The app does not own its storage: closed here, or its writer thread keeps the process alive.
  await service.storage?.close();
  rmSync(service.dataDir, { recursive: true, force: true });
});

/** Handles the demo's POST /v1/receipts with the real service (in-process), or drops the connection when it is "down". */
function forwardToService(req, res) {
  if (!service.up) {
    service.dropped++;
    req.socket.destroy();
    notify();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const reply = await service.app.inject({
      method: req.method,
      url: '/v1/receipts',
      headers: { 'content-type': req.headers['content-type'] ?? '', origin: req.headers.origin ?? '' },
      payload: body,
    });
    if (reply.statusCode === 201 || reply.statusCode === 200) service.accepted.push({ status: reply.statusCode, jws: body });
    res.writeHead(reply.statusCode, { 'content-type': reply.headers['content-type'] ?? 'application/json' });
    res.end(reply.body);
    service.handled++;
    notify();
  });
}

const url = (path) => new URL(path, server.origin).href;

/** Verifies a receipt as any third party would: the embedded JWK, with jose; returns the payload. */
async function verifyInNode(jws) {
  const header = decodeProtectedHeader(jws);
  assert.equal(header.alg, 'ES256');
  assert.equal(header.typ, 'consent-receipt+jwt');
  assert.deepEqual(Object.keys(header.jwk).sort(), ['crv', 'kty', 'x', 'y'], 'only the public key is in the header');
  const { payload } = await compactVerify(jws, await importJWK(header.jwk, 'ES256'));
  return JSON.parse(new TextDecoder().decode(payload));
}

function assertKantara(payload) {
  assert.ok(validateKantara(payload), `Kantara schema: ${JSON.stringify(validateKantara.errors)}`);
  assert.equal(payload.version, 'KI-CR-v1.1.0');
  assert.equal(payload.jti, payload.consentReceiptID);
  assert.equal(payload.sub, payload.piiPrincipalId);
  assert.equal(payload.iss, server.origin);
  assert.match(payload.consentReceiptID, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(payload.consent.textsHash, /^[A-Za-z0-9_-]{43}$/);
}

/** Waits for the `seal-receipt` events recorded by the page (see helpers/browser.mjs). */
async function waitForReceiptEvents(page, { count = 1, countersigned = false } = {}) {
  await page.waitForFunction(
    ([n, server]) => (window.__sealEvents ?? []).filter((e) => e.type === 'seal-receipt' && (!server || e.detail?.serverJws)).length >= n,
    [count, countersigned],
    { timeout: 10_000 },
  );
}

async function decide(page, how) {
  await page.goto(url('/'));
  // Generous: the first page of a cold browser on a busy CI machine can take a while.
  await waitForBanner(page, /accept all/i, 15_000);
  if (how === 'accept-all') await bannerButton(page, /accept all/i).click();
  if (how === 'reject-all') await bannerButton(page, /reject all/i).click();
  if (how === 'custom') {
    await bannerButton(page, /customi[sz]e/i).click();
    const dialog = preferences(page);
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('switch', { name: /^analytics/i }).click();
    await dialog.getByRole('button', { name: /save choices/i }).click();
  }
  await waitForReceiptEvents(page);
}

const EXPECTED = {
  // Categories without services of their own (preferences, interaction) are listed under their own name.
  'accept-all': { analytics: true, advertising: true, services: ['Session & security', 'Google reCAPTCHA', 'Preferences', 'Interaction history', 'Google Analytics', 'YouTube'] },
  'reject-all': { analytics: false, advertising: false, services: ['Session & security'] },
  custom: { analytics: true, advertising: false, services: ['Session & security', 'Google Analytics'] },
};

for (const [method, expected] of Object.entries(EXPECTED)) {
  test(`${method}: the browser's receipt verifies with jose, fits the Kantara schema and is countersigned`, async () => {
    const { page, errors, close } = await newPage(browser);
    await decide(page, method);
    const [receipt] = await page.evaluate(() => window.CookieSeal.receipts());
    const payload = await verifyInNode(receipt.jws);
    assert.deepEqual(payload, receipt.payload, 'the stored payload is the signed one');
    assertKantara(payload);
    assert.equal(payload.consent.method, method);
    assert.equal(payload.consent.categories.analytics, expected.analytics);
    assert.equal(payload.consent.categories.advertising, expected.advertising);
    assert.deepEqual(payload.services.map((s) => s.service).sort(), [...expected.services].sort());
    assert.equal(payload.consent.prev, null);

    // The receipt service countersigned it; the countersignature verifies against its JWKS.
    await waitForReceiptEvents(page, { countersigned: true });
    const [stored] = await page.evaluate(() => window.CookieSeal.receipts());
    const jwks = (await service.app.inject({ url: '/.well-known/jwks.json' })).json();
    const { payload: raw } = await compactVerify(stored.serverJws, createLocalJWKSet(jwks));
    const counter = JSON.parse(new TextDecoder().decode(raw));
    assert.equal(counter.jti, payload.jti);
    assert.equal(counter.receiptHash, sha256b64url(receipt.jws));
    assert.equal(await page.evaluate(([jws, set]) => window.CookieSeal.verifyReceipt(jws, set), [stored.serverJws, jwks]), true);
    const row = (await service.app.inject({ url: `/v1/receipts/${payload.jti}` })).json();
    assert.equal(row.jws, receipt.jws);
    assert.deepEqual(errors.page, []);
    await close();
  });
}

test('withdraw: a new receipt chained to the previous one survives the reload that follows', async () => {
  const { page, errors, close } = await newPage(browser);
  await decide(page, 'accept-all');
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.CookieSeal.withdraw())]);
  await waitForReady(page);
  const receipts = await page.evaluate(() => window.CookieSeal.receipts());
  assert.deepEqual(receipts.map((r) => r.payload.consent.method), ['withdraw', 'accept-all']);
  const [withdrawn, accepted] = await Promise.all(receipts.map((r) => verifyInNode(r.jws)));
  assertKantara(withdrawn);
  assert.deepEqual(withdrawn.services.map((s) => s.service), ['Session & security']);
  assert.equal(withdrawn.consent.categories.analytics, false);
  assert.equal(withdrawn.consent.prev, sha256b64url(receipts[1].jws));
  assert.equal(withdrawn.sub, accepted.sub, 'same visitor');
  // Any changed byte of the signed payload or signature, checked by jose, fails.
  for (const segment of [1, 2]) {
    const parts = receipts[0].jws.split('.');
    const bytes = Buffer.from(parts[segment], 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const copy = Buffer.from(bytes);
      copy[i] ^= 0x01;
      const tampered = parts.map((p, k) => (k === segment ? copy.toString('base64url') : p)).join('.');
      await assert.rejects(verifyInNode(tampered), undefined, `segment ${segment} byte ${i}`);
    }
  }
  const cookie = (await page.context().cookies()).find((c) => c.name === 'eu-consent');
  assert.equal(JSON.parse(decodeURIComponent(cookie.value)).h, sha256b64url(receipts[0].jws), 'the cookie points at the latest receipt');
  assert.deepEqual(errors.page, []);
  await close();
});

test('a receipt made while the service is down arrives exactly once after it is back, on a later page load', async () => {
  const session = await newPage(browser);
  service.up = false;
  let queued;
  try {
    const dropped = service.dropped;
    await decide(session.page, 'reject-all');
    [queued] = await session.page.evaluate(() => window.CookieSeal.receipts());
    // The page's own attempt must have met the stopped service: a POST still on its way
    // (keepalive outlives the page) would otherwise arrive once the service is back.
    await serviceState(() => service.dropped > dropped);
    // Leave while the service is still down, so this page's retry timer cannot deliver it.
    await session.page.close();
  } finally {
    service.up = true;
  }
  assert.equal(queued.serverJws, undefined, 'not countersigned while the service was down');
  assert.equal(service.accepted.filter((a) => a.jws === queued.jws).length, 0);

  const { page, errors } = await session.openTab();
  await page.goto(url('/'));
  await waitForReceiptEvents(page, { countersigned: true });
  // Give any duplicate sender (retry timer, a second flush on the next page) its chance: the reloaded
  // page's idle-time outbox flush has run, and every receipt POST it made has been answered; then count.
  const posts = () => session.network.local.filter((r) => r.path === '/v1/receipts').length;
  const answered = service.handled;
  const postsBefore = posts();
  await page.reload();
  await waitForReady(page);
  await idleTurn(page);
  await serviceState(() => service.handled - answered >= posts() - postsBefore);
  assert.deepEqual(service.accepted.filter((a) => a.jws === queued.jws).map((a) => a.status), [201]);
  const [after] = await page.evaluate(() => window.CookieSeal.receipts());
  assert.equal(after.jws, queued.jws);
  assert.equal(typeof after.serverJws, 'string');
  assert.deepEqual(errors.page, []);
  await session.close();
});
