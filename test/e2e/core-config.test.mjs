// Site-owner mistakes: a bad config or a forgotten type="text/plain" gets a
// console message that names the problem, and the page fails safe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withConfig } from './helpers/a11y.mjs';
import { bannerButton, bannerHidden, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** Waits until a console message collected in `out` (or one still to come) satisfies `match`. */
async function consoleSays(page, out, match, timeout = 10_000) {
  if (out.some(match)) return;
  await page.waitForEvent('console', { predicate: (msg) => match(msg.text()), timeout });
}

/** Console messages of one type, collected from the start of the page. */
function collect(page, type) {
  const out = [];
  page.on('console', (msg) => {
    if (msg.type() === type) out.push(msg.text());
  });
  return out;
}

test('an invalid config field is named in a console error; the banner still shows and nothing loads', async () => {
  const { page, network, context, errors } = await env.session();
  const consoleErrors = collect(page, 'error');
  await page.goto(env.url('/fixtures/misconfigured.html'));
  await waitForBanner(page);
  // The words come from the diagnostics chunk, fetched when there is something to say.
  await consoleSays(page, consoleErrors, (m) => m.includes('revision'));
  await consoleSays(page, consoleErrors, (m) => m.includes('position'));
  await quiet(page);
  assert.ok(consoleErrors.some((m) => m.includes('revision')), `an error names "revision": ${JSON.stringify(consoleErrors)}`);
  assert.ok(consoleErrors.some((m) => m.includes('position')), `an error names "position": ${JSON.stringify(consoleErrors)}`);
  assert.deepEqual(network.thirdParty(), []);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('an invalid config still lets the visitor decide (fail-safe, not fail-dead)', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/fixtures/misconfigured.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(/gtag\/js\?id=G-MISCONF1/);
  await context.close();
});

test('a data-category script without type="text/plain" gets a console warning naming it', async () => {
  const { page, context } = await env.session();
  const warnings = collect(page, 'warning');
  await page.goto(env.url('/fixtures/misconfigured.html'));
  await waitForBanner(page);
  assert.equal(await page.evaluate(() => window.__lateRan), 1, 'the browser ran it: that is what the warning is about');
  assert.ok(
    warnings.some((m) => m.includes('/fixtures/late.js') && /text\/plain/.test(m)),
    `a warning names the tag and the fix: ${JSON.stringify(warnings)}`,
  );
  await context.close();
});

test('a config block that is not JSON is reported, and the page fails safe with the banner', async () => {
  const { page, network, context, errors } = await env.session();
  const consoleErrors = collect(page, 'error');
  await page.goto(env.url('/fixtures/broken-json.html'));
  await waitForBanner(page);
  await consoleSays(page, consoleErrors, (m) => /cookie-seal/i.test(m) && /json|config/i.test(m));
  await quiet(page);
  assert.ok(consoleErrors.some((m) => /cookie-seal/i.test(m) && /json|config/i.test(m)), JSON.stringify(consoleErrors));
  assert.deepEqual(network.thirdParty(), []);
  assert.deepEqual(errors.page, []);
  await context.close();
});

const consentChunk = (path) => path === '/cookie-seal/chunks/consent.js';

/** A visitor who decided with `button` on `path` (the banner's consent chunk checked its config), network log cleared. */
async function decidedOn(path, button) {
  const session = await env.session();
  await session.page.goto(env.url(path));
  await waitForBanner(session.page);
  await bannerButton(session.page, button).click();
  await session.page.waitForFunction(() => window.CookieSeal.get().decided === true);
  session.network.clear();
  return session;
}

/** Reloads with the log of requests and console errors emptied, and waits for the page's idle work. */
async function reload(session, consoleErrors) {
  session.network.clear();
  consoleErrors.length = 0;
  await session.page.reload();
  await waitForReady(session.page);
  await quiet(session.page);
}

test('where no banner shows, a config not yet checked in this browser is checked at idle: a broken field is named on every page until fixed; a checked one costs nothing', async () => {
  const session = await decidedOn('/fixtures/no-receipts.html', /reject all/i);
  const { page, network, errors } = session;
  const consoleErrors = collect(page, 'error');

  await reload(session, consoleErrors);
  assert.deepEqual(network.localPaths().filter(consentChunk), [], 'the config the banner checked is not checked again');

  // The site owner breaks a field only the consent chunk reads: the visitor's decision still applies.
  await withConfig(page, { controller: { name: 'Atelier', email: 42 } });
  for (const load of ['first', 'second']) {
    await reload(session, consoleErrors);
    await consoleSays(page, consoleErrors, (m) => m.includes('"controller"'));
    assert.ok(await bannerHidden(page), `${load} load: no banner, the decision applies`);
    assert.ok(network.localPaths().some(consentChunk), `${load} load: the check came with the consent chunk`);
  }

  // Fixed: checked once more, then never again. (Unrouting waits for a handler still serving the
  // last page, which would otherwise hand its request on to the recorder's route after serving it.)
  await page.unrouteAll({ behavior: 'wait' });
  await withConfig(page, { controller: { name: 'Atelier', email: 'dpo@atelier.test' } });
  const note = () => localStorage.getItem('cookie-seal-config-checked');
  const before = await page.evaluate(note);
  await reload(session, consoleErrors);
  assert.ok(network.localPaths().some(consentChunk), 'the changed config is checked');
  // The chunk notes it once its check has run, which may be after the page's idle turn.
  await page.waitForFunction(`(${note})() !== ${JSON.stringify(before)}`);
  await reload(session, consoleErrors);
  assert.deepEqual(network.localPaths().filter(consentChunk), [], 'and, found clean, not checked again');
  assert.deepEqual(consoleErrors.filter((m) => /cookie-seal/.test(m)), []);
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('a changed config with nothing beyond the loader\'s own fields is not sent to the consent chunk at idle; one with texts is', async () => {
  const session = await decidedOn('/fixtures/no-receipts.html', /reject all/i);
  const { page, network, errors } = session;
  const consoleErrors = collect(page, 'error');
  // A new revision, and without the page's "jurisdiction": only fields the loader reads and checks itself.
  await withConfig(page, { revision: 2, jurisdiction: undefined });
  const note = () => localStorage.getItem('cookie-seal-config-checked');
  const noted = await page.evaluate(note);
  assert.ok(noted, 'the fixture\'s own config was checked and noted with the first decision');
  await reload(session, consoleErrors);
  assert.ok(await page.evaluate(() => window.CookieSeal.get().decided === false), 'the new revision asks again');
  await page.evaluate(() => window.CookieSeal.rejectAll());
  await page.waitForFunction(() => window.CookieSeal.get().decided === true);
  // The consent chunk ran its half of the check before the decision could be made: nothing to note.
  assert.equal(await page.evaluate(note), noted, 'no note written for a config of loader fields only');
  await page.unrouteAll({ behavior: 'wait' });
  await withConfig(page, { revision: 2, jurisdiction: undefined, theme: 'dark' });
  await reload(session, consoleErrors);
  assert.deepEqual(network.localPaths().filter(consentChunk), [], 'nothing for the chunk to check');
  await page.unrouteAll({ behavior: 'wait' });
  await withConfig(page, { revision: 2, jurisdiction: undefined, theme: 'dark', texts: { en: { acceptAll: 'Fine' } } });
  await reload(session, consoleErrors);
  assert.ok(network.localPaths().some(consentChunk), 'texts are the chunk\'s to check');
  assert.deepEqual(consoleErrors.filter((m) => /cookie-seal/.test(m)), []);
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('a stored decision is not applied under a config whose revision cannot be read: the banner asks again, nothing gated runs', async () => {
  const session = await decidedOn('/fixtures/no-receipts.html', /accept all/i);
  const { page, network, errors } = session;
  const consoleErrors = collect(page, 'error');
  await withConfig(page, { revision: 'two' });
  await reload(session, consoleErrors);
  await waitForBanner(page);
  await consoleSays(page, consoleErrors, (m) => m.includes('"revision"'));
  assert.equal(await page.evaluate(() => window.CookieSeal.get().decided), false);
  assert.deepEqual(network.thirdParty(), [], 'Google Analytics, accepted under the readable config, does not run');
  // A field the decision does not depend on leaves it applied.
  await page.unrouteAll({ behavior: 'wait' });
  await withConfig(page, { theme: 'pink' });
  await reload(session, consoleErrors);
  await network.waitFor(/gtag\/js\?id=G-NORCPT01/);
  assert.ok(await bannerHidden(page));
  assert.deepEqual(errors.page, []);
  await session.close();
});
