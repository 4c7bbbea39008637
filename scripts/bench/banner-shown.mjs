// Shared by run.mjs and timeline.mjs.
/**
 * Waits until the probe has seen the banner, through the DevTools protocol. Not with
 * `page.waitForFunction`: that injects Playwright's own script into the page (about 20 ms to
 * evaluate here), which would land in the middle of the visit being measured — after `load`,
 * just when a banner drawn after the page's first frame is being laid out — and hold its paint.
 */
export async function bannerShown(context, page, timeoutMs = 15000) {
  const cdp = await context.newCDPSession(page);
  let timer;
  try {
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no banner within 15 s')), timeoutMs)));
    await Promise.race([cdp.send('Runtime.evaluate', { expression: 'window.__benchShown', awaitPromise: true }), timeout]);
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => {});
  }
}
