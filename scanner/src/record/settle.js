// Waiting for a page to be done without sleeping a fixed time: after the
// load event, scroll down (lazy content and scroll-triggered tags), then
// wait until no request of the page has been in flight for a short quiet
// window — a tag manager that adds a script after load keeps the page busy,
// and the wait extends with it, up to a ceiling.

/** How long a request the page started may take to be reported to us (see quiet()). */
const EVENT_GRACE_MS = 150;

/**
 * Counts a page's requests in flight (all its frames).
 * @param {import('playwright-core').Page} page
 */
export function trackNetwork(page) {
  const inflight = new Set();
  let last = Date.now();
  const start = (r) => { inflight.add(r); last = Date.now(); };
  const end = (r) => { inflight.delete(r); last = Date.now(); };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    stop() {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
    /**
     * Resolves once nothing was in flight for `quietMs`, or at `deadline`
     * (epoch ms). Long-lived connections (a stream, a long poll) would keep a
     * page busy for ever, so requests older than `staleMs` are not waited for.
     */
    async quiet({ quietMs = 300, deadline, staleMs = 10_000 }) {
      const born = new Map();
      for (;;) {
        const now = Date.now();
        if (now >= deadline || page.isClosed()) return;
        for (const r of inflight) if (!born.has(r)) born.set(r, now);
        const busy = [...inflight].some((r) => now - (born.get(r) ?? now) < staleMs);
        if (!busy && now - last >= quietMs) {
          // The network is quiet; is the page too? A script that just arrived
          // runs in a task of its own, and may send more: wait for the main
          // thread to be idle, and go round again if it started anything.
          const before = last;
          await idle(page, Math.max(0, deadline - Date.now()));
          // The browser reports requests on a channel of its own: one the
          // page started just before it went idle can reach us after the
          // idle answer. Give such reports a moment before trusting `last`.
          await new Promise((ok) => setTimeout(ok, EVENT_GRACE_MS));
          if (last === before && inflight.size === 0) return;
          if (last === before && ![...inflight].some((r) => Date.now() - (born.get(r) ?? Date.now()) < staleMs)) return;
        }
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
  };
}

/* global window, document, requestAnimationFrame, innerHeight -- the callbacks handed to page.evaluate() run in the page */

/** Resolves when the page's main thread is idle (or after `ms`). */
function idle(page, ms) {
  return page.evaluate((timeout) => new Promise((ok) => {
    const ric = /** @type {any} */ (window).requestIdleCallback;
    if (ric) ric(() => ok(undefined), { timeout });
    else setTimeout(ok, 0);
  }), Math.min(ms, 2000)).catch(() => {});
}

/**
 * Scrolls to the bottom in a few steps, one frame apart, then back to the
 * top, so lazily loaded embeds and scroll-depth tags show themselves.
 * @param {import('playwright-core').Page} page
 */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(undefined)));
    const height = () => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);
    for (let i = 0; i < 8 && window.scrollY + innerHeight < height(); i++) {
      window.scrollBy(0, innerHeight);
      await frame();
    }
    await frame();
    window.scrollTo(0, 0);
  }).catch(() => {});
}
