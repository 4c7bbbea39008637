// The Google Tag Manager recipe (README): whatever the Consent Mode, the
// consent default is on the dataLayer before any config or event entry.
// Basic mode: the container waits for consent. Advanced mode: it loads at
// once, after the denied default, and gets the update when the visitor decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerButton, quiet, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const GTM = /^https:\/\/www\.googletagmanager\.com\/gtm\.js\?id=GTM-SEAL01/;

/** The dataLayer as labels: "consent default", "config", "event gtm.js"… */
const dataLayer = (page) =>
  page.evaluate(() =>
    (window.dataLayer ?? []).map((e) => {
      if (Object.prototype.toString.call(e) === '[object Arguments]') return `${e[0]} ${e[0] === 'config' ? '' : e[1]}`.trim();
      return e && typeof e === 'object' && 'event' in e ? `event ${e.event}` : 'other';
    }),
  );

/** Every config/event entry comes after the consent default, which is the first entry. */
function assertDefaultFirst(layer) {
  assert.equal(layer[0], 'consent default', `dataLayer starts with the default: ${layer.join(' | ')}`);
  assert.equal(layer.filter((l) => l === 'consent default').length, 1);
}

test('basic mode: GTM waits for consent, and its entries follow the default and the update', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/fixtures/gtm-basic.html'));
  await waitForBanner(page);
  await quiet(page);
  assert.deepEqual(network.to(GTM), [], 'no container before consent');
  assert.deepEqual((await dataLayer(page)).filter((l) => l.startsWith('event') || l === 'config'), []);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(GTM);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e.event === 'gtm.dom'));
  const layer = await dataLayer(page);
  assertDefaultFirst(layer);
  const update = layer.indexOf('consent update');
  assert.ok(update > 0, 'an update was pushed');
  for (const label of ['event gtm.js', 'config', 'event gtm.dom']) {
    assert.ok(layer.indexOf(label) > update, `${label} after the update: ${layer.join(' | ')}`);
  }
  await context.close();
});

test('advanced mode: GTM loads at once after the denied default; the update comes with the decision', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/fixtures/gtm-advanced.html'));
  await network.waitFor(GTM);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e.event === 'gtm.dom'));
  await waitForBanner(page);
  let layer = await dataLayer(page);
  assertDefaultFirst(layer);
  for (const label of ['event gtm.js', 'config', 'event gtm.dom']) assert.ok(layer.indexOf(label) > 0, label);
  assert.ok(!layer.includes('consent update'), 'no update before a decision');
  const denied = await page.evaluate(() => Array.from(window.dataLayer[0])[2]);
  assert.equal(denied.analytics_storage, 'denied');
  assert.equal(denied.ad_storage, 'denied');
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => (window.dataLayer ?? []).some((e) => e[0] === 'consent' && e[1] === 'update'));
  layer = await dataLayer(page);
  assertDefaultFirst(layer);
  assert.equal(network.to(GTM).length, 1, 'the container is not loaded twice');
  await context.close();
});
