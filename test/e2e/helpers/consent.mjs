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

/** Lets the page run for `ms` so that a request that should not happen has had its chance. */
export const settle = (page, ms = 600) => page.waitForTimeout(ms);
