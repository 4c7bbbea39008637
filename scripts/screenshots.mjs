#!/usr/bin/env node
// Renders what visitors see — the banner and the preference center in light,
// dark, English, French, Arabic (RTL) and at 360 px — from the built demo in
// headless system Chromium, cropped to the UI, into docs/screenshots/.
//   npm run build && node scripts/screenshots.mjs [outDir]
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, newPage } from '../test/e2e/helpers/browser.mjs';
import { withConfig } from '../test/e2e/helpers/a11y.mjs';
import { bannerButton, preferences, waitForBanner } from '../test/e2e/helpers/consent.mjs';
import { startServer } from '../test/e2e/helpers/server.mjs';

const outDir = process.argv[2] || new URL('../docs/screenshots/', import.meta.url).pathname;
await mkdir(outDir, { recursive: true });

const LANGS = {
  en: { path: '/', accept: /accept all/i, customise: /customise/i },
  fr: { path: '/fr/', accept: /tout accepter/i, customise: /personnaliser/i },
  ar: { path: '/', config: { lang: 'ar' }, accept: /قبول الكل/, customise: /تخصيص/ },
};

const server = await startServer();
const browser = await launchBrowser();

/**
 * One PNG. `what` is `banner` (cropped to the banner with a strip of page
 * above it), `preferences` (cropped to the dialog, first cookie table open)
 * or `page` (the viewport; `open` opens the preference center first).
 */
async function shoot(name, { lang = 'en', scheme = 'light', width = 1280, height = 800, what = 'banner', open = what === 'preferences', config = {} }) {
  const l = LANGS[lang];
  const session = await newPage(browser, { viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
  const { page } = session;
  try {
    const overrides = { ...l.config, ...config };
    if (Object.keys(overrides).length) await withConfig(page, overrides);
    await page.goto(new URL(l.path, server.origin).href);
    await waitForBanner(page, l.accept);
    let clip;
    if (open) {
      await bannerButton(page, l.customise).click();
      await preferences(page).waitFor({ state: 'visible' });
    }
    if (what === 'preferences') {
      await preferences(page).locator('summary').first().click();
      clip = await preferences(page).boundingBox();
    } else if (what === 'banner') {
      const box = await page.locator('seal-banner [part~="banner"]').boundingBox();
      const top = Math.max(0, box.y - 40);
      clip = { x: 0, y: top, width, height: Math.min(height, box.y + box.height + 16) - top };
    }
    // The click that opened the dialog leaves the pointer hovering a button.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, clip, animations: 'disabled' });
    console.log(`${file}  ${Math.round((await stat(file)).size / 1024)} KiB`);
  } finally {
    await session.close();
  }
}

try {
  await shoot('banner-en-light', { width: 1200 });
  await shoot('banner-en-dark', { width: 1200, scheme: 'dark' });
  await shoot('banner-fr-box', { lang: 'fr', config: { position: 'box' }, what: 'page', height: 640 });
  await shoot('banner-ar-rtl', { lang: 'ar', width: 1200 });
  await shoot('preferences-en-light', { what: 'preferences' });
  await shoot('preferences-fr-dark', { lang: 'fr', scheme: 'dark', what: 'preferences' });
  await shoot('preferences-ar-rtl', { lang: 'ar', what: 'preferences' });
  await shoot('mobile-360-banner', { width: 360, height: 740, what: 'page' });
  await shoot('mobile-360-preferences', { width: 360, height: 740, what: 'page', scheme: 'dark', open: true });
} finally {
  await browser.close();
  await server.close();
}
