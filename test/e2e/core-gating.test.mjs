// Gating of scripts the loader did not see at parse time, and of inline and
// external gated scripts together: order, nonce, and no reload on grant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { FIXTURE_NONCE } from './helpers/server.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

test('a gated script inserted by code after load stays off until consent, then runs without reload', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await page.evaluate(() => {
    window.__sameDocument = true;
    const external = document.createElement('script');
    external.type = 'text/plain';
    external.dataset.category = 'analytics';
    external.src = '/fixtures/late.js';
    document.body.append(external);
    const inline = document.createElement('script');
    inline.type = 'text/plain';
    inline.dataset.category = 'analytics';
    inline.textContent = 'window.__lateInline = true;';
    document.body.append(inline);
  });
  await quiet(page);
  assert.equal(await page.evaluate(() => window.__lateRan ?? null), null);
  assert.equal(await page.evaluate(() => window.__lateInline ?? null), null);
  assert.ok(!network.localPaths().includes('/fixtures/late.js'), 'the late script was not even fetched');

  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__lateRan === 1 && window.__lateInline === true);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  await quiet(page);
  assert.equal(await page.evaluate(() => window.__lateRan), 1, 'ran exactly once');
  await context.close();
});

test('a gated script inserted after consent runs at once', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.CookieSeal.isGranted('analytics'));
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.category = 'analytics';
    s.src = '/fixtures/late.js';
    document.head.append(s);
  });
  await page.waitForFunction(() => window.__lateRan === 1);
  await context.close();
});

test('tags a tag manager injects two seconds after load stay off until consent, then load without reload', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/spa.html'));
  await waitForBanner(page);
  await page.waitForFunction(() => document.documentElement.dataset.lateTags === 'injected', undefined, { timeout: 6000 });
  await quiet(page);
  assert.deepEqual(network.thirdParty().map((r) => r.url), [], 'nothing loaded before consent');
  await page.evaluate(() => { window.__sameDocument = true; });

  await bannerButton(page, /accept all/i).click();
  const ga = await network.waitFor(/googletagmanager\.com\/gtag\/js\?id=G-LATE5678/);
  assert.ok(ga);
  await network.waitFor(THIRD_PARTY.youtube);
  assert.match(await page.locator('#late-slot iframe').getAttribute('src'), /youtube-nocookie\.com\/embed\//);
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  await context.close();
});

test('gated scripts wait on the nonce/order fixture until consent', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/fixtures/nonce-order.html'));
  await waitForBanner(page);
  await quiet(page);
  assert.deepEqual(await page.evaluate(() => window.__order), []);
  assert.ok(!network.localPaths().some((p) => p === '/fixtures/record.js'), 'no gated script fetched');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the loader itself runs under the strict CSP');
  await context.close();
});

test('inline and external gated scripts run in document order and keep their nonce under a strict CSP', async () => {
  const { page, context, errors } = await env.session();
  await page.goto(env.url('/fixtures/nonce-order.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__order.length >= 6 || (window.__violations ?? []).length > 0, undefined, { timeout: 10_000 });
  await quiet(page);
  const order = await page.evaluate(() => window.__order);
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [], 'no CSP violation: every activated script kept its nonce');
  assert.deepEqual(
    order.map((o) => o.name),
    ['inline-1', 'external-slow', 'inline-2', 'external-fast', 'inline-3', 'advertising-only'],
    'document order, the slow external script does not let later ones overtake it',
  );
  for (const entry of order) assert.equal(entry.nonce, FIXTURE_NONCE, `${entry.name} kept its nonce`);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('a script granted for one category only runs that category', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/fixtures/nonce-order.html'));
  await waitForReady(page);
  await page.evaluate(() => window.CookieSeal.set({ advertising: true }));
  await page.waitForFunction(() => window.__order.length >= 1);
  await quiet(page);
  assert.deepEqual((await page.evaluate(() => window.__order)).map((o) => o.name), ['advertising-only']);
  await context.close();
});
