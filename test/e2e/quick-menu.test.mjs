// The floating settings button of a returning visitor opens a quick menu that
// stays on screen; withdrawing from it deletes the GA cookies and reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, readConsentCookie, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

const gaCookies = (cookies) => cookies.map((c) => c.name).filter((n) => n === '_ga' || n.startsWith('_ga_') || n === '_gid').sort();
const settingsButton = (page) => page.locator('cookie-seal-settings').getByRole('button', { name: 'Privacy settings' });

/** A visitor who accepted everything on an earlier page, back on the home page with the GA cookies set. */
async function returningWithGa(viewport) {
  const session = await env.session({ viewport });
  await session.page.goto(env.url('/'));
  await waitForBanner(session.page);
  await bannerButton(session.page, /accept all/i).click();
  await session.page.waitForFunction(() => window.__gaLoaded === true);
  await session.page.close();
  const { page, errors } = await session.openTab();
  await page.goto(env.url('/'));
  await waitForReady(page);
  await page.waitForFunction(() => window.__gaLoaded === true);
  assert.deepEqual(gaCookies(await session.context.cookies()), ['_ga', '_ga_DEMO1234', '_gid']);
  return { ...session, page, errors };
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 568 }]) {
  test(`the settings button opens the quick menu inside a ${viewport.width} px viewport; Withdraw consent deletes _ga and reloads`, async () => {
    const { page, network, context, errors } = await returningWithGa(viewport);
    const button = settingsButton(page);
    await button.click();
    const menu = page.getByRole('menu', { name: 'Privacy options' });
    await menu.waitFor({ state: 'visible' });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const box = await menu.boundingBox();
    assert.ok(box.x >= 0 && box.y >= 0, `menu top-left on screen: ${JSON.stringify(box)}`);
    assert.ok(box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, `menu bottom-right on screen: ${JSON.stringify(box)}`);
    const items = await menu.getByRole('menuitem').allInnerTexts();
    assert.deepEqual(items.map((t) => t.trim()), ['Privacy preferences', 'Withdraw consent', 'Download my consent receipts']);

    await page.evaluate(() => { window.__beforeWithdraw = true; });
    network.clear();
    const reloaded = page.waitForEvent('load', { timeout: 10_000 });
    await menu.getByRole('menuitem', { name: 'Withdraw consent' }).click();
    await reloaded;
    await waitForReady(page);
    assert.equal(await page.evaluate(() => window.__beforeWithdraw ?? null), null, 'the page was reloaded');
    await quiet(page);
    assert.deepEqual(gaCookies(await context.cookies()), []);
    assert.deepEqual(network.to(THIRD_PARTY.analytics).map((r) => r.url), []);
    const { record } = await readConsentCookie(context);
    assert.equal(record?.m, 'withdraw');
    assert.equal(record?.c.analytics, false);
    assert.deepEqual(errors.page, []);
    await context.close();
  });
}

test('the quick menu works from the keyboard: Enter opens it, arrows move, Esc gives focus back to the button', async () => {
  const { page, context } = await returningWithGa({ width: 1280, height: 800 });
  await settingsButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor({ state: 'visible' });
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent.trim();
  });
  assert.equal(await focused(), 'Withdraw consent');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await focused(), 'Privacy settings', 'focus is back on the settings button');
  assert.equal(await settingsButton(page).getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'visible' });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const download = await page.waitForEvent('download', { timeout: 10_000 });
  assert.match(download.suggestedFilename(), /\.json$/);
  await context.close();
});
