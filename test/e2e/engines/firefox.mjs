// Firefox adapter: Firefox ESR through puppeteer-core over WebDriver BiDi (no
// geckodriver). Requests are intercepted over BiDi: local ones continue and
// are recorded by path, third-party ones are recorded and answered by the
// Chromium recorder's stubs, so nothing leaves the machine.
import puppeteer from 'puppeteer-core';
import { NetworkLog, isLocalHost, stubFor } from '../helpers/browser.mjs';
import { FIND, INIT_SCRIPT, Session, specJson } from './driver.mjs';
import { setViewport } from '../../../scripts/wtr/firefox-viewport.mjs';

/**
 * Firefox ESR 140 reports this error whenever a page that has puppeteer's `evaluateOnNewDocument`
 * script holds a cross-origin iframe: reproduced on a bare two-origin page without cookie-seal, with
 * a one-statement init script, so it comes from the preload machinery, not from the page. (No
 * cookie-seal code touches another window.) Every other page error still fails the flows.
 */
const HARNESS_NOISE = /^Error: Permission denied to access property "length"$/;

export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // No first-run pages, no captive-portal or connectivity probes of its own.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async newSession({ viewport = { width: 1280, height: 800 } } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const session = new FirefoxSession(context, page);
      await setViewport(page, viewport);
      await page.evaluateOnNewDocument(INIT_SCRIPT);
      await page.setRequestInterception(true);
      page.on('request', (request) => session.route(request));
      page.on('pageerror', (error) => {
        const message = String(error?.message ?? error);
        if (!HARNESS_NOISE.test(message)) session.errors.page.push(message);
      });
      return session;
    },
    close: () => browser.close(),
  };
}

/** fn → a function returning the JSON text of fn's (awaited) result. */
function asJson(fn) {
  return new Function('arg', `return Promise.resolve((${fn})(arg)).then((v) => JSON.stringify(v === undefined ? null : v));`);
}

class FirefoxSession extends Session {
  constructor(context, page) {
    super('firefox');
    this.context = context;
    this.page = page;
    this.network = new NetworkLog();
    this.errors = { page: [], console: [] };
  }

  route(request) {
    const url = request.url();
    // BiDi reports no resource type (puppeteer throws for it outside CDP); the URL is what the tests read.
    const type = 'other';
    if (/^(data|blob|about):/.test(url)) return request.continue();
    const { hostname, pathname } = new URL(url);
    if (isLocalHost(hostname)) {
      this.network.local.push({ url, path: pathname, time: Date.now(), type });
      return request.continue();
    }
    this.network.recordExternal({ url, host: hostname, time: Date.now(), type });
    const stub = stubFor(url);
    return request.respond({ status: stub.status, contentType: stub.contentType, body: stub.body });
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  // The result crosses as JSON text: BiDi's own serialisation of deep values loses nested arrays.
  async evaluate(fn, arg) {
    const text = await this.page.evaluate(asJson(fn), arg ?? null);
    return JSON.parse(text);
  }

  async clickFound(spec) {
    const handle = await this.page.evaluateHandle(FIND, specJson(spec));
    try {
      await handle.asElement().click();
    } finally {
      await handle.dispose();
    }
  }

  async press(key) {
    const [modifier, name] = key.includes('+') ? key.split('+') : [null, key];
    if (modifier) await this.page.keyboard.down(modifier);
    // Puppeteer's BiDi keyboard knows the space bar only by its character.
    await this.page.keyboard.press(name === 'Space' ? ' ' : name);
    if (modifier) await this.page.keyboard.up(modifier);
  }

  async cookies() {
    return (await this.page.cookies()).map(({ name, value, path, domain }) => ({ name, value, path, domain }));
  }

  close() {
    return this.context.close();
  }
}
