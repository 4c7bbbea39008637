// Small page-level helpers shared by the core end-to-end tests.

/** The consent cookie as the browser holds it, decoded; `record` is null when it is not JSON. */
export async function readConsentCookie(context, name = 'eu-consent') {
  const cookie = (await context.cookies()).find((c) => c.name === name) ?? null;
  if (!cookie) return { cookie: null, record: null };
  let record = null;
  try {
    record = JSON.parse(decodeURIComponent(cookie.value));
  } catch {
    record = null;
  }
  return { cookie, record };
}

/** Names of the cookies the browser holds for the page's origin. */
export async function cookieNames(context) {
  return (await context.cookies()).map((c) => c.name).sort();
}

/** The first-layer banner's button with the given accessible name (open shadow roots are pierced). */
export function bannerButton(page, name) {
  return page.locator('seal-banner').getByRole('button', { name });
}

/** The preference center dialog. */
export function preferences(page) {
  return page.locator('seal-preferences').getByRole('dialog');
}

/**
 * Waits until the banner shows its Accept all button. The timeout is generous
 * because a loaded two-core machine can take seconds to fetch the UI chunk;
 * it only matters when the test is failing anyway.
 */
export async function waitForBanner(page, accept = /accept all/i, timeout = 15_000) {
  await bannerButton(page, accept).waitFor({ state: 'visible', timeout });
}

/** True when no banner button is visible on the page. */
export async function bannerHidden(page, accept = /accept all/i) {
  return (await bannerButton(page, accept).count()) === 0 || !(await bannerButton(page, accept).first().isVisible());
}

/** The seal-* events the page dispatched so far (recorded by the init script in browser.mjs). */
export function sealEvents(page, type) {
  return page.evaluate((t) => (window.__sealEvents ?? []).filter((e) => !t || e.type === t), type);
}

/** Waits for `window.CookieSeal` and the `seal-ready` event. */
export async function waitForReady(page, timeout = 15_000) {
  await page.waitForFunction(
    () => typeof window.CookieSeal === 'object' && (window.__sealEvents ?? []).some((e) => e.type === 'seal-ready'),
    undefined,
    { timeout },
  );
}

/**
 * What the gate holds (src/core/gating.ts): inert scripts, and embeds whose source waits in
 * data-src. (A data-category script without type="text/plain" ran at parse time: not the gate's.)
 */
export const GATED = ['script[type="text/plain"]', 'iframe[data-src]', 'img[data-src]', 'video[data-src]', 'audio[data-src]', 'source[data-src]', 'link[data-src]']
  .map((tag) => `${tag}[data-category]`).join();

/**
 * Waits until the page has nothing left that could still send a request: loaded, every gated tag
 * seen by the gate (blocked or activated), and the page's idle-time work has had its turn. A request a test asserts did not happen would have been made by then. This is
 * what the tests used to wait a fixed 300–1500 ms for.
 */
export async function quiet(page, { timeout = 15_000 } = {}) {
  // Not `window.CookieSeal`: pages that start cookie-seal as a module (examples/) have no global,
  // and a page without cookie-seal (the form's answer) is quiet once loaded and idle.
  await page.waitForFunction(
    (selector) => document.readyState === 'complete'
      && [...document.querySelectorAll(selector)].every((el) => el.hasAttribute('data-seal-state')),
    GATED,
    { timeout },
  );
  await idleTurn(page);
}

/**
 * Resolves once the page's idle-time work has run: the runtime defers the receipt outbox to
 * requestIdleCallback (src/core/idle.ts), and idle callbacks run
 * in the order they were queued, so one queued now runs after them; the task after it lets what
 * they started (an import(), a fetch) be issued.
 */
export function idleTurn(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if ('requestIdleCallback' in window) requestIdleCallback(next, { timeout: 10_000 });
    else requestAnimationFrame(next);
  }));
}

/** Resolves when every running CSS animation and transition in the page (shadow trees included) has finished. */
export function animationsDone(page) {
  return page.evaluate(async () => {
    // Two frames first, so that a transition started by the last style change exists.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const running = new Set(roots.flatMap((root) => root.getAnimations()));
    // An endless animation (a spinner) never finishes; only those with an end are waited for.
    const ending = [...running].filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => {})));
  });
}

/**
 * Runs `action(api)` in every page of `target` (a page or a context) the moment the loader assigns
 * `window.CookieSeal`, its last statement: before any page script after it. `action` is sent to
 * the page as source, so it may use only its argument and the page's globals.
 */
export function onLoaderDone(target, action) {
  return target.addInitScript(`(() => {
    const action = ${action};
    let api;
    Object.defineProperty(window, 'CookieSeal', {
      configurable: true,
      get: () => api,
      set(value) {
        api = value;
        action(value);
      },
    });
  })();`);
}
