// cookieDomain shares one decision across subdomains: decide on www.seal.test,
// and shop.seal.test applies it without a banner. Both names resolve to the
// loopback test server through Chromium's --host-resolver-rules.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './helpers/browser.mjs';
import { bannerButton, bannerHidden, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { startServer } from './helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser(['--host-resolver-rules=MAP www.seal.test 127.0.0.1, MAP shop.seal.test 127.0.0.1']);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const page = (host) => `http://${host}:${server.port}/fixtures/subdomain.html`;
/** Records seal-* events like the shared helpers do, so waitForReady() works. */
const recordEvents = () => {
  window.__sealEvents = [];
  for (const type of ['seal-ready', 'seal-change']) document.addEventListener(type, (e) => window.__sealEvents.push({ type, detail: e.detail }));
};

test('a decision taken on www. applies on shop. without a banner', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(recordEvents);
  const www = await context.newPage();
  const errors = [];
  www.on('pageerror', (e) => errors.push(String(e)));
  await www.goto(page('www.seal.test'));
  await waitForBanner(www);
  await bannerButton(www, /accept all/i).click();
  await www.waitForFunction(() => window.__analyticsRan === 'www.seal.test');

  const consent = (await context.cookies()).find((c) => c.name === 'eu-consent');
  assert.equal(consent?.domain, '.seal.test', 'the decision is stored on the parent domain');

  const shop = await context.newPage();
  shop.on('pageerror', (e) => errors.push(String(e)));
  await shop.goto(page('shop.seal.test'));
  await waitForReady(shop);
  await shop.waitForFunction(() => window.__analyticsRan === 'shop.seal.test');
  const state = await shop.evaluate(() => window.CookieSeal.get());
  assert.equal(state.decided, true);
  assert.equal(state.categories.analytics, true);
  assert.equal(state.visitorId, await www.evaluate(() => window.CookieSeal.get().visitorId), 'the same visitor on both hosts');
  await quiet(shop);
  assert.ok(await bannerHidden(shop), 'no banner on shop.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a withdrawal on shop. reaches www.', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(recordEvents);
  const www = await context.newPage();
  await www.goto(page('www.seal.test'));
  await waitForBanner(www);
  await bannerButton(www, /accept all/i).click();
  await www.waitForFunction(() => window.__analyticsRan === 'www.seal.test');
  const shop = await context.newPage();
  await shop.goto(page('shop.seal.test'));
  await waitForReady(shop);
  const reloaded = shop.waitForEvent('load', { timeout: 10_000 });
  await shop.evaluate(() => window.CookieSeal.withdraw());
  await reloaded;
  await www.reload();
  await waitForReady(www);
  await quiet(www);
  const state = await www.evaluate(() => window.CookieSeal.get());
  assert.equal(state.decided, true, 'a withdrawal is a decision');
  assert.equal(state.categories.analytics, false);
  assert.equal(await www.evaluate(() => window.__analyticsRan ?? null), null, 'analytics no longer runs on www.');
  await context.close();
});
