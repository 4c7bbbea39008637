// Zero axe-core violations (every WCAG 2.0–2.2 A/AA rule) in every state of
// the visitor interface, on the built demo: each banner position, the
// preference center with every cookie table open, a service's details, the
// quick menu, the embed placeholder (seal-embed); light and dark, English, French and
// Arabic (RTL), and a 320 px wide screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, withConfig } from './helpers/a11y.mjs';
import { animationsDone, bannerButton, preferences, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

const LANGS = {
  en: { path: '/', accept: /accept all/i, customise: /customi[sz]e/i },
  fr: { path: '/?lang=fr', accept: /tout accepter/i, customise: /personnaliser/i },
  ar: { path: '/', config: { lang: 'ar' }, accept: /قبول الكل/, customise: /تخصيص/ },
};

/** Waits for every running transition, in the page and in open shadow roots: axe measures colours as painted. */
async function transitionsDone(page) {
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => undefined)));
  });
}

async function assertClean(page, state) {
  await transitionsDone(page);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
}

async function open({ lang = 'en', scheme = 'light', width = 1280, config = {} } = {}) {
  const l = LANGS[lang];
  const session = await env.session({ viewport: { width, height: 800 }, colorScheme: scheme });
  const { page } = session;
  const overrides = { ...l.config, ...config };
  if (Object.keys(overrides).length) await withConfig(page, overrides);
  await page.goto(env.url(l.path));
  await waitForBanner(page, l.accept);
  // Let the entry transition finish: axe measures colours as painted.
  await animationsDone(page);
  return { ...session, l };
}

for (const position of ['bar', 'box', 'modal']) {
  for (const scheme of ['light', 'dark']) {
    test(`banner ${position}, ${scheme}: no WCAG violation`, async () => {
      const { page } = await open({ scheme, config: { position } });
      assert.equal(await page.locator('seal-banner').getAttribute('position'), position);
      await assertClean(page, `banner ${position} ${scheme}`);
    });
  }
}

for (const lang of ['en', 'fr', 'ar']) {
  for (const scheme of ['light', 'dark']) {
    test(`${lang} ${scheme}: banner, preference center with every cookie table open, service details`, async () => {
      const { page, l } = await open({ lang, scheme });
      await assertClean(page, `${lang} ${scheme} banner`);
      await bannerButton(page, l.customise).click();
      const dialog = preferences(page);
      await dialog.waitFor({ state: 'visible' });
      await animationsDone(page);
      await assertClean(page, `${lang} ${scheme} preferences`);
      const summaries = dialog.locator('summary');
      const count = await summaries.count();
      assert.ok(count >= 3, `cookie tables: ${count}`);
      for (let i = 0; i < count; i++) await summaries.nth(i).click();
      assert.equal(await dialog.locator('details[open] table').count(), count);
      await assertClean(page, `${lang} ${scheme} preferences, ${count} tables open`);
      await dialog.locator('[part="info-button"]').first().click();
      await page.locator('seal-popover[role="dialog"]').waitFor({ state: 'visible' });
      await assertClean(page, `${lang} ${scheme} service details popover`);
    });
  }
}

test('320 px wide: banner and preference center', async () => {
  const { page, l } = await open({ width: 320 });
  await assertClean(page, 'banner at 320 px');
  await bannerButton(page, l.customise).click();
  await preferences(page).waitFor({ state: 'visible' });
  await animationsDone(page);
  await assertClean(page, 'preferences at 320 px');
});

for (const scheme of ['light', 'dark']) {
  test(`quick menu of the settings button, ${scheme}`, async () => {
    const { page, context } = await open({ scheme });
    await bannerButton(page, /accept all/i).click();
    const tab = await context.newPage();
    await tab.goto(env.url('/'));
    await waitForReady(tab);
    await tab.locator('cookie-seal-settings').getByRole('button').click();
    await tab.getByRole('menu').waitFor({ state: 'visible' });
    await assertClean(tab, `quick menu ${scheme}`);
  });
}

for (const lang of ['en', 'ar']) {
  test(`embed placeholder on the video page, ${lang}`, async () => {
    const session = await env.session({ viewport: { width: 1280, height: 800 } });
    const { page } = session;
    if (LANGS[lang].config) await withConfig(page, LANGS[lang].config);
    await page.goto(env.url('/video.html'));
    await page.locator('seal-placeholder, seal-embed').getByRole('button').first().waitFor({ state: 'visible' });
    await animationsDone(page);
    await assertClean(page, `placeholder ${lang}`);
  });
}

test('the check can fail: axe sees low contrast inside the banner\'s shadow root', async () => {
  const { page } = await open();
  await page.addStyleTag({ content: 'seal-banner { --seal-color-text: #c8c8c8; }' });
  const ids = (await axeViolations(page)).map((v) => v.id);
  assert.ok(ids.includes('color-contrast'), `violations found: ${ids}`);
});

test('Arabic renders right to left, mirrored', async () => {
  const { page } = await open({ lang: 'ar' });
  const panel = page.locator('seal-banner [part="banner"]');
  assert.equal(await panel.getAttribute('dir'), 'rtl');
  assert.equal(await panel.getAttribute('lang'), 'ar');
  // The title starts at the right edge and the close button sits at the left.
  const title = await page.locator('seal-banner [part="title"]').boundingBox();
  const close = await page.locator('seal-banner [part="close-button"]').boundingBox();
  assert.ok(close.x < title.x, `close ${close.x} left of title ${title.x}`);
});

test('an unknown language falls back to English with a warning; a language added through texts is used', async () => {
  const session = await env.session();
  const warnings = [];
  session.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await withConfig(session.page, { lang: 'ja' });
  await session.page.goto(env.url('/'));
  await waitForBanner(session.page);
  assert.ok(warnings.some((w) => w.includes('"ja"') && w.includes('de, el, en')), `warnings: ${warnings}`);

  const { page } = await env.session();
  await withConfig(page, { lang: 'ja', texts: { ja: { acceptAll: 'すべて同意' } } });
  await page.goto(env.url('/'));
  await waitForBanner(page, /すべて同意/);
  assert.equal(await page.locator('seal-banner [part~="banner"]').getAttribute('lang'), 'ja');
});
