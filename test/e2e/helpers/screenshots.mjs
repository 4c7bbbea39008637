#!/usr/bin/env node
// Renders the demo with its banner and preference center to PNG files, to
// check by eye that the demo looks like a real site and the UI sits well on it.
//   node test/e2e/helpers/screenshots.mjs [outDir=/tmp/shots]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, newPage, stillFrame } from './browser.mjs';
import { bannerButton, preferences } from './consent.mjs';
import { startServer } from './server.mjs';

const outDir = process.argv[2] || '/tmp/shots';
await mkdir(outDir, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
const url = (p) => new URL(p, server.origin).href;

/** One shot; a missing UI (build not ready) is reported, not fatal. */
async function shoot(name, { path, viewport = { width: 1280, height: 800 }, locale = 'en-GB', scheme = 'light', then } = {}) {
  const session = await newPage(browser, { viewport, locale, colorScheme: scheme });
  const { page } = session;
  try {
    await page.goto(url(path));
    if (then) await then(page);
    await stillFrame(page);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } catch (error) {
    console.error(`${name}: ${error.message.split('\n')[0]}`);
    await page.screenshot({ path: join(outDir, `${name}-failed.png`) }).catch(() => {});
  } finally {
    await session.close();
  }
}

const banner = (accept) => async (page) => {
  await bannerButton(page, accept).waitFor({ state: 'visible', timeout: 5000 });
};
const prefs = (customise) => async (page) => {
  await bannerButton(page, customise).click({ timeout: 5000 });
  await preferences(page).waitFor({ state: 'visible', timeout: 5000 });
};
// After Accept: the settings button is the last thing drawn (at idle), after the gated embeds started.
const accepted = async (page) => {
  await bannerButton(page, /accept all/i).click({ timeout: 5000 });
  await page.locator('cookie-seal-settings').getByRole('button').waitFor({ timeout: 5000 });
};

try {
  await shoot('home-banner-en', { path: '/', then: banner(/accept all/i) });
  await shoot('home-banner-fr', { path: '/?lang=fr', then: banner(/tout accepter/i) });
  await shoot('home-banner-dark', { path: '/', scheme: 'dark', then: banner(/accept all/i) });
  await shoot('preferences-en', { path: '/', then: prefs(/customi[sz]e/i) });
  await shoot('preferences-fr', { path: '/?lang=fr', then: prefs(/personnaliser/i) });
  await shoot('contact-banner', { path: '/contact.html', then: banner(/accept all/i) });
  await shoot('video-before-consent', { path: '/video.html', then: banner(/accept all/i) });
  await shoot('video-after-accept', { path: '/video.html', then: accepted });
  await shoot('privacy-en', { path: '/privacy.html', then: banner(/accept all/i) });
  await shoot('mobile-banner', { path: '/', viewport: { width: 390, height: 760 }, then: banner(/accept all/i) });
  await shoot('mobile-preferences', { path: '/', viewport: { width: 390, height: 760 }, then: prefs(/customi[sz]e/i) });
  await shoot('home-full-page-plain', { path: '/spa.html' });
} finally {
  await browser.close();
  await server.close();
}
