// The demo served by the real receipt service runs under a strict CSP
// (nonce + 'strict-dynamic', style-src 'self', Trusted Types required): every
// visitor flow must work with zero `securitypolicyviolation` events and no
// CSP or Trusted Types error in the console. A control test injects what the
// policy must block, so a listener that hears nothing cannot pass unnoticed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../server/src/app.js';
import { loadKeys } from '../../server/src/keys.js';
import { openSqlite } from '../../server/src/storage/sqlite.js';
import { THIRD_PARTY, launchBrowser, newPage } from './helpers/browser.mjs';
import { bannerButton, preferences, readConsentCookie, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CSP_CONSOLE = /content.security.policy|trusted.?type|TrustedScript|TrustedHTML/i;

let app;
let origin;
let browser;
let dataDir;
let storage;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cookie-seal-csp-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  storage = openSqlite({ file: join(dataDir, 'receipts.sqlite') });
  app = await buildApp({
    storage,
    keys: await loadKeys({ dataDir }),
    serviceOrigin: origin,
    rateLimit: { max: 10_000, timeWindow: '1 minute' },
    publicDir: { demo: join(ROOT, 'demo'), dist: process.env.SEAL_E2E_DIST || join(ROOT, 'dist') },
  });
  await app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  // The app does not own its storage: closed here, or its writer thread keeps the process alive.
  await storage?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const url = (path) => new URL(path, origin).href;
const nonceOf = (response) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

/**
 * A first-time visitor whose every page reports CSP violations to the test,
 * across navigations and reloads: the listener is installed before any page script.
 */
async function cspSession() {
  const session = await newPage(browser);
  const violations = [];
  const consoleErrors = [];
  await session.context.exposeFunction('__sealCspReport', (v) => violations.push(v));
  await session.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__sealCspReport({
        page: location.pathname,
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile,
        line: e.lineNumber,
      });
    }, true);
  });
  session.context.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && CSP_CONSOLE.test(msg.text())) consoleErrors.push(msg.text());
  });
  return { ...session, violations, consoleErrors };
}

/** Lets late reports arrive, then asserts the flow caused none. */
async function assertNoViolation(session, flow) {
  // Reports are queued as tasks: once the page has been idle, every report of the flow is in.
  await quiet(session.page);
  assert.deepEqual(session.violations, [], `${flow}: securitypolicyviolation events`);
  assert.deepEqual(session.consoleErrors, [], `${flow}: CSP / Trusted Types console errors`);
  assert.deepEqual(session.errors.page, [], `${flow}: uncaught page errors`);
}

test('control: the header is applied, so an un-nonced inline script and a raw innerHTML are blocked and reported', async () => {
  const session = await cspSession();
  const { page } = session;
  // The injection happens after the server added its nonces: exactly what an attacker's markup would be.
  await page.route(url('/'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</head>', '<script>window.__unNonced = true;</script></head>');
    await route.fulfill({ response, body });
  });
  const response = await page.goto(url('/'));
  assert.match(response.headers()['content-security-policy'], /^script-src 'nonce-[^']+' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types cookie-seal lit-html$/);
  await waitForBanner(page);
  assert.equal(await page.evaluate(() => window.__unNonced ?? null), null, 'the injected script did not run');
  const sink = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>raw</b>';
      return 'assigned';
    } catch (error) {
      return error.name;
    }
  });
  assert.equal(sink, 'TypeError', 'Trusted Types reject a plain string in an HTML sink');
  await quiet(page);
  const directives = session.violations.map((v) => `${v.directive} ${v.blocked}`).sort();
  assert.deepEqual(directives, ['require-trusted-types-for trusted-types-sink', 'script-src-elem inline']);
  await session.close();
});

test('a policy that does not allow "cookie-seal": the tag stays off, the console says why, nothing escapes', async () => {
  const session = await cspSession();
  const { page, errors } = session;
  await page.route(url('/'), async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = headers['content-security-policy'].replace('trusted-types cookie-seal lit-html', 'trusted-types lit-html');
    await route.fulfill({ response, headers });
  });
  await page.goto(url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await quiet(page);
  assert.equal(await page.evaluate(() => (window.dataLayer ?? []).some((e) => e[0] === 'config')), false, 'the inline snippet did not run');
  // cookie-seal's own notice (src/core/config-messages.ts), not the engine's words for the refusal.
  assert.ok(errors.console.some((m) => m.startsWith('cookie-seal: could not activate')), `cookie-seal says which tag it could not start: ${JSON.stringify(errors.console)}`);
  assert.deepEqual(errors.page, [], 'no uncaught exception');
  assert.ok(session.violations.some((v) => v.directive === 'trusted-types'), 'the refused policy is reported');
  await session.close();
});

