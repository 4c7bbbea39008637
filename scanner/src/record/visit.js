// One visit of one page in one phase: everything the page stores and every
// request it sends to another site, with who did it when the browser says.
import { BINDING, initScript } from './init-script.js';
import { cookieName } from './cookies.js';
import { cookiesOf, jarKey, storageOf } from './attribution.js';
import { scrollThrough, trackNetwork } from './settle.js';
import { hostOf, sameSite, siteOf } from '../site.js';
import { inspectPage, readFrameStorage } from './in-page.js';

const MAX_REQUESTS = 1000;
const MAX_LINKS = 2000;

/**
 * A browser context for one phase: fresh (no cookies, no storage), with the
 * write hooks in every frame. Writes are routed to the visit of their page.
 * @param {import('playwright-core').Browser} browser
 * @param {{ lang?: string }} options
 */
export async function phaseContext(browser, options = {}) {
  const context = await browser.newContext({
    locale: options.lang || 'en-GB',
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: false,
  });
  /** @type {Map<import('playwright-core').Page, (w: any) => void>} */
  const sinks = new Map();
  await context.exposeBinding(BINDING, (source, write) => {
    sinks.get(source.page)?.({ ...write, frameUrl: source.frame.url() });
  });
  await context.addInitScript({ content: initScript() });
  return { context, sinks, idle: /** @type {Tab[]} */ ([]) };
}

/**
 * A tab kept for the next visit of the same phase: opening a page and its
 * DevTools session costs more than a visit on a busy machine. Each visit
 * ends on about:blank, so the next one starts from a blank page.
 * @typedef {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession | null }} Tab
 */
async function takeTab(phase) {
  const idle = phase.idle.pop();
  if (idle && !idle.page.isClosed()) return idle;
  const page = await phase.context.newPage();
  const cdp = await phase.context.newCDPSession(page).catch(() => null);
  await cdp?.send('Network.enable').catch(() => {});
  return { page, cdp };
}

/**
 * Visits `url` and records it.
 * @param {Awaited<ReturnType<typeof phaseContext>>} phase
 * @param {string} url
 * @param {{ timeoutMs: number, links?: boolean, probe?: (page: import('playwright-core').Page) => Promise<void>, act?: (page: import('playwright-core').Page) => Promise<any> }} options
 *   `probe`: looks at the settled page without changing it (is there a banner?).
 *   `act`: runs once the page has settled (a consent choice); only what happens after it is recorded.
 */
