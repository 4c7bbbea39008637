// Site-owner mistakes: a bad config or a forgotten type="text/plain" gets a
// console message that names the problem, and the page fails safe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerButton, quiet, waitForBanner } from './helpers/consent.mjs';
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
