// Making the visitor's choice: through window.CookieSeal on a cookie-seal
// site, otherwise by pressing the banner's own button, found by a known
// consent manager's selector or by its words (consent/words.js).
import { CMP_SELECTORS, wordsFor } from './words.js';

/* global window, document, getComputedStyle -- page.evaluate's callbacks and searchInPage run in the page */

const MARK = 'data-cookie-seal-scan-target';

/** Words that say a box is about cookies, to trust a button's "OK" only inside one. */
const ABOUT_COOKIES = ['cookie', 'consent', 'privacy', 'datenschutz', 'confidentialité', 'traceurs', 'evä', 'vafrakök', 'küpsis', 'sīkdat', 'slapuk', 'süti', 'piškot', 'kolačić', 'бисквит', 'файли cookie', 'galet', 'informasjonskaps', 'fianá', 'çerez', 'kakor', 'ملفات تعريف الارتباط', 'עוגיות', 'privatliv', 'adatvédelem', 'gdpr', 'rgpd', 'dsgvo'];

/**
 * How the choice can be made on this page, without making it.
 * @param {import('playwright-core').Page} page @param {string} [lang]
 * @returns {Promise<{ way: 'cookie-seal' } | { way: 'buttons', accept: object | null, reject: object | null } | { way: 'none' }>}
 */
export async function findBanner(page, lang) {
  const seal = await page.evaluate(() => {
    const api = /** @type {any} */ (window).CookieSeal;
    return !!api && typeof api.acceptAll === 'function' && typeof api.rejectAll === 'function';
  }).catch(() => false);
  if (seal) return { way: 'cookie-seal' };
  const accept = await findButton(page, 'accept', lang, false);
  const reject = await findButton(page, 'reject', lang, false);
  if (!accept && !reject) return { way: 'none' };
  return { way: 'buttons', accept, reject };
}

/**
 * Makes the choice. Resolves with how it was made, or `{ done: false }` and
 * the reason when the page offers no way to make it.
 * @param {import('playwright-core').Page} page @param {'accept' | 'reject'} which @param {string} [lang]
 */
export async function choose(page, which, lang) {
  const banner = await findBanner(page, lang);
  if (banner.way === 'cookie-seal') {
    const result = await page.evaluate((w) => {
      const api = /** @type {any} */ (window).CookieSeal;
      return Promise.resolve(w === 'accept' ? api.acceptAll() : api.rejectAll()).then(() => true, (e) => String(e && e.message || e));
    }, which).catch((e) => String(e.message));
    return result === true
      ? { done: true, way: 'cookie-seal', how: `window.CookieSeal.${which === 'accept' ? 'acceptAll' : 'rejectAll'}()` }
      : { done: false, way: 'cookie-seal', how: `CookieSeal.${which}All() failed: ${result}` };
  }
  if (banner.way === 'none') return { done: false, way: 'none', how: 'no consent banner found' };
  const found = await findButton(page, which, lang, true);
  if (!found) return { done: false, way: 'buttons', how: `no "${which === 'accept' ? 'Accept all' : 'Reject all'}" button on the banner's first layer` };
  const frame = page.frames()[found.frame] ?? page.mainFrame();
  try {
    await frame.locator(`[${MARK}="${which}"]`).first().click({ timeout: 5000 });
  } catch (err) {
    return { done: false, way: 'buttons', how: `could not press ${describe(found)}: ${String(err.message).split('\n')[0]}` };
  }
  return { done: true, way: 'buttons', how: `pressed ${describe(found)}` };
}

const describe = (b) => (b.cmp ? `${b.cmp}'s "${b.text}" button (${b.selector})` : `the "${b.text}" button`);

/** Looks through every frame (and open shadow roots) for a visible button; marks it when `mark`. */
async function findButton(page, which, lang, mark) {
  const words = wordsFor(which, lang);
  const selectors = CMP_SELECTORS.map((c) => ({ cmp: c.cmp, selector: c[which] }));
  const frames = page.frames();
  for (let i = 0; i < frames.length; i++) {
    const hit = await frames[i].evaluate(searchInPage, { words, selectors, about: ABOUT_COOKIES, mark: mark ? MARK : null, which }).catch(() => null);
    if (hit) return { ...hit, frame: i };
  }
  return null;
}

/* c8 ignore start — runs in the browser */
function searchInPage({ words, selectors, about, mark, which }) {
  const norm = (s) => String(s || '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.!…›»→]+$/u, '').trim();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
  };
  const pick = (el, found) => {
    if (mark) el.setAttribute(mark, which);
    return found;
  };
  const candidates = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.matches('button, a, [role="button"], input[type="button"], input[type="submit"]')) candidates.push(el);
    }
  };
  walk(document);
  for (const { cmp, selector } of selectors) {
    for (const el of document.querySelectorAll(selector)) {
      if (visible(el)) return pick(el, { cmp, selector, text: norm(el.innerText || el.value) });
    }
  }
  const aboutCookies = (el) => {
    let node = el;
    for (let depth = 0; node && depth < 8; depth++) {
      const text = (node.innerText || node.textContent || '').toLowerCase();
      if (text.length > 20000) return false;
      if (about.some((w) => text.includes(w))) return true;
      node = node.parentElement || (node.getRootNode && node.getRootNode().host) || null;
    }
    return false;
  };
  const labelled = candidates.map((el) => [el, norm(el.innerText || el.value || el.getAttribute('aria-label'))]);
  for (const w of words) {
    for (const [el, text] of labelled) {
      if (text === w && visible(el) && aboutCookies(el)) return pick(el, { text: w });
    }
  }
  return null;
}
/* c8 ignore stop */
