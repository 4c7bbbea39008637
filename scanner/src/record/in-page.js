// Functions evaluated inside the scanned page.

/* global window, document, location, indexedDB -- the callbacks handed to evaluate() run in the page */

/**
 * What cookie-seal says about the page: is it there, its consent cookie's
 * name, and the gated tags that are active although their category (and
 * service) is not granted — code that ran before consent.
 * @param {import('playwright-core').Page} page
 */
export async function inspectPage(page) {
  return page.evaluate(() => {
    const api = /** @type {any} */ (window).CookieSeal;
    const present = !!api && typeof api.get === 'function';
    let cookieName = 'eu-consent';
    const block = document.getElementById('cookie-seal-config');
    if (block) {
      try {
        const cfg = JSON.parse(block.textContent || '{}');
        if (typeof cfg.cookieName === 'string' && cfg.cookieName) cookieName = cfg.cookieName;
      } catch {
        // an unreadable config block: the default name
      }
    }
    const ran = [];
    if (present) {
      for (const el of document.querySelectorAll('script[data-category], iframe[data-category], img[data-category], video[data-category], audio[data-category], source[data-category], link[data-category]')) {
        const h = /** @type {HTMLElement} */ (el);
        const category = h.dataset.category || '';
        const service = h.dataset.service || undefined;
        let granted = false;
        try { granted = !!api.isGranted(category, service); } catch { granted = false; }
        if (granted) continue;
        const tag = el.tagName.toLowerCase();
        const active = tag === 'script'
          ? (el.getAttribute('type') || '').trim().toLowerCase() !== 'text/plain'
          : !!(el.getAttribute('src') || (tag === 'link' && el.getAttribute('href')));
        if (active) ran.push({ tag, category, service: service ?? null, src: el.getAttribute('src') || el.getAttribute('href') || null, html: el.outerHTML.slice(0, 240) });
      }
    }
    let state = null;
    try { state = present ? api.get() : null; } catch { state = null; }
    return { present, cookieName, decided: state ? !!state.decided : null, ran };
  }).catch(() => ({ present: false, cookieName: 'eu-consent', decided: null, ran: [] }));
}

/**
 * localStorage and sessionStorage keys and IndexedDB names of one frame
 * (null where the frame cannot be read: sandboxed, detached, opaque origin).
 * @param {import('playwright-core').Frame} frame
 */
export async function readFrameStorage(frame) {
  return frame.evaluate(async () => {
    if (location.origin === 'null') return null;
    const keys = (area) => { try { return Object.keys(area()); } catch { return []; } };
    let idb = [];
    try { idb = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name).filter(Boolean) : []; } catch { idb = []; }
    return { origin: location.origin, local: keys(() => localStorage), session: keys(() => sessionStorage), idb };
  }).catch(() => null);
}
