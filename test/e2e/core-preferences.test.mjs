// The preference center: a custom choice loads exactly what was chosen, and
// withdrawing (API or preference center) deletes the cookies and reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import {
  bannerButton, bannerHidden, preferences, readConsentCookie, quiet, waitForBanner, waitForReady,
} from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

const gaCookies = (cookies) => cookies.map((c) => c.name).filter((n) => n === '_ga' || n.startsWith('_ga_') || n === '_gid');

/** A visitor who accepted everything and whose GA stub set its cookies. */
async function acceptedWithGa() {
  const session = await env.session();
  const { page } = session;
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__gaLoaded === true);
  const names = gaCookies(await session.context.cookies());
  assert.deepEqual(names.sort(), ['_ga', '_ga_DEMO1234', '_gid'], 'GA stub cookies in place before the withdrawal');
  return session;
}

test('Customise with only Analytics on loads GA and not reCAPTCHA or YouTube', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/contact.html'));
  await waitForBanner(page);
  await bannerButton(page, /customi[sz]e/i).click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });

  // No pre-ticked boxes: every refusable switch starts off.
  const analytics = dialog.getByRole('switch', { name: /^analytics/i });
  assert.equal(await analytics.getAttribute('aria-checked'), 'false');
  assert.equal(await dialog.getByRole('switch', { name: /recaptcha/i }).getAttribute('aria-checked'), 'false');

  await analytics.click();
  assert.equal(await analytics.getAttribute('aria-checked'), 'true');
  await dialog.getByRole('button', { name: /save choices/i }).click();
  await dialog.waitFor({ state: 'hidden' });

  const { record } = await readConsentCookie(context);
  assert.equal(record?.m, 'custom');
  assert.deepEqual(record.c, { essential: true, preferences: false, interaction: false, advertising: false, analytics: true });
  assert.equal(record.s['google-analytics'], true);
  assert.equal(record.s.recaptcha, false);

  await page.goto(env.url('/'));
  await network.waitFor(THIRD_PARTY.analytics);
  await page.goto(env.url('/video.html'));
  await waitForReady(page);
  await quiet(page);
  assert.deepEqual(network.to(THIRD_PARTY.recaptcha).map((r) => r.url), [], 'reCAPTCHA not loaded');
  assert.deepEqual(network.to(THIRD_PARTY.youtube).map((r) => r.url), [], 'YouTube not loaded');
  assert.ok(await bannerHidden(page));
  await context.close();
});

test('CookieSeal.withdraw() deletes the GA cookies and reloads the page', async () => {
  const session = await acceptedWithGa();
  const { page, network, context } = session;
  await page.evaluate(() => { window.__beforeWithdraw = true; });
  network.clear();
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await page.evaluate(() => window.CookieSeal.withdraw());
  await reloaded;
  await waitForReady(page);
  assert.equal(await page.evaluate(() => window.__beforeWithdraw ?? null), null, 'the page was reloaded');
  await quiet(page);
  assert.deepEqual(gaCookies(await context.cookies()), [], '_ga, _ga_* and _gid deleted');
  assert.deepEqual(network.to(THIRD_PARTY.analytics).map((r) => r.url), [], 'GA not loaded after the reload');
  const { record } = await readConsentCookie(context);
  assert.equal(record?.m, 'withdraw');
  assert.equal(record.c.analytics, false);
  assert.ok(await bannerHidden(page), 'a withdrawal is a decision: no banner');
  await context.close();
});

test('withdrawing from the footer "Cookie settings" link deletes the GA cookies and reloads', async () => {
  const session = await acceptedWithGa();
  const { page, network, context } = session;
  await page.evaluate(() => { window.__beforeWithdraw = true; });
  await page.locator('footer [data-seal-open]').click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  const analytics = dialog.getByRole('switch', { name: /^analytics/i });
  assert.equal(await analytics.getAttribute('aria-checked'), 'true', 'starts from the current decision');
  network.clear();
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await dialog.getByRole('button', { name: /reject all/i }).click();
  await reloaded;
  await waitForReady(page);
  assert.equal(await page.evaluate(() => window.__beforeWithdraw ?? null), null, 'the page was reloaded');
  await quiet(page);
  assert.deepEqual(gaCookies(await context.cookies()), []);
  assert.deepEqual(network.to(THIRD_PARTY.analytics).map((r) => r.url), []);
  const { record } = await readConsentCookie(context);
  assert.equal(record?.c.analytics, false);
  await context.close();
});

test('a data-seal-open link opens the preference center for a visitor who has not decided', async () => {
  const { page, context, network } = await env.session();
  await page.goto(env.url('/privacy.html'));
  await waitForBanner(page);
  await page.locator('main [data-seal-open]').click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).hash, '', 'the href="#" default was prevented');
  await dialog.getByRole('button', { name: /reject all/i }).click();
  await dialog.waitFor({ state: 'hidden' });
  const { record } = await readConsentCookie(context);
  assert.equal(record?.c.analytics, false);
  assert.deepEqual(network.thirdParty(), []);
  await context.close();
});
