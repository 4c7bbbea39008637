// Global Privacy Control: a browser that sends the signal keeps advertising
// off through Accept all (recorded as method `gpc`), and only an explicit
// choice in the preference center turns it on (recorded as `custom`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import {
  bannerButton, preferences, readConsentCookie, quiet, waitForBanner, waitForReady,
} from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** A first-time visitor whose browser sends Global Privacy Control. */
async function gpcSession() {
  const session = await env.session();
  await session.context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  return session;
}

/** The newest receipt, once the receipts chunk signed it. */
async function newestReceipt(page, count) {
  // Each signed receipt is announced by a seal-receipt event (recorded by the init script).
  await page.waitForFunction((n) => (window.__sealEvents ?? []).filter((e) => e.type === 'seal-receipt').length >= n, count, { timeout: 15_000 });
  const receipts = await page.evaluate(() => window.CookieSeal.receipts());
  assert.ok(receipts.length >= count, `${count} receipts stored, got ${receipts.length}`);
  return receipts[0].payload;
}

test('with GPC, the banner says so and Accept all keeps advertising off: GA loads, YouTube does not, method gpc', async () => {
  const { page, network, errors, context } = await gpcSession();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  assert.ok(await page.locator('seal-banner').getByText(/Global Privacy Control/).isVisible(), 'the banner says GPC is honoured');
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(THIRD_PARTY.analytics);

  const { record } = await readConsentCookie(context);
  assert.equal(record.m, 'gpc');
  assert.equal(record.c.advertising, false);
  assert.equal(record.s.youtube, false);
  assert.equal(record.c.analytics, true);
  const change = (await page.evaluate(() => window.__sealEvents.filter((e) => e.type === 'seal-change')))[0];
  assert.equal(change.detail.method, 'gpc');

  const payload = await newestReceipt(page, 1);
  assert.equal(payload.consent.method, 'gpc', 'the receipt records the method gpc');
  assert.equal(payload.consent.categories.advertising, false);
  assert.equal(payload.consent.categories.analytics, true);

  await page.goto(env.url('/video.html'));
  await waitForReady(page);
  await embedAllowButton(page).waitFor({ state: 'visible' });
  await quiet(page);
  assert.deepEqual(network.to(THIRD_PARTY.youtube).map((r) => r.url), [], 'YouTube not loaded');
  assert.equal(await page.evaluate(() => window.CookieSeal.isGranted('advertising')), false);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('with GPC, switching advertising on in the preference center is an explicit opt-in that wins (method custom)', async () => {
  const { page, network, context } = await gpcSession();
  await page.goto(env.url('/video.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.CookieSeal.get().decided);
  await page.evaluate(() => window.CookieSeal.showPreferences());
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  const advertising = dialog.getByRole('switch', { name: /^advertising/i });
  assert.equal(await advertising.getAttribute('aria-checked'), 'false', 'GPC kept it off');
  assert.match(await dialog.innerText(), /Global Privacy Control/);
  await advertising.click();
  await dialog.getByRole('button', { name: /save choices/i }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.frameLocator('iframe.video-frame').locator('#yt-stub').waitFor({ state: 'visible' });
  assert.ok(network.to(THIRD_PARTY.youtube).length > 0, 'YouTube loads once the visitor said yes');
  const { record } = await readConsentCookie(context);
  assert.equal(record.m, 'custom');
  assert.equal(record.c.advertising, true);
  assert.equal(record.s.youtube, true);
  const payload = await newestReceipt(page, 2);
  assert.equal(payload.consent.method, 'custom');
  assert.equal(payload.consent.categories.advertising, true);
  await context.close();
});

test('without GPC, Accept all grants advertising and is recorded as accept-all', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  assert.equal(await page.locator('seal-banner').getByText(/Global Privacy Control/).count(), 0);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.CookieSeal.get().decided);
  const { record } = await readConsentCookie(context);
  assert.equal(record.m, 'accept-all');
  assert.equal(record.c.advertising, true);
  await context.close();
});

function embedAllowButton(page) {
  return page.locator('seal-embed').getByRole('button', { name: 'Allow YouTube' });
}