export async function visitPage(phase, url, options) {
  const { context, sinks } = phase;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const tab = await takeTab(phase);
  const { page, cdp } = tab;
  const record = newRecord(url);
  const setCookies = [];
  const writes = [];
  const initiators = new Map();
  const blocked = new Map();
  sinks.set(page, (w) => { writes.push({ ...w, at: Date.now() - started }); });
  const network = trackNetwork(page);
  const onWillBeSend = (e) => {
    const top = e.initiator?.stack?.callFrames?.[0];
    initiators.set(e.request.url, { type: e.initiator?.type ?? 'other', url: top?.url || e.initiator?.url || undefined });
  };
  const onExtraInfo = (e) => {
    for (const b of e.blockedCookies ?? []) {
      const name = b.cookie?.name ?? cookieName(b.cookieLine ?? '');
      if (name) blocked.set(name, b.blockedReasons ?? []);
    }
  };
  cdp?.on('Network.requestWillBeSent', onWillBeSend);
  cdp?.on('Network.responseReceivedExtraInfo', onExtraInfo);
  const onRequest = (request) => {
    const reqUrl = request.url();
    const host = hostOf(reqUrl);
    if (!host || sameSite(host, record.host)) return;
    if (record.requests.length >= MAX_REQUESTS) return;
    const type = request.resourceType() === 'ping' ? 'beacon' : request.resourceType();
    record.requests.push({ url: reqUrl.slice(0, 500), host, site: siteOf(host), type, method: request.method(), frameUrl: frameUrl(request), initiator: null, at: Date.now() - started, failed: null });
  };
  const onFailed = (request) => {
    const r = record.requests.find((x) => x.url === request.url().slice(0, 500) && !x.failed);
    if (r) r.failed = request.failure()?.errorText ?? 'failed';
  };
  const onResponse = (response) => {
    setCookies.push(response.headerValues('set-cookie').then((lines) => lines.map((line) => ({
      line, url: response.url(), type: response.request().resourceType(), frameUrl: frameUrl(response.request()),
    }))).catch(() => []));
  };
  // What cookie-seal says on the console (a config it cannot read, a tag that ran ungated).
  const onConsole = (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && /cookie-seal/i.test(message.text()) && record.console.length < 50) record.console.push({ type, text: message.text().slice(0, 500) });
  };
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);

  const jarBefore = new Set((await context.cookies()).map(jarKey));
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    record.finalUrl = page.url();
    record.status = response?.status() ?? null;
    const type = (await response?.headerValue('content-type')) ?? '';
    if (response && record.status >= 400) record.error = `HTTP ${record.status}`;
    else if (response && !/html/i.test(type)) record.error = `not an HTML page (Content-Type: ${type || 'none'})`;
  } catch (err) {
    record.error = loadError(err, options.timeoutMs);
    record.finalUrl = page.url() === 'about:blank' ? url : page.url();
  }
  // A page that failed to load is not asked anything: a navigation still
  // under way can hold every evaluate() until it ends, which may be never.
  if (!record.error) {
    await scrollThrough(page);
    await network.quiet({ deadline: Math.max(deadline, Date.now() + 1000) });
    // eslint-disable-next-line no-undef -- the callback runs in the page, where `document` is defined
    if (options.links) record.links = await page.evaluate((max) => [...new Set(Array.from(document.querySelectorAll('a[href], area[href]'), (a) => a.href))].slice(0, max), MAX_LINKS).catch(() => []);
    if (options.probe) await options.probe(page).catch(() => {});
    if (options.act) {
      // From here on, only what the action causes is this visit's record.
      const before = await snapshot(page, context);
      writes.length = 0;
      record.requests.length = 0;
      setCookies.length = 0;
      jarBefore.clear();
      for (const key of before.jar) jarBefore.add(key);
      record.choice = { ...(await options.act(page)), before };
      await network.quiet({ deadline: Date.now() + Math.max(2000, options.timeoutMs / 2) });
    }
    record.cookieSeal = await inspectPage(page);
    record.frames = await readAllFrames(page);
  }
  // Leaving the page fires pagehide: beacons sent then are requests of this page too.
  await page.goto('about:blank', { timeout: 2000 }).catch(() => {});
  await network.quiet({ quietMs: 150, deadline: Date.now() + 800 });
  const jar = await context.cookies();
  record.cookies = cookiesOf(record, jar, jarBefore, writes, (await Promise.all(setCookies)).flat(), initiators, blocked);
  for (const r of record.requests) {
    const i = initiators.get(r.url);
    if (i) r.initiator = i;
  }
  record.storage = storageOf(record, writes);
  record.ms = Date.now() - started;
  sinks.delete(page);
  page.off('request', onRequest);
  page.off('requestfailed', onFailed);
  page.off('response', onResponse);
  page.off('console', onConsole);
  network.stop();
  cdp?.off('Network.requestWillBeSent', onWillBeSend);
  cdp?.off('Network.responseReceivedExtraInfo', onExtraInfo);
  if (page.url() === 'about:blank') phase.idle.push(tab);
  else await page.close().catch(() => {});
  return record;
}

function frameUrl(request) {
  try {
    return request.frame().url();
  } catch {
    return null; // a service worker's request has no frame
  }
}

function newRecord(url) {
  return {
    url, finalUrl: url, host: hostOf(url), status: null, error: null, ms: 0,
    cookies: [], storage: [], indexedDB: [], requests: [], links: undefined, cookieSeal: null, frames: [], choice: undefined, console: [],
  };
}


/** A clear sentence for a failed navigation. */
function loadError(err, timeoutMs) {
  const msg = String(err?.message ?? err);
  if (/Timeout|timed out/i.test(msg)) return `did not finish loading within ${Math.round(timeoutMs / 1000)} s`;
  const net = /net::(ERR_[A-Z_]+)/.exec(msg)?.[1];
  const words = {
    ERR_NAME_NOT_RESOLVED: 'the host name does not resolve (DNS)',
    ERR_CONNECTION_REFUSED: 'the connection was refused (nothing listens there)',
    ERR_CONNECTION_RESET: 'the connection was reset',
    ERR_CONNECTION_TIMED_OUT: 'the connection timed out',
    ERR_ADDRESS_UNREACHABLE: 'the address is unreachable',
    ERR_TOO_MANY_REDIRECTS: 'too many redirects (a redirect loop)',
    ERR_INTERNET_DISCONNECTED: 'no network',
    ERR_EMPTY_RESPONSE: 'the server closed the connection without answering',
    ERR_ABORTED: 'the navigation was aborted (a download, or not a page)',
  };
  if (net && words[net]) return `${words[net]} (${net})`;
  if (net && /CERT|SSL|TLS/.test(net)) return `TLS error: the certificate is not valid for this site (${net})`;
  return net ? `could not load (${net})` : msg.split('\n')[0];
}

/** Cookies and storage keys before an action, to tell what the action added. */
async function snapshot(page, context) {
  const jar = new Set((await context.cookies()).map(jarKey));
  const frames = await readAllFrames(page);
  return { jar, keys: new Set(frames.flatMap((f) => [...f.local.map((k) => `l|${f.origin}|${k}`), ...f.session.map((k) => `s|${f.origin}|${k}`)])) };
}

async function readAllFrames(page) {
  const out = [];
  for (const frame of page.frames()) {
    const s = await readFrameStorage(frame);
    if (s && !out.some((o) => o.origin === s.origin)) out.push(s);
  }
  return out;
}
