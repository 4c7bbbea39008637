// WCAG numbers measured on the built demo from computed styles and boxes:
// 24×24 px targets, Accept all / Reject all / Customise identical, text
// contrast ≥ 4.5:1 and UI contrast ≥ 3:1 in both themes, and no motion under
// prefers-reduced-motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, parseRgb } from './helpers/a11y.mjs';
import { animationsDone, bannerButton, preferences, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();

async function visit({ scheme = 'light', reducedMotion = 'no-preference', width = 1280 } = {}) {
  const session = await env.session({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion });
  await session.page.goto(env.url('/'));
  await waitForBanner(session.page);
  await animationsDone(session.page);
  return session;
}

async function openPreferences(page) {
  await bannerButton(page, /customise/i).click();
  await preferences(page).waitFor({ state: 'visible' });
  await animationsDone(page);
}

/** Boxes of every visible interactive element inside the given cookie-seal hosts. */
function targets(page, hosts) {
  return page.evaluate((hosts) => {
    const out = [];
    for (const name of hosts) {
      for (const host of document.querySelectorAll(name)) {
        const root = host.shadowRoot ?? host;
        for (const el of root.querySelectorAll('button, a[href], summary, input, [role="switch"], [role="menuitem"]')) {
          if (!el.checkVisibility()) continue;
          const r = el.getBoundingClientRect();
          out.push({ host: name, what: (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30), width: r.width, height: r.height });
        }
      }
    }
    return out;
  }, hosts);
}

test('every target in the banner, preferences, quick menu and placeholder is at least 24×24 px', async () => {
  const { page } = await visit({ width: 360 });
  const banner = await targets(page, ['seal-banner']);
  await openPreferences(page);
  await preferences(page).locator('summary').first().click();
  const prefs = await targets(page, ['seal-preferences']);
  await preferences(page).getByRole('button', { name: 'Accept all' }).click();
  await page.reload();
  await page.locator('cookie-seal-settings').getByRole('button').click();
  await page.getByRole('menu').waitFor({ state: 'visible' });
  const menu = await targets(page, ['seal-menu', 'cookie-seal-settings']);
  const { page: video } = await env.session({ viewport: { width: 360, height: 800 } });
  await video.goto(env.url('/video.html'));
  await video.locator('seal-embed, seal-placeholder').getByRole('button').first().waitFor({ state: 'visible' });
  const placeholder = await targets(video, ['seal-embed', 'seal-placeholder']);
  const all = [...banner, ...prefs, ...menu, ...placeholder];
  assert.ok(banner.length >= 4 && prefs.length >= 10 && menu.length >= 3 && placeholder.length >= 1,
    `found ${banner.length}/${prefs.length}/${menu.length}/${placeholder.length}`);
  const small = all.filter((t) => t.width < 24 || t.height < 24);
  assert.deepEqual(small, [], 'targets under 24×24 px');
});

const SAME = ['font-size', 'font-weight', 'font-family', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'line-height'];

/** Computed styles and box of each decision button of one element. */
function decisionButtons(page, host) {
  return page.evaluate(({ host, props }) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll('[part~="actions"] [part~="button"]')].map((b) => {
      const cs = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return { part: b.getAttribute('part'), style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), width: Math.round(r.width), height: Math.round(r.height) };
    });
  }, { host, props: SAME });
}

for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 360]) {
    test(`Accept all, Reject all and the third button look and measure the same (${scheme}, ${width} px)`, async () => {
      const { page } = await visit({ scheme, width });
      for (const host of ['seal-banner', 'seal-preferences']) {
        if (host === 'seal-preferences') await openPreferences(page);
        const buttons = await decisionButtons(page, host);
        assert.equal(buttons.length, 3, `${host}: three decision buttons`);
        const [accept, ...others] = buttons;
        assert.match(accept.part, /accept-all/);
        for (const other of others) {
          assert.deepEqual(other.style, accept.style, `${host}: ${other.part} styled like ${accept.part}`);
          assert.equal(other.width, accept.width, `${host}: ${other.part} as wide`);
          assert.equal(other.height, accept.height, `${host}: ${other.part} as tall`);
        }
      }
    });
  }
}

/** Colours to check inside one element's shadow root: [selector, kind, foreground property, background source]. */
function colourPairs(page, host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const surface = (el) => {
      // The first opaque background up the (shadow-including) tree.
      for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) {
        const bg = getComputedStyle(n).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const out = [];
    const visible = (sel) => [...root.querySelectorAll(sel)].filter((e) => e.checkVisibility());
    for (const el of visible('h2, h3, p, a, summary, th, td, .btn, .muted, .always-on')) {
      out.push({ kind: 'text', what: `${el.localName}.${el.className}`, fg: getComputedStyle(el).color, bg: surface(el) });
    }
    for (const el of visible('[role="switch"]')) {
      // The switch's off track border (or fill) against the dialog surface: a UI component.
      const cs = getComputedStyle(el);
      const edge = cs.borderTopWidth !== '0px' ? cs.borderTopColor : cs.backgroundColor;
      out.push({ kind: 'ui', what: `switch ${el.getAttribute('aria-checked')}`, fg: edge, bg: surface(el.parentElement) });
    }
    const button = visible('.btn')[0];
    if (button) {
      // The focus ring is drawn outside the button, so it is seen against the panel.
      button.focus({ focusVisible: true });
      const cs = getComputedStyle(button);
      out.push({ kind: 'ui', what: 'focus ring', fg: cs.outlineColor, bg: surface(button.parentElement), outline: cs.outlineStyle });
    }
    return out;
  }, host);
}

for (const scheme of ['light', 'dark']) {
  test(`text contrast ≥ 4.5:1 and switch and focus-ring contrast ≥ 3:1 (${scheme})`, async () => {
    const { page } = await visit({ scheme });
    const pairs = await colourPairs(page, 'seal-banner');
    await openPreferences(page);
    await preferences(page).locator('summary').first().click();
    await page.keyboard.press('Tab');
    pairs.push(...(await colourPairs(page, 'seal-preferences')));
    assert.ok(pairs.filter((p) => p.kind === 'ui').length >= 3, 'switches and focus ring measured');
    const ring = pairs.find((p) => p.what === 'focus ring');
    assert.notEqual(ring.outline, 'none', 'a visible focus ring');
    const failing = pairs
      .filter((p) => parseRgb(p.fg)[3] > 0)
      .map((p) => ({ ...p, ratio: Math.round(contrast(p.fg, p.bg) * 100) / 100 }))
      .filter((p) => p.ratio < (p.kind === 'text' ? 4.5 : 3));
    assert.deepEqual(failing, [], `${scheme}: low contrast`);
  });
}

test('under prefers-reduced-motion the banner, dialog, switches and buttons do not animate', async () => {
  const durations = async (reducedMotion) => {
    const { page } = await visit({ reducedMotion });
    await openPreferences(page);
    return page.evaluate(() => {
      const all = [];
      for (const host of document.querySelectorAll('seal-banner, seal-preferences')) {
        for (const el of host.shadowRoot.querySelectorAll('*')) {
          const cs = getComputedStyle(el);
          const longest = Math.max(...[cs.transitionDuration, cs.animationDuration].join(',').split(',').map((d) => parseFloat(d) || 0));
          if (longest > 0) all.push(`${host.localName} ${el.localName}.${el.className}: ${longest}s`);
        }
      }
      return all;
    });
  };
  assert.ok((await durations('no-preference')).length > 0, 'the UI does animate by default (the check can fail)');
  assert.deepEqual(await durations('reduce'), []);
});