test('first visit: Accept all runs the inline GA snippet under the page nonce, with zero violations', async () => {
  const session = await cspSession();
  const { page, network } = session;
  const response = await page.goto(url('/'));
  const nonce = nonceOf(response);
  assert.ok(nonce, 'the page has a nonce');
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(/googletagmanager\.com\/gtag\/js\?id=G-DEMO1234/);
  await page.waitForFunction(() => window.__gaLoaded === true);
  const configured = await page.waitForFunction(() =>
    (window.dataLayer ?? []).some((entry) => entry[0] === 'config' && entry[1] === 'G-DEMO1234'), undefined, { timeout: 5000 })
    .then(() => true, () => false);
  // Violations first: a blocked snippet is best explained by the report that blocked it.
  await assertNoViolation(session, 'accept all');
  assert.ok(configured, 'the inline gtag snippet ran and pushed its config');
  const activated = await page.evaluate(() =>
    [...document.querySelectorAll('script[data-seal-state="activated"]')].map((s) => ({ src: s.src, nonce: s.nonce })));
  assert.equal(activated.length, 2, 'the gtag.js tag and the inline snippet');
  assert.deepEqual(activated.map((s) => s.nonce), [nonce, nonce], 'both activated scripts carry the page nonce');
  assert.ok(activated.some((s) => s.src === ''), 'one of them is the inline snippet');
  await session.close();
});

// Reject all under this policy is a visitor flow, run in every engine: visitor/scenarios.mjs.

test('Customise: preference center, cookie tables, the details popover and Save', async () => {
  const session = await cspSession();
  const { page, network, context } = session;
  await page.goto(url('/'));
  await waitForBanner(page);
  await bannerButton(page, /customi[sz]e/i).click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  const summaries = dialog.locator('summary');
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await dialog.locator('[part="info-button"]').first().click();
  const popover = page.locator('seal-popover[role="dialog"]');
  await popover.waitFor({ state: 'visible' });
  const box = await popover.boundingBox();
  assert.ok(box && box.width > 0 && box.y >= 0, `floating-ui placed the popover: ${JSON.stringify(box)}`);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
  await dialog.getByRole('switch', { name: /^analytics/i }).click();
  await dialog.getByRole('button', { name: /save choices/i }).click();
  await dialog.waitFor({ state: 'hidden' });
  await network.waitFor(/gtag\/js\?id=G-DEMO1234/);
  const { record } = await readConsentCookie(context);
  assert.equal(record?.m, 'custom');
  assert.equal(record.c.analytics, true);
  assert.equal(record.c.advertising, false);
  await assertNoViolation(session, 'customise');
  await session.close();
});

test('returning visitor: the settings button reopens the preference center; Withdraw cleans up and reloads', async () => {
  const session = await cspSession();
  const { page, network, context } = session;
  await page.goto(url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__gaLoaded === true);
  await page.reload();
  await waitForReady(page);
  await page.waitForFunction(() => window.__gaLoaded === true);

  const button = page.locator('cookie-seal-settings').getByRole('button', { name: 'Privacy settings' });
  await button.click();
  const menu = page.getByRole('menu', { name: 'Privacy options' });
  await menu.waitFor({ state: 'visible' });
  await menu.getByRole('menuitem', { name: 'Privacy preferences' }).click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.getByRole('switch', { name: /^analytics/i }).getAttribute('aria-checked'), 'true');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await page.evaluate(() => { window.__beforeWithdraw = true; });
  network.clear();
  await button.click();
  await menu.waitFor({ state: 'visible' });
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await menu.getByRole('menuitem', { name: 'Withdraw consent' }).click();
  await reloaded;
  await waitForReady(page);
  assert.equal(await page.evaluate(() => window.__beforeWithdraw ?? null), null, 'the page was reloaded');
  await quiet(page);
  const names = (await context.cookies()).map((c) => c.name);
  assert.deepEqual(names.filter((n) => n.startsWith('_ga') || n === '_gid'), [], 'GA cookies deleted');
  assert.deepEqual(network.to(THIRD_PARTY.analytics), []);
  assert.equal((await readConsentCookie(context)).record?.m, 'withdraw');
  await assertNoViolation(session, 'settings button and withdraw');
  await session.close();
});

