// The demo's language switcher: one set of pages, the banner in any built-in language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerButton, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

test('the switcher reloads the page with the banner in the chosen language, and keeps it for the visit', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/video.html'));
  await waitForBanner(page);
  const options = await page.locator('#demo-language option').evaluateAll((list) => list.map((o) => o.value));
  assert.equal(options.length, 31);
  await Promise.all([page.waitForURL(/\?lang=de$/), page.selectOption('#demo-language', 'de')]);
  await waitForBanner(page, /alle akzeptieren/i);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('seal-banner [part~="banner"]').getAttribute('lang'), 'de');
  // The next page of the visit stays in German without the query.
  await page.goto(env.url('/contact.html'));
  await waitForBanner(page, /alle akzeptieren/i);
  assert.equal(await bannerButton(page, /accept all/i).count(), 0);
  await context.close();
});

test('a right-to-left language turns the banner, not the page', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/?lang=he'));
  const banner = page.locator('seal-banner [part~="banner"]');
  await banner.waitFor({ state: 'visible' });
  assert.equal(await banner.getAttribute('dir'), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.dir), '');
  await context.close();
});
