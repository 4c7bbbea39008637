// Headless system Chromium through playwright-core, with every request to a
// non-local host recorded and answered by a stub, so the tests see exactly
// what a page would have sent to Google or YouTube, offline.
import { chromium } from 'playwright-core';

/** Hosts the gating must keep silent before consent. */
export const THIRD_PARTY = {
  analytics: /^https?:\/\/([^/]*\.)?googletagmanager\.com\//,
  recaptcha: /^https?:\/\/(www\.)?google\.com\/recaptcha\/|^https?:\/\/([^/]*\.)?gstatic\.com\//,
  youtube: /^https?:\/\/([^/]*\.)?(youtube(-nocookie)?\.com|ytimg\.com|googlevideo\.com)\//,
};

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for the loopback host names the test servers use. */
export function isLocalHost(host) {
  return LOCAL_HOSTS.has(host) || LOCAL_HOSTS.has(`[${host}]`);
}

// The stubs behave like the real tags where the tests look: a global marker
// that proves the code ran, and the first-party cookies the real tags set.
const GTAG_STUB = `(function () {
  var id = document.currentScript ? new URL(document.currentScript.src).searchParams.get('id') : null;
  window.__gaLoaded = true;
  (window.__gaIds = window.__gaIds || []).push(id);
  var year = 'path=/; max-age=63072000';
  document.cookie = '_ga=GA1.1.1180523913.1763900000; ' + year;
  if (id) document.cookie = '_ga_' + id.replace(/^G-/, '') + '=GS2.1.s1763900000$o1$g0$t1763900000; ' + year;
  document.cookie = '_gid=GA1.1.2026300001.1763900000; path=/; max-age=86400';
})();`;

// Also the part of the grecaptcha API cookie-seal calls: ready(), execute()
// for v3 (recorded in __recaptchaExecuted) and render() for the v2 checkbox
// (a real checkbox that fills the g-recaptcha-response field when ticked).
const RECAPTCHA_STUB = `(function () {
  window.__recaptchaLoaded = true;
  document.cookie = '_GRECAPTCHA=09AAstub; path=/; max-age=15552000';
  var executed = window.__recaptchaExecuted = [];
  window.grecaptcha = {
    ready: function (cb) { Promise.resolve().then(cb); },
    execute: function (key, options) {
      executed.push({ key: key, action: options && options.action, at: Date.now() });
      return Promise.resolve('stub-v3-token-' + executed.length);
    },
    render: function (el, params) {
      if (typeof el === 'string') el = document.getElementById(el);
      if (el.childElementCount) throw new Error('reCAPTCHA has already been rendered in this element');
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      label.append(box, " I'm not a robot");
      var field = document.createElement('textarea');
      field.name = 'g-recaptcha-response';
      field.hidden = true;
      box.addEventListener('change', function () { field.value = box.checked ? 'stub-v2-token-' + params.sitekey : ''; });
      el.append(label, field);
      return 0;
    },
  };
})();`;

const YOUTUBE_STUB = '<!doctype html><html lang="en"><title>video stub</title><body><p id="yt-stub">video player stub</p></body></html>';

// A Google Tag Manager container that fires a GA4 config tag and a page event,
// pushing them onto the dataLayer as the real container's tags would.
const GTM_STUB = `(function () {
  window.__gtmLoaded = true;
  var dl = window.dataLayer = window.dataLayer || [];
  (function () { dl.push(arguments); })('config', 'G-GTM0001');
  dl.push({ event: 'gtm.dom' });
})();`;

/** The stub answer for a third-party URL: what the tests need of the real tag, or an empty 204. */
export function stubFor(url) {
  if (/^https:\/\/www\.googletagmanager\.com\/gtm\.js/.test(url)) {
    return { status: 200, contentType: 'text/javascript', body: GTM_STUB };
  }
  if (THIRD_PARTY.analytics.test(url) && url.includes('/gtag/js')) {
    return { status: 200, contentType: 'text/javascript', body: GTAG_STUB };
  }
  if (/google\.com\/recaptcha\/api\.js/.test(url)) {
    return { status: 200, contentType: 'text/javascript', body: RECAPTCHA_STUB };
  }
  if (THIRD_PARTY.youtube.test(url) && /\/embed\//.test(url)) {
    return { status: 200, contentType: 'text/html', body: YOUTUBE_STUB };
  }
  return { status: 204, contentType: 'text/plain', body: '' };
}

