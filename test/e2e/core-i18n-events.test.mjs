// The banner speaks the page's language, and the typed events carry what the
// contract says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  assert.deepEqual(await bannerChunks(page), ['/cookie-seal/chunks/ui-fr.js'], 'the French banner chunk, once, with its words in it');
  await context.close();
});

/** The banner chunks (one per language, chunks/ui-<code>.js) the page requested, and nothing of the words pieces. */
const bannerChunks = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname)
  .filter((path) => /^\/cookie-seal\/chunks\/(ui-[a-z]+\.js|words\/.*\/banner\.js)$/.test(path)));

/** The demo's home page with its config changed by `edit`. */
function demoWith(edit) {
  const html = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
  return html.replace(/(<script type="application\/json" id="cookie-seal-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) => {
    const config = JSON.parse(json);
    edit(config);
    return `${open}${JSON.stringify(config)}${close}`;
  });
}

test('a page in a language the site adds texts for: its words on the English banner, from the one chunk the loader preloaded', async () => {
  // A Luxembourgish page (config lang "auto", <html lang="lb">) seen by a German-speaking browser.
  const { page, context } = await env.session({ locale: 'de-DE' });
  const body = demoWith((config) => {
    config.texts = { ...config.texts, lb: { acceptAll: 'Alles akzeptéieren', rejectAll: 'Alles refuséieren' } };
  }).replace('<html lang="en">', '<html lang="lb">');
  await page.route('**/lb.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(env.url('/lb.html'));
  await waitForBanner(page, /alles akzeptéieren/i);
  assert.ok(await bannerButton(page, /alles refuséieren/i).isVisible());
  assert.ok(await bannerButton(page, /customise/i).isVisible(), 'the rest in English, the built-in language that serves lb');
  assert.equal(await page.evaluate(() => document.querySelector('seal-banner').shadowRoot.querySelector('[lang]').lang), 'lb');
  // The preload (run before the config is read) found the language the start-up found, not German.
  assert.deepEqual(await bannerChunks(page), ['/cookie-seal/chunks/ui-en.js']);
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
