// A first-time visitor: nothing third-party loads before a decision, and each
// banner button (Accept all, Reject all, close) has exactly its effect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, bannerHidden, onLoaderDone, readConsentCookie, quiet, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

// '/', '/contact.html' and '/video.html' are visitor flows, run in every engine: visitor/scenarios.mjs.
for (const path of ['/privacy.html']) {
  test(`before a decision ${path} shows the banner and contacts no third party`, async () => {
    const { page, network, errors, context } = await env.session();
    await page.goto(env.url(path));
    await waitForBanner(page);
    await quiet(page);
    assert.deepEqual(network.thirdParty().map((r) => r.url), []);
    assert.equal(await page.evaluate(() => window.__gaLoaded ?? null), null);
    assert.equal(await page.evaluate(() => window.__recaptchaLoaded ?? null), null);
    const names = (await context.cookies()).map((c) => c.name);
    assert.deepEqual(names.filter((n) => n !== 'eu-consent'), [], 'no cookie is set before a decision');
    assert.deepEqual(errors.page, []);
    await context.close();
  });
}

test('before a decision the gated video iframe has no src', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/video.html'));
  await waitForBanner(page);
  const src = await page.locator('iframe[data-service="youtube"]').getAttribute('src');
  assert.ok(src === null || !THIRD_PARTY.youtube.test(src), `iframe src must stay empty, got ${src}`);
  await context.close();
});

test('Accept all on the home page loads Google Analytics without a reload', async () => {
  const { page, network, context, errors } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await page.evaluate(() => { window.__sameDocument = true; });
  await bannerButton(page, /accept all/i).click();
  const ga = await network.waitFor(THIRD_PARTY.analytics);
  assert.match(ga.url, /gtag\/js\?id=G-DEMO1234/);
  await page.waitForFunction(() => window.__gaLoaded === true);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  const names = (await context.cookies()).map((c) => c.name);
  assert.ok(names.includes('_ga'), `GA set its cookie: ${names}`);
  assert.ok(await bannerHidden(page), 'banner hidden after the decision');
  const { record } = await readConsentCookie(context);
  assert.equal(record?.m, 'accept-all');
  for (const id of ['essential', 'preferences', 'interaction', 'advertising', 'analytics']) {
    assert.equal(record.c[id], true, `category ${id} granted`);
  }
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('Accept all on the video page loads the YouTube iframe in place', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/video.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  const yt = await network.waitFor(THIRD_PARTY.youtube);
  assert.match(yt.url, /youtube-nocookie\.com\/embed\/M7lc1UVf-VE/);
  const frame = page.locator('iframe[data-service="youtube"]');
  assert.match(await frame.getAttribute('src'), /youtube-nocookie\.com\/embed\//);
  await page.frameLocator('iframe[data-service="youtube"]').locator('#yt-stub').waitFor();
  await context.close();
});

test('Accept all on the contact page loads reCAPTCHA in place', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/contact.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(/google\.com\/recaptcha\/api\.js/);
  await page.waitForFunction(() => window.__recaptchaLoaded === true);
  const names = (await context.cookies()).map((c) => c.name);
  assert.ok(names.includes('_GRECAPTCHA'), `reCAPTCHA cookie set: ${names}`);
  await context.close();
});

test('Reject all loads nothing, stores the refusal and does not ask again', async () => {
  const { page, network, context, errors } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /reject all/i).click();
  await quiet(page);
  assert.ok(await bannerHidden(page), 'banner hidden after Reject all');
  const { record } = await readConsentCookie(context);
  assert.ok(record, 'eu-consent cookie holds a decision');
  assert.equal(record.m, 'reject-all');
  assert.equal(record.c.essential, true);
  for (const id of ['preferences', 'interaction', 'advertising', 'analytics']) assert.equal(record.c[id], false, id);
  assert.equal(record.s.recaptcha, false, 'reCAPTCHA refused too');
  assert.equal(record.s['google-analytics'], false);

  for (const path of ['/video.html', '/contact.html']) {
    await page.goto(env.url(path));
    await page.waitForFunction(() => typeof window.CookieSeal === 'object');
    await quiet(page);
    assert.ok(await bannerHidden(page), `no banner on ${path}`);
  }
  assert.deepEqual(network.thirdParty().map((r) => r.url), []);
  assert.deepEqual((await context.cookies()).map((c) => c.name), ['eu-consent']);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('closing the banner loads nothing, stores nothing, and the banner returns on the next page', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/'));
  await waitForBanner(page);
  await bannerButton(page, /close/i).click();
  await quiet(page);
  assert.ok(await bannerHidden(page), 'banner closed');
  assert.deepEqual(network.thirdParty().map((r) => r.url), []);
  const { cookie } = await readConsentCookie(context);
  assert.equal(cookie, null, 'closing is not a stored decision');

  await page.goto(env.url('/contact.html'));
  await waitForBanner(page);
  await quiet(page);
  assert.deepEqual(network.thirdParty().map((r) => r.url), []);
  await context.close();
});

test('a decision made through the API before the banner arrived keeps the banner away', async () => {
  const { page, network, context } = await env.session();
  // Decide as early as a site script could: the moment the loader's script has run, having
  // exposed the API (caught as it is assigned, then decided once the loader's own run has ended).
  await onLoaderDone(page, (api) => queueMicrotask(() => api.rejectAll()));
  await page.goto(env.url('/'));
  await page.waitForFunction(() => window.CookieSeal?.get().decided === true);
  await quiet(page);
  assert.ok(await bannerHidden(page), 'no banner after the visitor has decided');
  assert.deepEqual(network.thirdParty(), []);
  await context.close();
});