/**
 * Launches headless system Chromium (CHROME_PATH or /usr/bin/chromium); never downloads a browser.
 * `extraArgs` adds command-line switches (e.g. `--host-resolver-rules` for subdomain tests).
 */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * A new browser context and page with the network recorder installed, and
 * every `seal-*` event recorded in `window.__sealEvents`.
 * `openTab()` gives another page in the same context (same cookies): a returning visitor.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'en-GB', ...contextOptions });
  await context.addInitScript(recordSealEvents);
  const network = new NetworkLog();
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    let host;
    try {
      host = new URL(url).hostname;
    } catch {
      return route.continue();
    }
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (isLocalHost(host)) {
      network.local.push({ url, path: new URL(url).pathname, time: Date.now(), type: request.resourceType() });
      return route.continue();
    }
    network.recordExternal({ url, host, time: Date.now(), type: request.resourceType() });
    return route.fulfill(stubFor(url));
  });
  const page = await context.newPage();
  const errors = watch(page);
  return {
    context,
    page,
    network,
    errors,
    /** Another tab in the same context (same cookies): a returning visitor. */
    async openTab() {
      const p = await context.newPage();
      return { page: p, errors: watch(p) };
    },
    close: () => context.close(),
  };
}

// Runs in the page before any of its scripts, so even `seal-ready` from the loader is seen.
export function recordSealEvents() {
  const names = ['seal-ready', 'seal-change', 'seal-receipt', 'seal-banner-show', 'seal-banner-hide',
    'seal-preferences-show', 'seal-preferences-hide'];
  window.__sealEvents = [];
  for (const name of names) {
    document.addEventListener(name, (event) => {
      let detail = null;
      try {
        detail = JSON.parse(JSON.stringify(event.detail ?? null));
      } catch {
        detail = 'unserialisable';
      }
      window.__sealEvents.push({ type: name, detail, at: performance.now() });
    });
  }
}

/** Collects uncaught page errors and console errors of one page. */
function watch(page) {
  const errors = { page: [], console: [] };
  page.on('pageerror', (error) => errors.page.push(String(error?.stack || error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.console.push(msg.text());
  });
  return errors;
}

export class NetworkLog {
  constructor() {
    /** @type {{url: string, host: string, time: number, type: string}[]} */
    this.external = [];
    /** @type {{url: string, path: string, time: number, type: string}[]} */
    this.local = [];
    /** Told of each external request as it is recorded (see `waitFor`). */
    this.listeners = new Set();
  }

  /** Records an external request and tells whoever waits for one. */
  recordExternal(entry) {
    this.external.push(entry);
    for (const listener of [...this.listeners]) listener(entry);
  }

  /** External requests matching one of THIRD_PARTY's patterns (or any regexp). */
  to(pattern) {
    return this.external.filter((r) => pattern.test(r.url));
  }

  /** Every external request to any of the gated third parties. */
  thirdParty() {
    return this.external.filter((r) => Object.values(THIRD_PARTY).some((re) => re.test(r.url)));
  }

  localPaths() {
    return this.local.map((r) => r.path);
  }

  clear() {
    this.external.length = 0;
    this.local.length = 0;
  }

  /** Resolves with the first matching external request, made already or as it is recorded; rejects after `timeout` ms. */
  waitFor(pattern, timeout = 10_000) {
    const hit = this.to(pattern)[0];
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const listener = (entry) => {
        if (!pattern.test(entry.url)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(entry);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no request matching ${pattern} within ${timeout} ms; external requests: ${JSON.stringify(this.external.map((r) => r.url))}`));
      }, timeout);
      this.listeners.add(listener);
    });
  }
}

/**
 * Resolves once nothing on the page is animating (CSS transitions and animations, shadow trees
 * included) and a frame has been painted after that: the moment a screenshot shows the final state.
 */
export async function stillFrame(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
