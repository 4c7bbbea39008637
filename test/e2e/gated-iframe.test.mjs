// A gated <iframe data-src> placed straight in <body> (no <seal-embed>, no loading=lazy)
// must really load its document for a returning visitor, not merely get a src attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { bannerButton, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const PAGE = '/fixtures/gated-iframe.html';
const EMBED = /youtube-nocookie\.com\/embed\/BODYFRAME01/;

test('a returning visitor who accepted gets the body iframe loaded, not left on about:blank', async () => {
  const session = await env.session();
  await session.page.goto(env.url(PAGE));
  await waitForBanner(session.page);
  await bannerButton(session.page, /accept all/i).click();
  await session.page.waitForFunction(() => window.CookieSeal.get().decided === true);
  await session.page.close();
  session.network.clear();

  const { page, errors } = await session.openTab();
  await page.goto(env.url(PAGE));
  await waitForReady(page);
  // The frame's own request reaches the (intercepted) third party…
  await session.network.waitFor(EMBED);
  assert.equal(session.network.to(EMBED)[0].type, 'document');
  // …and its document is the stub player, not the initial about:blank.
  const frame = await (await page.locator('#video').elementHandle()).contentFrame();
  await frame.locator('#yt-stub').waitFor({ state: 'attached' });
  assert.match(frame.url(), EMBED);
  assert.equal(await page.locator('#video').getAttribute('data-seal-state'), 'activated');
  assert.equal(session.network.to(THIRD_PARTY.youtube).length, 1, 'the frame loads once');
  assert.deepEqual(errors.page, []);
  await session.close();
});

test('a first-time visitor gets no request from the body iframe until they accept', async () => {
  const session = await env.session();
  const { page, network } = session;
  await page.goto(env.url(PAGE));
  await waitForBanner(page);
  assert.equal(await page.locator('#video').getAttribute('src'), null);
  assert.deepEqual(network.to(THIRD_PARTY.youtube), []);
  await bannerButton(page, /accept all/i).click();
  await network.waitFor(EMBED);
  const frame = await (await page.locator('#video').elementHandle()).contentFrame();
  await frame.locator('#yt-stub').waitFor({ state: 'attached' });
  assert.match(frame.url(), EMBED);
  await session.close();
});
