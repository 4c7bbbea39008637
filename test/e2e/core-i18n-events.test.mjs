// The banner speaks the page's language, and the typed events carry what the
// contract says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerButton, sealEvents, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

test('a French page shows the banner in French', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/?lang=fr'));
  await waitForBanner(page, /tout accepter/i);
  for (const name of [/tout accepter/i, /tout refuser/i, /personnaliser/i]) {
    assert.ok(await bannerButton(page, name).isVisible(), `${name} visible`);
  }
  assert.equal(await bannerButton(page, /accept all/i).count(), 0, 'no English button');
  await context.close();
});

test('an English page shows the banner in English even for a French-speaking browser', async () => {
  const { page, context } = await env.session({ locale: 'fr-FR' });
  await page.goto(env.url('/'));
  await waitForBanner(page);
  assert.equal(await bannerButton(page, /tout accepter/i).count(), 0);
  await context.close();
});

test('seal-ready reports an undecided state on a first visit', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  const [ready, ...more] = await sealEvents(page, 'seal-ready');
  assert.equal(more.length, 0, 'seal-ready fires once');
  assert.equal(ready.detail.decided, false);
  assert.equal(ready.detail.categories.essential, true);
  assert.equal(ready.detail.categories.analytics, false);
  assert.deepEqual((await sealEvents(page, 'seal-banner-show')).length, 1);
  await context.close();
});

test('seal-change carries method, granted and revoked for each decision', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /reject all/i).click();
  await page.waitForFunction(() => window.__sealEvents.some((e) => e.type === 'seal-change'));
  const [rejected] = await sealEvents(page, 'seal-change');
  assert.equal(rejected.detail.method, 'reject-all');
  assert.deepEqual(rejected.detail.granted, []);
  assert.deepEqual(rejected.detail.revoked, []);
  assert.equal(rejected.detail.state.decided, true);

  await page.evaluate(() => window.CookieSeal.acceptAll());
  const accepted = (await sealEvents(page, 'seal-change'))[1];
  assert.equal(accepted.detail.method, 'accept-all');
  for (const id of ['analytics', 'advertising', 'preferences', 'interaction', 'analytics:google-analytics', 'advertising:youtube', 'essential:recaptcha']) {
    assert.ok(accepted.detail.granted.includes(id), `granted includes ${id}: ${accepted.detail.granted}`);
  }
  assert.deepEqual(accepted.detail.revoked, []);
  assert.equal(accepted.detail.state.categories.analytics, true);
  await context.close();
});

test('seal-banner-hide fires when a banner button is used', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__sealEvents.some((e) => e.type === 'seal-banner-hide'));
  await context.close();
});
