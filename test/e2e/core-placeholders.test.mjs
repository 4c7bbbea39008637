// Gated iframes show a placeholder with one-click consent until granted; the
// placeholders come in their own small chunk, fetched only when a page has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { THIRD_PARTY } from './helpers/browser.mjs';
import {
  bannerButton, bannerHidden, preferences, readConsentCookie, quiet, waitForBanner, waitForReady,
} from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

const placeholder = (page) => page.locator('seal-placeholder');

/** The demo's video page without its <seal-embed>: the bare gated iframe gets the iframe placeholder. */
const BARE_VIDEO = readFileSync(new URL('../../demo/video.html', import.meta.url), 'utf8').replace(/<\/?seal-embed[^>]*>/g, '');
async function openBareVideo(page) {
  await page.route('**/bare-video.html', (route) => route.fulfill({ contentType: 'text/html', body: BARE_VIDEO }));
  await page.goto(env.url('/bare-video.html'));
}
/** A chunk by its entry's name; the banner's (`ui`) is one per language, `ui-<code>.js`. */
const chunk = (name) => (path) => (name === 'ui' ? /^\/cookie-seal\/chunks\/ui-[a-z]+\.js$/.test(path) : path === `/cookie-seal/chunks/${name}.js`);

const DIST = new URL('../../dist/', import.meta.url);
/** `chunks/<file>` and the chunks it imports statically, as the paths the page requests them by. */
function staticImports(file, seen = new Set()) {
  const path = `/cookie-seal/chunks/${file}`;
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(new URL(`chunks/${file}`, DIST), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)) staticImports(m[1], seen);
  return seen;
}
const gzipped = (path) => gzipSync(readFileSync(new URL(path.replace('/cookie-seal/', ''), DIST)), { level: 9 }).length;

/** A context that already decided with the given banner button, its network log cleared. */
async function decided(button, path = '/') {
  const session = await env.session();
  await session.page.goto(env.url(path));
  await waitForBanner(session.page);
  await bannerButton(session.page, button).click();
  await session.page.waitForFunction(() => window.CookieSeal.get().decided === true);
  await session.page.close();
  session.network.clear();
  return session;
}

