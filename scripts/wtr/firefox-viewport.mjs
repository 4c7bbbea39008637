// Firefox ESR 140.12's WebDriver BiDi has no `emulation.setScreenOrientationOverride`, which
// puppeteer-core's `page.setViewport()` sends together with `browsingContext.setViewport`, so the
// call fails although the viewport itself is set. Used by web-test-runner's Firefox pages and by the
// Firefox visitor flows (test/e2e/engines/firefox.mjs).

const UNKNOWN_ORIENTATION = /unknown command.*emulation\.setScreenOrientationOverride|emulation\.setScreenOrientationOverride.*unknown command/s;

/**
 * `page.setViewport(viewport)` (or `set`, the original method of a page whose own was replaced),
 * tolerating a Firefox without the orientation override: then it waits until the window has the size.
 */
export async function setViewport(page, viewport, set = page.setViewport.bind(page)) {
  try {
    await set(viewport);
  } catch (error) {
    if (!UNKNOWN_ORIENTATION.test(String(error?.message))) throw error;
    if (viewport?.width && viewport?.height) {
      await page.waitForFunction((w, h) => globalThis.innerWidth === w && globalThis.innerHeight === h, { timeout: 10000 }, viewport.width, viewport.height);
    }
  }
}

/** The page `context.newPage()` gives, whose `setViewport` is the tolerant one above. */
export async function firefoxPage({ context }) {
  const page = await context.newPage();
  const set = page.setViewport.bind(page);
  page.setViewport = (viewport) => setViewport(page, viewport, set);
  return page;
}
