// A first visit, request by request against the banner's paint (DESIGN §12): before the banner has
// painted, only its own files are requested (the loader and the banner's chunk in the visitor's
// language, chunks/ui-<code>.js, with what it imports: nothing); the consent chunk comes after
// that paint; the preference center comes only on the visitor's intent (a pointer over, or focus
// on, Customise or a [data-seal-open] trigger), and a click that comes before it still opens it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { idleTurn, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const dist = process.env.SEAL_E2E_DIST || fileURLToPath(new URL('../../dist', import.meta.url));

/** chunks/ui-en.js and every chunk it imports statically, as the build wrote them. */
function bannerChunks() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${dist}/chunks/${file}`, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]);
  };
  visit('ui-en.js');
  return [...seen].map((f) => `/cookie-seal/chunks/${f}`);
}

const BANNER_FILES = ['/cookie-seal/cookie-seal.js', ...bannerChunks()].sort();
/** The preference center's own chunk and the words only it needs. */
const PREFERENCE_FILES = [/\/chunks\/preferences\.js$/, /\/chunks\/words\/en\/more\.js$/, /\/chunks\/words\/en\/categories\.js$/];
const isPreferenceFile = (path) => PREFERENCE_FILES.some((re) => re.test(path));

/**
 * Runs in the page before its scripts: notes the start of the frame in which the banner is first
 * visible (its panel has a box and is not hidden). Everything requested before that frame began
 * was requested before the banner was painted.
 */
function watchBannerPaint() {
  window.__paint = { frame: null };
  const poll = (now) => {
    const panel = document.querySelector('seal-banner')?.shadowRoot?.querySelector('.panel');
    const box = panel?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0 && panel.checkVisibility({ visibilityProperty: true })) window.__paint.frame = now;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** cookie-seal's requests on the page's clock (Resource Timing): path and start. */
const sealRequests = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
  .filter((r) => r.path.startsWith('/cookie-seal/')));

async function firstVisit() {
  const s = await env.session({ viewport: { width: 1280, height: 800 } });
  await s.context.addInitScript(watchBannerPaint);
  await s.page.goto(env.url('/'));
  await waitForBanner(s.page);
  const frame = await s.page.waitForFunction(() => window.__paint.frame).then((h) => h.jsonValue());
  return { ...s, frame };
}

/** Waits until the consent chunk has been requested (it comes after the paint), then for the page's idle work. */
async function settled(s) {
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/cookie-seal/chunks/consent.js')));
  await idleTurn(s.page);
}

test('before the banner has painted, only its own files are requested; the consent chunk comes after', async () => {
  const s = await firstVisit();
  await settled(s);
  const requests = await sealRequests(s.page);
  const early = [...new Set(requests.filter((r) => r.start < s.frame).map((r) => r.path))].sort();
  assert.deepEqual(early, BANNER_FILES, 'exactly the loader and the banner chunk with its imports');
  const consent = requests.find((r) => r.path.endsWith('/chunks/consent.js'));
  assert.ok(consent.start >= s.frame, `the consent chunk started ${(s.frame - consent.start).toFixed(1)} ms before the paint`);
  assert.deepEqual(s.errors.page, []);
  await s.close();
});

test('the preference center is requested only when the pointer comes over Customise, and the click opens it', async () => {
  const s = await firstVisit();
  await settled(s);
  const before = (await sealRequests(s.page)).map((r) => r.path);
  assert.deepEqual(before.filter(isPreferenceFile), [], 'nothing of the preference center before any intent');

  const customise = s.page.locator('seal-banner').getByRole('button', { name: 'Customise' });
  const hoverAt = await s.page.evaluate(() => performance.now());
  await customise.hover();
  await s.page.waitForFunction((sources) => performance.getEntriesByType('resource')
    .some((e) => sources.some((src) => new RegExp(src).test(new URL(e.name).pathname))), PREFERENCE_FILES.map((re) => re.source));
  const fetched = (await sealRequests(s.page)).filter((r) => isPreferenceFile(r.path));
  assert.ok(fetched.every((r) => r.start >= hoverAt), 'requested after the pointer came over Customise');

  await customise.click();
  await s.page.locator('seal-preferences dialog[open]').waitFor();
  // The banner's words came in the banner's chunk and are handed on, not fetched a second time.
  assert.deepEqual((await sealRequests(s.page)).map((r) => r.path).filter((p) => p.endsWith('/banner.js')), [], 'no banner words piece');
  assert.deepEqual(s.errors.page, []);
  await s.close();
});

/** Focus on `target` (of a first visit, settled) fetches the preference center, and Enter opens it. */
async function focusThenEnter(s, target) {
  assert.deepEqual((await sealRequests(s.page)).map((r) => r.path).filter(isPreferenceFile), [], 'nothing of it before the focus');
  await target.focus();
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/chunks\/preferences\.js$/.test(e.name)));
  await s.page.keyboard.press('Enter');
  await s.page.locator('seal-preferences dialog[open]').waitFor();
}

test('focus on Customise fetches the preference center; Enter opens it', async () => {
  const s = await firstVisit();
  await settled(s);
  await focusThenEnter(s, s.page.locator('seal-banner').getByRole('button', { name: 'Customise' }));
  assert.equal(await s.page.evaluate(() => document.activeElement?.localName), 'seal-preferences', 'focus moved into the dialog');
  await s.close();
});

test('a click on Customise with nothing fetched yet waits for the preference center and opens it', async () => {
  const s = await firstVisit();
  await settled(s);
  // A click with no pointer move and no focus before it (a script, an assistive technology).
  await s.page.evaluate(() => document.querySelector('seal-banner').shadowRoot.querySelector('[part~="customise"]').click());
  await s.page.locator('seal-preferences dialog[open]').waitFor();
  assert.ok(await s.page.locator('seal-banner').getByRole('button', { name: 'Accept all' }).isVisible(), 'the banner stayed as it was meanwhile');
  assert.deepEqual(s.errors.page, []);
  await s.close();
});

test('focus on a [data-seal-open] trigger fetches the preference center; Enter on it opens it', async () => {
  const s = await firstVisit();
  await settled(s);
  await focusThenEnter(s, s.page.locator('[data-seal-open]').first());
  await s.close();
});