test('before a decision the video page shows a placeholder naming YouTube, and nothing reaches YouTube', async () => {
  const { page, network, errors, context } = await env.session();
  await openBareVideo(page);
  await waitForBanner(page);
  await placeholder(page).getByRole('button', { name: 'Load content' }).waitFor({ state: 'visible' });
  const text = await placeholder(page).getByRole('group').innerText();
  assert.match(text, /This content from YouTube is blocked until you allow Advertising & marketing\./);
  assert.match(text, /A day at Atelier Marelle/, 'the iframe title says what the content is');
  assert.equal(await page.locator('iframe.video-frame').isVisible(), false, 'the empty iframe is hidden');
  await quiet(page);
  assert.deepEqual(network.to(THIRD_PARTY.youtube).map((r) => r.url), []);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('"Load content" loads the video in place and records a consent for YouTube only', async () => {
  const { page, network, context } = await env.session();
  await openBareVideo(page);
  await waitForBanner(page);
  await page.evaluate(() => { window.__samePage = true; });
  const load = placeholder(page).getByRole('button', { name: 'Load content' });
  await load.scrollIntoViewIfNeeded();
  const box = await placeholder(page).boundingBox();
  await load.click();
  await network.waitFor(THIRD_PARTY.youtube);
  const frame = page.frameLocator('iframe.video-frame');
  await frame.locator('#yt-stub').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload');
  assert.equal(await placeholder(page).count(), 0, 'the placeholder is gone');
  const after = await page.locator('iframe.video-frame').boundingBox();
  assert.deepEqual([after.x, after.y, after.width, after.height].map(Math.round), [box.x, box.y, box.width, box.height].map(Math.round),
    'the video takes the placeholder\'s box: no layout shift');
  const state = await page.evaluate(() => window.CookieSeal.get());
  assert.equal(state.decided, true);
  assert.equal(state.services.youtube, true);
  assert.deepEqual(
    { analytics: state.categories.analytics, preferences: state.categories.preferences, interaction: state.categories.interaction },
    { analytics: false, preferences: false, interaction: false },
  );
  assert.equal(state.services.recaptcha, false);
  assert.ok(await bannerHidden(page), 'deciding from the placeholder ends the banner');
  const { record } = await readConsentCookie(context);
  assert.equal(record?.s.youtube, true);
  assert.equal(record?.m, 'custom');
  assert.deepEqual(network.to(THIRD_PARTY.analytics), [], 'Google Analytics stays off');
  await context.close();
});

test('"Cookie settings" on the placeholder opens the preference center', async () => {
  const { page, context } = await env.session();
  await openBareVideo(page);
  await waitForBanner(page);
  await placeholder(page).getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).waitFor({ state: 'visible' });
  await context.close();
});

test('a returning visitor who refused sees the placeholder, without the UI chunk', async () => {
  const session = await decided(/reject all/i);
  const { page, errors } = await session.openTab();
  await openBareVideo(page);
  await waitForReady(page);
  await placeholder(page).getByRole('button', { name: 'Load content' }).waitFor({ state: 'visible' });
  assert.match(await placeholder(page).getByRole('group').innerText(), /YouTube/);
  await quiet(page);
  const paths = session.network.localPaths();
  assert.ok(paths.some(chunk('placeholders')), 'the placeholders chunk was fetched');
  assert.deepEqual(paths.filter(chunk('ui')), [], 'no chunks/ui-<code>.js requested');
  assert.deepEqual(session.network.thirdParty().map((r) => r.url), []);
  assert.ok(await bannerHidden(page));
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('the placeholder names a service and category as the site does, on the first visit and on a returning one', async () => {
  const session = await env.session();
  const expected = /This content from ClipShare films is blocked until you allow Marketing videos\./;
  const { page } = session;
  await page.goto(env.url('/fixtures/own-service.html'));
  await waitForBanner(page);
  await placeholder(page).getByRole('button', { name: 'Load content' }).waitFor({ state: 'visible' });
  assert.match(await placeholder(page).getByRole('group').innerText(), expected);
  await bannerButton(page, /reject all/i).click();
  await page.waitForFunction(() => window.CookieSeal.get().decided === true);
  // The returning visit: the loader's reading of the config has no names, and the complete check does not run.
  const { page: again, errors } = await session.openTab();
  await again.goto(env.url('/fixtures/own-service.html'));
  await waitForReady(again);
  await placeholder(again).getByRole('button', { name: 'Load content' }).waitFor({ state: 'visible' });
  assert.match(await placeholder(again).getByRole('group').innerText(), expected);
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('a page without gated iframes fetches no placeholders chunk, until one is added', async () => {
  const session = await decided(/reject all/i);
  const { page } = await session.openTab();
  await page.goto(env.url('/'));
  await waitForReady(page);
  await quiet(page);
  assert.deepEqual(session.network.localPaths().filter(chunk('placeholders')), []);
  assert.equal(await placeholder(page).count(), 0);
  // A framework inserting an embed later: the gate blocks it, the placeholder follows.
  await page.evaluate(() => {
    const iframe = document.createElement('iframe');
    iframe.dataset.category = 'advertising';
    iframe.dataset.service = 'youtube';
    iframe.dataset.src = 'https://www.youtube-nocookie.com/embed/late';
    document.querySelector('main').append(iframe);
  });
  await placeholder(page).getByRole('button', { name: 'Load content' }).waitFor({ state: 'visible' });
  assert.ok(session.network.localPaths().some(chunk('placeholders')));
  assert.deepEqual(session.network.thirdParty().map((r) => r.url), []);
  await session.close();
});

test('a returning visitor who refused: the loader, the placeholder and its words until "Load content"; the consent chunk only then', async (t) => {
  // Decided on the fixture itself: its config is then the one this browser has seen checked (a page
  // with a config not checked here yet would also fetch the consent chunk at idle, to check it).
  const session = await decided(/reject all/i, '/fixtures/gated-iframe.html');
  const { page, errors } = await session.openTab();
  const requested = () => session.network.localPaths().filter((p) => p.startsWith('/cookie-seal/'));
  // The fixture: one gated YouTube iframe in <body>, no <seal-embed>, no receipts endpoint.
  await page.goto(env.url('/fixtures/gated-iframe.html'));
  await waitForReady(page);
  const load = placeholder(page).getByRole('button', { name: 'Load content' });
  await load.waitFor({ state: 'visible' });
  await quiet(page);
  const expected = ['/cookie-seal/cookie-seal.js', ...staticImports('placeholders.js'), '/cookie-seal/chunks/words/en/embed.js'];
  // A page without a [data-seal-open] link also gets the settings button at idle; nothing else may come.
  const button = ['/cookie-seal/chunks/settings-button-en.js'];
  assert.deepEqual([...new Set(requested())].sort(), [...expected, ...button].sort(),
    'nothing but the loader, the placeholders chunk (and what it imports), its words and the settings button');
  assert.deepEqual(requested().filter(chunk('consent')), [], 'the consent chunk waits for the click');
  assert.deepEqual(session.network.thirdParty().map((r) => r.url), []);
  t.diagnostic(`returning visit, refused embed: ${expected.length} files, ${(expected.reduce((n, p) => n + gzipped(p), 0) / 1024).toFixed(2)} KB gzip -9`);

  await load.click();
  await session.network.waitFor(/youtube-nocookie\.com\/embed\/BODYFRAME01/);
  assert.ok(requested().some(chunk('consent')), 'Load content fetched the consent chunk');
  const frame = await (await page.locator('#video').elementHandle()).contentFrame();
  await frame.locator('#yt-stub').waitFor({ state: 'attached' });
  assert.equal(await placeholder(page).count(), 0, 'the placeholder is gone');
  const state = await page.evaluate(() => window.CookieSeal.get());
  assert.equal(state.services.youtube, true);
  assert.equal(state.categories.analytics, false);
  const { record } = await readConsentCookie(session.context);
  assert.equal(record?.m, 'custom');
  assert.equal(record?.s.youtube, true);
  await page.waitForFunction(() => (window.__sealEvents ?? []).some((e) => e.type === 'seal-change' && e.detail?.method === 'custom'));
  assert.deepEqual(requested().filter(chunk('ui')), [], 'no banner, no preference center');
  assert.deepEqual(errors.page, []);
  await session.close();
});
