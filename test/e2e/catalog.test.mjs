// Catalogue services named in the config ("services": { "vimeo": true, "hotjar": true }):
// the preference center shows them with their cookies, Withdraw deletes those cookies.
// Each entry is a chunk of its own, fetched only when the config has its service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { withConfig } from './helpers/a11y.mjs';
import { bannerButton, cookieNames, preferences, readConsentCookie, quiet, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const CHUNKS = new URL('../../dist/chunks/', import.meta.url);
const IDS = ['google-analytics', 'google-tag-manager', 'google-ads', 'recaptcha', 'youtube', 'vimeo', 'google-maps', 'meta-pixel', 'matomo', 'hotjar'];
// A catalogue entry (`service-vimeo-<hash>.js`) or a language's words for one service (`words/fr/service-vimeo.js`).
const CATALOGUE_CHUNK = /\/chunks\/(service-[\w-]+?-[\w-]{8}|words\/\w+\/service-[\w-]+)\.js$/;

test('the build makes one chunk per catalogue entry and one words piece per service and language, and no other chunk holds their texts', () => {
  const files = readdirSync(CHUNKS).filter((f) => f.endsWith('.js'));
  for (const id of IDS) assert.equal(files.filter((f) => f.startsWith(`service-${id}-`)).length, 1, id);
  assert.equal(files.filter((f) => f.startsWith('service-')).length, IDS.length);
  for (const lang of readdirSync(new URL('words/', CHUNKS))) {
    for (const id of IDS) assert.ok(readFileSync(new URL(`words/${lang}/service-${id}.js`, CHUNKS), 'utf8').length > 0, `${lang} ${id}`);
  }
  // Vimeo's English words are in their piece only: the entry, the preference center, placeholders and clean-up chunks do not carry them.
  const holders = files.filter((f) => readFileSync(new URL(f, CHUNKS), 'utf8').includes('Tells viewers apart to count video views.'));
  assert.deepEqual(holders, []);
  assert.ok(readFileSync(new URL('words/en/service-vimeo.js', CHUNKS), 'utf8').includes('Tells viewers apart to count video views.'));
});

/** Opens the preference center on the demo and returns the catalogue chunks the page fetched. */
async function catalogueFetched(path, { config, customise = /customi[sz]e/i, accept = /accept all/i } = {}) {
  const { page, context, errors } = await env.session();
  const fetched = [];
  page.on('request', (request) => {
    const m = CATALOGUE_CHUNK.exec(new URL(request.url()).pathname);
    if (m) fetched.push(m[1].replace(/-[\w-]{8}$/, ''));
  });
  if (config) await withConfig(page, config);
  await page.goto(env.url(path));
  await waitForBanner(page, accept);
  await bannerButton(page, customise).click();
  const dialog = preferences(page);
  await dialog.waitFor({ state: 'visible' });
  await quiet(page);
  const switches = { vimeo: await dialog.getByRole('switch', { name: /^vimeo/i }).count(), youtube: await dialog.getByRole('switch', { name: /^youtube/i }).count() };
  assert.deepEqual(errors.page, []);
  await context.close();
  return { fetched: fetched.sort(), switches };
}

test('the default config fetches only the entries of its three built-in services', async () => {
  const { fetched, switches } = await catalogueFetched('/');
  assert.deepEqual(fetched, [
    'service-google-analytics', 'service-recaptcha', 'service-youtube',
    'words/en/service-google-analytics', 'words/en/service-recaptcha', 'words/en/service-youtube',
  ]);
  assert.deepEqual(switches, { vimeo: 0, youtube: 1 });
});

test('a French visitor gets the French texts of those three entries, and nothing of the others', async () => {
  const { fetched } = await catalogueFetched('/?lang=fr', { customise: /personnaliser/i, accept: /tout accepter/i });
  assert.deepEqual(fetched, [
    'service-google-analytics', 'service-recaptcha', 'service-youtube',
    'words/fr/service-google-analytics', 'words/fr/service-recaptcha', 'words/fr/service-youtube',
  ]);
});

test('a config naming Vimeo fetches its entry; one turning YouTube off never fetches YouTube\'s', async () => {
  const { fetched, switches } = await catalogueFetched('/', { config: { services: { vimeo: true, youtube: false } } });
  assert.deepEqual(fetched, [
    'service-google-analytics', 'service-recaptcha', 'service-vimeo',
    'words/en/service-google-analytics', 'words/en/service-recaptcha', 'words/en/service-vimeo',
  ]);
  assert.deepEqual(switches, { vimeo: 1, youtube: 0 }, 'Vimeo has its switch, YouTube none');
});
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
