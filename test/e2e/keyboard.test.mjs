// Keyboard-only flows on the built demo: no test here uses the mouse. Accept,
// reject, customise and save, reopen from the footer link and from the
// settings button, withdraw; the dialog traps focus, makes the page inert and
// gives focus back; a non-modal banner never hides the focused element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withConfig } from './helpers/a11y.mjs';
import { readConsentCookie, waitForBanner, waitForReady } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

/** What has focus, looking through shadow roots: its outermost host, tag, text, part and data. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    const host = el && el !== document.body ? el.localName : null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    return {
      host,
      tag: el.localName,
      text: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      part: el.getAttribute('part'),
      role: el.getAttribute('role'),
      checked: el.getAttribute('aria-checked'),
      category: el.dataset.category ?? null,
      sealOpen: el.hasAttribute('data-seal-open'),
    };
  });
}

/** Presses `key` (Tab by default) until `match(focused)` holds; fails after `max` presses. */
async function pressUntil(page, match, { key = 'Tab', max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && match(f)) return f;
    seen.push(f && `${f.host}:${f.tag}:${f.text.slice(0, 20)}`);
  }
  throw new Error(`not reached with ${key} in ${max} presses; focus went through ${JSON.stringify(seen)}`);
}

const isButton = (name) => (f) => f.host === 'seal-banner' && f.tag === 'button' && f.text === name;

async function firstVisit(config) {
  const session = await env.session({ viewport: { width: 1280, height: 800 } });
  if (config) await withConfig(session.page, config);
  await session.page.goto(env.url('/'));
  await waitForBanner(session.page);
  return session;
}

test('Tab reaches the banner first; Enter on Accept all grants everything', async () => {
  const { page, context } = await firstVisit();
  const first = await pressUntil(page, () => true, { max: 1 });
  assert.equal(first.host, 'seal-banner', 'the banner is the first stop');
  await pressUntil(page, isButton('Accept all'));
  await page.keyboard.press('Enter');
  await page.locator('seal-banner').getByRole('button', { name: 'Accept all' }).waitFor({ state: 'hidden' });
  const { record } = await readConsentCookie(context);
  assert.equal(record.c.analytics, true);
  assert.equal(record.c.advertising, true);
});

test('Enter on Reject all refuses everything optional', async () => {
  const { page, context } = await firstVisit();
  await pressUntil(page, isButton('Reject all'));
  await page.keyboard.press('Enter');
  await page.locator('seal-banner').getByRole('button', { name: 'Reject all' }).waitFor({ state: 'hidden' });
  const { record } = await readConsentCookie(context);
  assert.equal(record.c.analytics, false);
  assert.equal(record.c.advertising, false);
});

test('Customise: focus moves in, Tab and Shift+Tab stay inside, Space toggles a switch, Enter saves', async () => {
  const { page, context } = await firstVisit();
  await pressUntil(page, isButton('Customise'));
  await page.keyboard.press('Enter');
  await page.locator('seal-preferences').getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal((await focused(page))?.host, 'seal-preferences', 'focus moved into the dialog');

  // Twice round the dialog each way: the page behind (links, banner) is never reached.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(key);
      const f = await focused(page);
      assert.equal(f?.host, 'seal-preferences', `${key} #${i + 1} left the dialog: ${JSON.stringify(f)}`);
    }
  }

  const analytics = await pressUntil(page, (f) => f.role === 'switch' && f.category === 'analytics');
  assert.equal(analytics.checked, 'false', 'nothing is pre-ticked');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, 'true', 'Space turned the switch on');
  await pressUntil(page, (f) => f.part?.includes('save'));
  await page.keyboard.press('Enter');
  await page.locator('seal-preferences').getByRole('dialog').waitFor({ state: 'hidden' });
  const { record } = await readConsentCookie(context);
  assert.equal(record.c.analytics, true);
  assert.equal(record.c.advertising, false);
});

test('the footer link reopens the preferences with Enter; Esc closes them and focus returns to the link', async () => {
  const { page } = await firstVisit();
  await pressUntil(page, isButton('Reject all'));
  await page.keyboard.press('Enter');
  await page.locator('seal-banner').getByRole('button', { name: 'Reject all' }).waitFor({ state: 'hidden' });
  await pressUntil(page, (f) => f.sealOpen, { max: 120 });
  await page.keyboard.press('Enter');
  await page.locator('seal-preferences').getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal((await focused(page))?.host, 'seal-preferences');
  await page.keyboard.press('Escape');
  await page.locator('seal-preferences').getByRole('dialog').waitFor({ state: 'hidden' });
  const back = await focused(page);
  assert.ok(back?.sealOpen, `focus returned to the link: ${JSON.stringify(back)}`);
});

test('the settings button and its quick menu: Withdraw consent by keyboard', async () => {
  const { page, context } = await firstVisit();
  await pressUntil(page, isButton('Accept all'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__gaLoaded === true);
  await page.reload();
  await waitForReady(page);
  await pressUntil(page, (f) => f.host === 'cookie-seal-settings', { max: 120 });
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor({ state: 'visible' });
  const item = await pressUntil(page, (f) => f.text === 'Withdraw consent', { key: 'ArrowDown', max: 5 });
  assert.equal(item.role, 'menuitem');
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await reloaded;
  await waitForReady(page);
  const { record } = await readConsentCookie(context);
  assert.equal(record?.c?.analytics ?? false, false, 'analytics withdrawn');
  assert.equal(record?.c?.advertising ?? false, false, 'advertising withdrawn');
});

for (const position of ['bar', 'box']) {
  test(`a ${position} banner never fully hides the focused page element (WCAG 2.4.11)`, async () => {
    const { page } = await firstVisit({ position });
    await page.setViewportSize({ width: 1280, height: 600 });
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.localName.startsWith('seal-') || el.localName === 'cookie-seal-settings') return null;
        const panel = document.querySelector('seal-banner').shadowRoot.querySelector('.panel').getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const covered = r.top >= panel.top && r.bottom <= panel.bottom && r.left >= panel.left && r.right <= panel.right;
        return { covered, text: el.textContent.trim().slice(0, 30), rect: [r.top, r.bottom], panel: [panel.top, panel.bottom] };
      });
      if (!result) continue;
      checked++;
      assert.equal(result.covered, false, `focused element hidden by the banner: ${JSON.stringify(result)}`);
    }
    assert.ok(checked >= 15, `page elements focused: ${checked}`);
  });
}
