// Google Consent Mode v2 on window.dataLayer: a default before any gated tag,
// an update on each decision, both pushed as gtag() pushes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** dataLayer as plain data, each entry tagged with whether it is an `arguments` object. */
const readDataLayer = (page) =>
  page.evaluate(() =>
    (window.dataLayer ?? []).map((entry) => ({
      kind: Object.prototype.toString.call(entry),
      isArray: Array.isArray(entry),
      args: JSON.parse(JSON.stringify(Array.from(entry ?? []))),
    })),
  );

const DENIED = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage'];

test('dataLayer[0] is the consent default, as an arguments object, all denied but security', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  const layer = await readDataLayer(page);
  assert.ok(layer.length >= 1, 'something on the dataLayer');
  const first = layer[0];
  assert.equal(first.kind, '[object Arguments]', 'pushed like gtag() does (gtag.js ignores arrays)');
  assert.equal(first.isArray, false);
  assert.deepEqual(first.args.slice(0, 2), ['consent', 'default']);
  const values = first.args[2];
  for (const type of DENIED) assert.equal(values[type], 'denied', type);
  assert.equal(values.security_storage, 'granted');
  assert.equal(typeof values.wait_for_update, 'number');
  assert.ok(!layer.some((e) => e.args[0] === 'js' || e.args[0] === 'config'), 'no gated tag ran before a decision');
  await context.close();
});

test('Accept all pushes a consent update before the gated GA config runs', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(THIRD_PARTY.analytics);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e[0] === 'config'));
  const layer = await readDataLayer(page);
  const defaultAt = layer.findIndex((e) => e.args[0] === 'consent' && e.args[1] === 'default');
  const updateAt = layer.findIndex((e) => e.args[0] === 'consent' && e.args[1] === 'update');
  const configAt = layer.findIndex((e) => e.args[0] === 'config');
  assert.equal(defaultAt, 0);
  assert.ok(updateAt > defaultAt, 'an update follows the default');
  assert.ok(configAt > defaultAt, 'the GA config comes after the default');
  const update = layer[updateAt];
  assert.equal(update.kind, '[object Arguments]');
  for (const type of DENIED) assert.equal(update.args[2][type], 'granted', type);
  await context.close();
});

test('Reject all pushes an update that keeps everything denied', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /reject all/i).click();
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e[0] === 'consent' && e[1] === 'update'));
  const layer = await readDataLayer(page);
  const update = layer.find((e) => e.args[0] === 'consent' && e.args[1] === 'update');
  for (const type of DENIED) assert.equal(update.args[2][type], 'denied', type);
  assert.ok(!layer.some((e) => e.args[0] === 'config'));
  await context.close();
});

test('for a returning visitor analytics is granted on the dataLayer before the GA config', async () => {
  const session = await env.session();
  await session.page.goto(env.url('/'));
  await waitForBanner(session.page);
  await bannerButton(session.page, /accept all/i).click();
  await session.page.waitForFunction(() => window.CookieSeal.get().decided);
  const { page } = await session.openTab();
  await page.goto(env.url('/'));
  await waitForReady(page);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e[0] === 'config'));
  const layer = await readDataLayer(page);
  assert.deepEqual(layer[0].args.slice(0, 2), ['consent', 'default']);
  const configAt = layer.findIndex((e) => e.args[0] === 'config');
  const grantedAt = layer.findIndex((e) => e.args[0] === 'consent' && e.args[2]?.analytics_storage === 'granted');
  assert.ok(grantedAt >= 0 && grantedAt < configAt, `analytics_storage granted (at ${grantedAt}) before config (at ${configAt})`);
  await session.close();
});