test('contact: the reCAPTCHA v3 form asks in place, loads reCAPTCHA and sends the form', async () => {
  const session = await cspSession();
  const { page, network } = session;
  await page.goto(url('/contact.html'));
  await waitForBanner(page);
  await page.fill('#name', 'Ada Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#message', 'Two hundred wedding invitations, please.');
  await page.getByRole('button', { name: 'Send my request' }).click();
  const ask = page.locator('seal-embed').getByRole('group', { name: /send this form/i });
  await ask.waitFor({ state: 'visible' });
  await ask.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/form-sent$/, { timeout: 15_000 });
  assert.match(await page.locator('#received').innerText(), /g-recaptcha-response\s+stub-v3-token-1/);
  assert.equal(network.to(THIRD_PARTY.recaptcha).length, 1);
  await assertNoViolation(session, 'reCAPTCHA form');
  await session.close();
});

test('signup: the reCAPTCHA v2 checkbox renders after Allow and the form is sent', async () => {
  const session = await cspSession();
  const { page } = session;
  await page.goto(url('/signup.html'));
  await waitForBanner(page);
  await page.fill('#name', 'Ada Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#password', 'correct horse battery');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.locator('seal-embed').getByRole('group', { name: /send this form/i }).getByRole('button', { name: 'Allow' }).click();
  const tick = page.getByRole('checkbox', { name: "I'm not a robot" });
  await tick.waitFor({ state: 'visible' });
  await tick.check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL(/\/form-sent$/, { timeout: 15_000 });
  assert.match(await page.locator('#received').innerText(), /g-recaptcha-response\s+stub-v2-token-/);
  await assertNoViolation(session, 'reCAPTCHA v2 form');
  await session.close();
});

test('video: Allow YouTube in the embed loads the player in place', async () => {
  const session = await cspSession();
  const { page } = session;
  await page.goto(url('/video.html'));
  await waitForBanner(page);
  const allow = page.locator('seal-embed').getByRole('button', { name: 'Allow YouTube' });
  await allow.waitFor({ state: 'visible' });
  const ratio = await page.locator('seal-embed').evaluate((el) => el.shadowRoot.querySelector('.frame').style.aspectRatio);
  assert.match(ratio, /^\d+(\.\d+)? \/ \d+(\.\d+)?$/, 'the placeholder keeps the video box (set through the CSSOM)');
  await allow.click();
  await page.frameLocator('iframe.video-frame').locator('#yt-stub').waitFor({ state: 'visible' });
  await assertNoViolation(session, 'video embed');
  await session.close();
});

test('spa: tags a tag manager injects late stay off, then start on Accept all', async () => {
  const session = await cspSession();
  const { page, network } = session;
  await page.goto(url('/spa.html'));
  await waitForBanner(page);
  await page.waitForFunction(() => document.documentElement.dataset.lateTags === 'injected', undefined, { timeout: 6000 });
  await quiet(page);
  assert.deepEqual(network.thirdParty().map((r) => r.url), [], 'nothing before consent');
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(/gtag\/js\?id=G-LATE5678/);
  await network.waitFor(THIRD_PARTY.youtube);
  await page.waitForFunction(() => (window.__gaIds ?? []).includes('G-LATE5678'));
  await assertNoViolation(session, 'late tags');
  await session.close();
});

test('French home page: Tout accepter runs GA with zero violations', async () => {
  const session = await cspSession();
  const { page, network } = session;
  await page.goto(url('/?lang=fr'));
  await waitForBanner(page, /tout accepter/i);
  await bannerButton(page, /tout accepter/i).click();
  await network.waitFor(THIRD_PARTY.analytics);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((entry) => entry[0] === 'config'));
  await assertNoViolation(session, 'French page');
  await session.close();
});
