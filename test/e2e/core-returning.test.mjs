// A returning visitor gets what they chose without the UI being downloaded,
// and a broken or tampered consent cookie counts as no decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, bannerHidden, onLoaderDone, readConsentCookie, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** A context that already decided with the given banner button on `path`, and its network log cleared. */
async function decided(button, path = '/') {
  const session = await env.session();
  await session.page.goto(env.url(path));
  await waitForBanner(session.page);
  await bannerButton(session.page, button).click();
  await session.page.waitForFunction(() => window.CookieSeal.get().decided === true);
  await session.page.close();
  session.network.clear();
  return session;
}

/** The banner's chunk, one per language (chunks/ui-<code>.js). */
const uiChunk = (path) => /^\/cookie-seal\/chunks\/ui-[a-z]+\.js$/.test(path);
const anyChunk = (path) => path.startsWith('/cookie-seal/chunks/');

test('a returning visitor who accepted sees no banner and gets Google Analytics at once', async () => {
  const session = await decided(/accept all/i);
  const { page, errors } = await session.openTab();
  await page.goto(env.url('/'));
  await waitForReady(page);
  await session.network.waitFor(THIRD_PARTY.analytics);
  await page.waitForFunction(() => window.__gaLoaded === true);
  await quiet(page);
  assert.ok(await bannerHidden(page));
  assert.equal(await page.locator('seal-banner').count(), 0, 'no banner element at all');
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('a returning visitor never downloads the UI chunk', async () => {
  const session = await decided(/accept all/i);
  const { page } = await session.openTab();
  await page.goto(env.url('/video.html'));
  await waitForReady(page);
  await session.network.waitFor(THIRD_PARTY.youtube);
  await quiet(page);
  const paths = session.network.localPaths();
  assert.ok(paths.includes('/cookie-seal/cookie-seal.js'), 'the loader was loaded');
  assert.deepEqual(paths.filter(uiChunk), [], 'no chunks/ui-<code>.js requested');
  await session.close();
});

test('a returning visitor with no receipt waiting downloads the loader, then at idle the settings button and its name only', async () => {
  // The demo's receipt endpoint answers 503 here, so its receipts rightly wait in an outbox
  // and are retried on the next page; this page has no endpoint, so nothing is pending.
  const session = await decided(/accept all/i, '/fixtures/no-receipts.html');
  const { page } = await session.openTab();
  await page.goto(env.url('/fixtures/no-receipts.html'));
  await waitForReady(page);
  await session.network.waitFor(/gtag\/js\?id=G-NORCPT01/);
  // Longer than the 5 s cap of the runtime's idle callback, so idle-time loads cannot slip past.
  await quiet(page);
  // The floating button (plain DOM, no Lit) with its accessible name in the visitor's language:
  // one file, the button's chunk in English.
  await page.waitForFunction(() => document.querySelector('cookie-seal-settings')?.shadowRoot?.querySelector('button[aria-label]'));
  assert.deepEqual(session.network.localPaths().filter(anyChunk).sort(), ['/cookie-seal/chunks/settings-button-en.js']);
  await session.close();
});

test('the loader reads the consent cookie once while it starts, and configure() reads it again', async () => {
  const session = await decided(/reject all/i);
  // Counts the page's document.cookie reads until the loader's last statement (it sets window.CookieSeal).
  await session.context.addInitScript(() => {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    window.__cookieReads = 0;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        window.__cookieReads += 1;
        return cookie.get.call(this);
      },
      set(value) {
        cookie.set.call(this, value);
      },
    });
  });
  await onLoaderDone(session.context, () => {
    window.__cookieReadsAtStart ??= window.__cookieReads;
  });
  const { page } = await session.openTab();
  await page.goto(env.url('/'));
  await waitForReady(page);
  assert.equal(await page.evaluate(() => window.__cookieReadsAtStart), 1);
  assert.equal(await page.evaluate(() => window.CookieSeal.get().decided), true, 'the decision was read from that one read');
  // A decision made since the page started is what configure() starts from, not the loader's first read.
  await page.evaluate(() => window.CookieSeal.acceptAll());
  assert.match(await page.evaluate(() => decodeURIComponent(document.cookie)), /"m":"accept-all"/);
  await page.evaluate(() => window.CookieSeal.configure({ reloadOnWithdraw: false }));
  assert.equal(await page.evaluate(() => window.CookieSeal.isGranted('analytics')), true);
  await session.close();
});

test('a returning visitor who refused sees no banner and loads nothing third-party', async () => {
  const session = await decided(/reject all/i);
  const { page } = await session.openTab();
  for (const path of ['/', '/contact.html', '/video.html']) {
    await page.goto(env.url(path));
    await waitForReady(page);
    await quiet(page);
    assert.ok(await bannerHidden(page), `no banner on ${path}`);
  }
  assert.deepEqual(session.network.thirdParty().map((r) => r.url), []);
  assert.equal(await page.evaluate(() => window.CookieSeal.isGranted('analytics')), false);
  await session.close();
});

const TAMPERED = {
  'not JSON': '%7Bnot-json',
  'JSON of the wrong shape': encodeURIComponent(JSON.stringify({ v: 1, c: 'all', s: [] })),
  'a grant written as a string': null, // built from a real record below
  'an unknown key': null,
};

for (const [label, fixed] of Object.entries(TAMPERED)) {
  test(`a consent cookie with ${label} shows the banner again and loads nothing`, async () => {
    const session = await decided(/accept all/i);
    const { cookie, record } = await readConsentCookie(session.context);
    assert.ok(record, 'a real record to tamper with');
    let value = fixed;
    if (label === 'a grant written as a string') value = encodeURIComponent(JSON.stringify({ ...record, c: { ...record.c, analytics: 'true' } }));
    if (label === 'an unknown key') value = encodeURIComponent(JSON.stringify({ ...record, admin: true }));
    await session.context.addCookies([{ ...cookie, value }]);
    await session.context.clearCookies({ name: '_ga' });

    const { page, errors } = await session.openTab();
    await page.goto(env.url('/'));
    await waitForBanner(page);
    await quiet(page);
    assert.deepEqual(session.network.thirdParty().map((r) => r.url), []);
    assert.equal(await page.evaluate(() => window.CookieSeal.get().decided), false);
    assert.equal(await page.evaluate(() => window.CookieSeal.isGranted('analytics')), false);
    assert.deepEqual(errors.page, [], 'no exception reached the page');
    await session.close();
  });
}
