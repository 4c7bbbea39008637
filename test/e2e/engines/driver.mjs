// The engine-neutral driver the visitor scenarios are written against. One
// adapter per engine (chromium.mjs: playwright-core; firefox.mjs:
// puppeteer-core over WebDriver BiDi; webkit.mjs: WebKitWebDriver, classic
// WebDriver) implements the few primitives below; everything else (waiting,
// finding through shadow roots, reading the page's records) is built here on
// top of `evaluate`, so it is the same code in every engine.
//
// Primitives an adapter provides (class extending Session):
//   engine                        'chromium' | 'firefox' | 'webkit'
//   goto(url), reload()           navigate and wait for the load event
//   evaluate(fn, arg)             run fn(arg) in the page, JSON result (promises awaited)
//   clickFound(spec)              a real pointer click on the element findDeep(spec) returns
//   press(key)                    'Tab', 'Shift+Tab', 'Enter', 'Escape', 'Space', 'ArrowDown'
//   cookies()                     [{ name, value, path }] the browser holds for the page
//   network                       NetworkLog: every request, third parties answered by stubs
//   close()
import { recordSealEvents } from '../helpers/browser.mjs';

/** Runs in every document before its own scripts: seal-* events, uncaught errors and CSP reports. */
export function recordProblems() {
  const problems = (window.__sealProblems = { errors: [], violations: [] });
  window.addEventListener('error', (e) => problems.errors.push(String(e.message || e.error)));
  window.addEventListener('unhandledrejection', (e) => problems.errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => {
    problems.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, page: location.pathname });
  }, true);
}

/** The init script as one source string, for engines that take source text. */
export const INIT_SCRIPT = `(${recordSealEvents})();(${recordProblems})();`;

/**
 * Finds elements in the page, looking through open shadow roots. Runs in the page.
 * spec: { within?: css of a light-DOM host, css?: selector, name?: string | {source, flags}, all?: boolean,
 *         visible?: boolean (default true) }
 * `name` is matched against aria-label, else the collapsed text.
 */
export function findDeep(spec) {
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
  const re = spec.name && typeof spec.name === 'object' ? new RegExp(spec.name.source, spec.name.flags) : null;
  const visible = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ((!spec.css || el.matches(spec.css))
        && (spec.name === undefined || (re ? re.test(nameOf(el)) : nameOf(el) === spec.name))
        && (spec.visible === false || visible(el))) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const hosts = spec.within ? [...document.querySelectorAll(spec.within)] : [document];
  for (const host of hosts) {
    if (host !== document && host.shadowRoot) walk(host.shadowRoot);
    if (host !== document) walk(host); else walk(document);
  }
  return spec.all ? found : (found[0] ?? null);
}

/** A spec's `name` made JSON-safe (RegExp → {source, flags}). */
export function specJson(spec) {
  return spec.name instanceof RegExp ? { ...spec, name: { source: spec.name.source, flags: spec.name.flags } } : spec;
}

/** What has focus, looking through shadow roots (same shape as the Chromium keyboard tests use). */
export function focusedInPage() {
  let el = document.activeElement;
  const host = el && el !== document.body ? el.localName : null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  return {
    host,
    tag: el.localName,
    text: (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim(),
    part: el.getAttribute('part'),
    role: el.getAttribute('role'),
    checked: el.getAttribute('aria-checked'),
    category: el.dataset?.category ?? null,
    sealOpen: el.hasAttribute('data-seal-open'),
  };
}

// Functions made here in Node from the helpers' source, so the page runs them as the adapter's own
// evaluation (which a strict CSP does not govern) instead of compiling code itself (which it would).
/** (s) => whether findDeep(s.spec) finds something, matching s.state 'visible' | 'hidden'. */
const FOUND = new Function('s', `return ((${findDeep})(s.spec) !== null) === (s.state === 'visible');`);
/** (spec) => the element findDeep(spec) returns, for adapters that click an element handle. */
export const FIND = new Function('spec', `return (${findDeep})(spec);`);
/** (spec) => scrolls the element findDeep(spec) returns to the middle of the viewport. */
const SCROLL = new Function('spec', `(${findDeep})(spec)?.scrollIntoView({ block: 'center', inline: 'center' }); return null;`);

export class Session {
  constructor(engine) {
    this.engine = engine;
  }

  /**
   * Waits until `fn(arg)`, run in the page, returns something truthy, and returns it. Survives
   * navigations (an evaluation that meets a page being replaced is retried).
   */
  async waitFor(fn, arg, { timeout = 15_000, message } = {}) {
    const start = Date.now();
    let last;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
        last = value;
      } catch (error) {
        last = error;
      }
      if (Date.now() - start > timeout) {
        throw new Error(`${this.engine}: ${message ?? `condition ${fn.name || String(fn).slice(0, 120)}`} not met within ${timeout} ms (last: ${last?.message ?? JSON.stringify(last)})`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** True when findDeep(spec) finds an element now. */
  async exists(spec) {
    return this.evaluate(FOUND, { spec: specJson(spec), state: 'visible' });
  }

  /** Waits until an element matching spec is visible (state 'visible') or gone (state 'hidden'). */
  async waitForElement(spec, { state = 'visible', timeout } = {}) {
    const what = `${spec.within ?? ''} ${spec.css ?? ''} ${spec.name ?? ''}`.trim();
    await this.waitFor(FOUND, { spec: specJson(spec), state }, { timeout, message: `${what} ${state}` });
  }

  /** Waits for the element, then clicks it as a pointer would. */
  async click(spec, options) {
    await this.waitForElement(spec, options);
    // Centred first, as a visitor would scroll it: a fixed banner at the bottom must not take the click
    // (puppeteer clicks at the element's point without checking what is on top).
    await this.evaluate(SCROLL, specJson(spec));
    await this.clickFound(spec);
  }

  focused() {
    return this.evaluate(focusedInPage);
  }

  /** The seal-* events recorded in this document (optionally of one type). */
  sealEvents(type) {
    return this.evaluate((t) => (window.__sealEvents ?? []).filter((e) => !t || e.type === t), type ?? null);
  }

  /** Waits for `window.CookieSeal` and the `seal-ready` event of the current document. */
  waitForReady(options) {
    return this.waitFor(() => typeof window.CookieSeal === 'object'
      && (window.__sealEvents ?? []).some((e) => e.type === 'seal-ready'), null, { message: 'seal-ready', ...options });
  }

  /** Uncaught errors and CSP violations this document recorded since it started. */
  problems() {
    return this.evaluate(() => window.__sealProblems ?? { errors: ['init script missing'], violations: [] });
  }

  /** The decoded consent cookie (`record` null when absent or not JSON). */
  async consentCookie(name = 'eu-consent') {
    const cookie = (await this.cookies()).find((c) => c.name === name) ?? null;
    if (!cookie) return { cookie: null, record: null };
    try {
      return { cookie, record: JSON.parse(decodeURIComponent(cookie.value)) };
    } catch {
      return { cookie, record: null };
    }
  }
}
