// Catalogue services named in the config ("services": { "vimeo": true, "hotjar": true }):
// the preference center shows them with their cookies, Withdraw deletes those cookies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerButton, cookieNames, preferences, readConsentCookie, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const CATALOGUE_COOKIES = ['_hjSessionUser_3141', '_hjSession_3141', 'vuid'];
const ours = (names) => names.filter((n) => CATALOGUE_COOKIES.includes(n)).sort();

test('the preference center lists Vimeo and Hotjar with their cookies and lifetimes', async () => {
  const { page, context, errors } = await env.session();
  await page.goto(env.url('/fixtures/catalog.html'));
  await waitForBanner(page);
  await bannerButton(page, /customi[sz]e/i).click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  for (const name of [/^vimeo/i, /^hotjar/i]) {
    const service = dialog.getByRole('switch', { name });
    assert.equal(await service.count(), 1, `${name} has its own switch`);
    assert.equal(await service.getAttribute('aria-checked'), 'false', 'off before consent');
  }
  const rows = await dialog.locator('tr').evaluateAll((trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
  const row = (name) => rows.find((r) => r.startsWith(`${name} `));
  assert.match(row('vuid') ?? '', /Vimeo .+ 2 years/, 'vuid: provider, purpose, lifetime');
  assert.match(row('_hjSessionUser_*') ?? '', /Hotjar .+ 1 year/);
  assert.match(row('_hjSession_*') ?? '', /Hotjar .+ 30 minutes/);
  assert.ok(!rows.some((r) => r.startsWith('_fbp ') || r.startsWith('NID ')), 'services the config does not name are absent');
  assert.deepEqual(errors.page, []);
  assert.deepEqual(errors.console, []);
  await context.close();
});

test('Withdraw deletes the cookies the catalogue lists for Vimeo and Hotjar', async () => {
  const { page, context, errors } = await env.session();
  await page.goto(env.url('/fixtures/catalog.html'));
  await waitForBanner(page);
  await bannerButton(page, /accept all/i).click();
  await page.waitForFunction(() => window.__hotjarRan && window.__vimeoRan);
  assert.deepEqual(ours(await cookieNames(context)), CATALOGUE_COOKIES, 'the stand-in tags set their cookies after consent');

  // A returning visitor's page never loads the UI: the clean-up alone must know the catalogue cookies.
  await page.goto(env.url('/fixtures/catalog.html'));
  await waitForReady(page);
  await page.waitForFunction(() => window.__hotjarRan && window.__vimeoRan);
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await page.evaluate(() => window.CookieSeal.withdraw());
  await reloaded;
  await waitForReady(page);
  assert.deepEqual(ours(await cookieNames(context)), [], 'vuid and the _hj* cookies are gone');
  assert.equal(await page.evaluate(() => window.__hotjarRan ?? null), null, 'and the tags did not run again');
  assert.equal((await readConsentCookie(context)).record?.m, 'withdraw', 'the withdrawal is the stored decision');
  assert.deepEqual(errors.page, []);
  await context.close();
});
