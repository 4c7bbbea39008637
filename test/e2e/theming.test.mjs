// A site restyles cookie-seal to its brand with custom properties and ::part()
// alone (no !important); light and dark follow the system unless the config
// forces one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withConfig } from './helpers/a11y.mjs';
import { animationsDone, bannerButton, preferences, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** Computed styles of the banner panel and its Accept all button. */
function bannerLook(page) {
  return page.evaluate(() => {
    const root = document.querySelector('seal-banner').shadowRoot;
    const panel = getComputedStyle(root.querySelector('[part~="banner"]'));
    const button = getComputedStyle(root.querySelector('[part~="accept-all"]'));
    return {
      panelBg: panel.backgroundColor,
      panelBorderTop: `${panel.borderTopWidth} ${panel.borderTopColor}`,
      font: panel.fontFamily,
      buttonBg: button.backgroundColor,
      buttonRadius: button.borderTopLeftRadius,
      buttonCase: button.textTransform,
    };
  });
}

async function visit(path, { scheme = 'light', config } = {}) {
  const session = await env.session({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  if (config) await withConfig(session.page, config);
  await session.page.goto(env.url(path));
  await waitForBanner(session.page);
  await animationsDone(session.page);
  return session;
}

test('custom properties and ::part() restyle the banner and the preference center without !important', async () => {
  const { page: plain } = await visit('/fixtures/no-receipts.html');
  const before = await bannerLook(plain);
  const { page } = await visit('/fixtures/brand.html');
  const after = await bannerLook(page);
  assert.equal(after.buttonBg, 'rgb(11, 93, 59)');
  assert.notEqual(before.buttonBg, after.buttonBg);
  assert.equal(after.panelBg, 'rgb(251, 248, 241)');
  assert.match(after.font, /Georgia/);
  assert.equal(after.panelBorderTop, '4px rgb(11, 93, 59)');
  assert.equal(after.buttonRadius, '999px');
  assert.equal(after.buttonCase, 'uppercase');
  assert.equal(before.buttonCase, 'none');

  await bannerButton(page, /customise/i).click();
  await preferences(page).waitFor({ state: 'visible' });
  const prefs = await page.evaluate(() => {
    const root = document.querySelector('seal-preferences').shadowRoot;
    return {
      save: getComputedStyle(root.querySelector('[part~="save"]')).backgroundColor,
      switchRadius: getComputedStyle(root.querySelector('[part~="switch"]')).borderTopLeftRadius,
      table: getComputedStyle(root.querySelector('[part~="table"]')).fontSize,
    };
  });
  assert.deepEqual(prefs, { save: 'rgb(11, 93, 59)', switchRadius: '4px', table: '14px' });
  const css = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
  assert.doesNotMatch(css, /!important/);
});

test('the brand\'s -dark twins apply under a dark system scheme', async () => {
  const { page } = await visit('/fixtures/brand.html', { scheme: 'dark' });
  assert.equal((await bannerLook(page)).buttonBg, 'rgb(127, 214, 174)');
});

test('light and dark follow the system; config theme forces one', async () => {
  const light = (await bannerLook((await visit('/')).page)).panelBg;
  const dark = (await bannerLook((await visit('/', { scheme: 'dark' })).page)).panelBg;
  assert.equal(light, 'rgb(255, 255, 255)');
  assert.notEqual(dark, light);
  const forcedDark = await visit('/', { scheme: 'light', config: { theme: 'dark' } });
  assert.equal((await bannerLook(forcedDark.page)).panelBg, dark);
  const forcedLight = await visit('/', { scheme: 'dark', config: { theme: 'light' } });
  assert.equal((await bannerLook(forcedLight.page)).panelBg, light);
});
