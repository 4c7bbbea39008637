// The flows a visitor depends on, written once against the engine-neutral
// driver (../engines/driver.mjs) and run in every engine by the
// visitor-<engine>.test.mjs files. The demo is served by the real receipt
// service (server/) under its strict CSP (nonce + 'strict-dynamic', Trusted
// Types required), so every flow also proves zero CSP/Trusted Types
// violations; fixture pages come from the static test server. Third-party
// requests never leave the machine: each adapter records and stubs them, and
// that record is what the gating assertions read.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, importJWK } from 'jose';
import { buildApp } from '../../../server/src/app.js';
import { loadKeys } from '../../../server/src/keys.js';
import { openSqlite } from '../../../server/src/storage/sqlite.js';
import { launchEngine } from '../engines/index.mjs';
import { THIRD_PARTY } from '../helpers/browser.mjs';
import { GATED, idleTurn } from '../helpers/consent.mjs';
import { FIXTURE_NONCE, startServer } from '../helpers/server.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const banner = (name) => ({ within: 'seal-banner', css: 'button', name });
const DIALOG = { within: 'seal-preferences', css: 'dialog[open]' };
const OPTIONAL = ['preferences', 'interaction', 'advertising', 'analytics'];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Asserts the current document recorded no uncaught error and no CSP / Trusted Types violation. */
async function assertClean(s, flow) {
  const { errors, violations } = await s.problems();
  assert.deepEqual(violations, [], `${s.engine} ${flow}: securitypolicyviolation events`);
  assert.deepEqual(errors, [], `${s.engine} ${flow}: uncaught errors in the page`);
  assert.deepEqual(s.errors.page, [], `${s.engine} ${flow}: page errors reported by the browser`);
}

/** Verifies a receipt as any third party would: the embedded public JWK, with jose. */
async function verifyReceipt(jws) {
  const header = decodeProtectedHeader(jws);
  assert.equal(header.alg, 'ES256');
  assert.deepEqual(Object.keys(header.jwk).sort(), ['crv', 'kty', 'x', 'y'], 'only the public key is in the header');
  const { payload } = await compactVerify(jws, await importJWK(header.jwk, 'ES256'));
  return JSON.parse(new TextDecoder().decode(payload));
}

/**
 * Registers the visitor flows for one engine, with their servers and browser.
 * @param {'chromium' | 'firefox' | 'webkit'} engineName
 */
export function visitorFlows(engineName) {
  const env = { engine: null, app: null, storage: null, origin: null, fixtures: null, dataDir: null, sessions: new Set() };
  const url = (path) => new URL(path, env.origin).href;

  before(async () => {
    env.dataDir = mkdtempSync(join(tmpdir(), `cookie-seal-visitor-${engineName}-`));
    const port = await freePort();
    env.origin = `http://127.0.0.1:${port}`;
    env.storage = openSqlite({ file: join(env.dataDir, 'receipts.sqlite') });
    env.app = await buildApp({
      storage: env.storage,
      keys: await loadKeys({ dataDir: env.dataDir }),
      serviceOrigin: env.origin,
      rateLimit: { max: 10_000, timeWindow: '1 minute' },
      publicDir: { demo: join(ROOT, 'demo'), dist: process.env.SEAL_E2E_DIST || join(ROOT, 'dist') },
    });
    await env.app.listen({ port, host: '127.0.0.1' });
    env.fixtures = await startServer();
    env.engine = await launchEngine(engineName);
  });

  after(async () => {
    for (const s of env.sessions) await s.close().catch(() => {});
    await env.engine?.close();
    await env.fixtures?.close();
    await env.app?.close();
    // The app does not own its storage: closed here, or its writer thread keeps the process alive.
    await env.storage?.close();
    if (env.dataDir) rmSync(env.dataDir, { recursive: true, force: true });
  });

  /** A first-time visitor (fresh profile) on `path`, the banner on screen. */
  async function firstVisit(path = '/') {
    const s = await env.engine.newSession();
    env.sessions.add(s);
    const close = s.close.bind(s);
    s.close = () => {
      env.sessions.delete(s);
      return close();
    };
    await s.goto(path.startsWith('http') ? path : url(path));
    await s.waitForElement(banner(/accept all/i));
    return s;
  }

  /** Clicks a banner button and waits for the decision it makes to be stored. */
  async function decide(s, name, method) {
    await s.click(banner(name));
    await s.waitFor((m) => (window.__sealEvents ?? []).some((e) => e.type === 'seal-change')
      && window.CookieSeal.get().decided && m, method, { message: `decision ${method}` });
    const { record } = await s.consentCookie();
    assert.equal(record?.m, method, `${s.engine}: the consent cookie holds ${method}`);
  }

  // Each flow closes its session; one that failed half-way is closed here, so the next starts clean.
  const t = (name, fn) => test(`${engineName}: ${name}`, async () => {
    try {
      await fn();
    } finally {
      for (const s of env.sessions) await s.close().catch(() => {});
    }
  });

  for (const path of ['/', '/contact.html', '/video.html']) {
    t(`first visit to ${path}: the banner is shown and nothing third-party is requested`, async () => {
      const s = await firstVisit(path);
      // The page has loaded (goto waits for load), so a gated tag that escaped would have been requested by
      // now; and the gate has marked every gated tag on the page as held.
      await s.waitFor((selector) => [...document.querySelectorAll(selector)].every((el) => el.dataset.sealState === 'blocked'),
        GATED, { message: 'every gated tag marked blocked' });
      assert.deepEqual(s.network.thirdParty().map((r) => r.url), [], `${s.engine}: no third-party request`);
      assert.deepEqual(s.network.external.map((r) => r.url), [], `${s.engine}: no request off the machine at all`);
      const gated = await s.evaluate(() => ({
        ga: window.__gaLoaded ?? null,
        scripts: [...document.querySelectorAll('script[data-category]')].map((el) => el.type),
        frames: [...document.querySelectorAll('iframe[data-category]')].map((el) => el.getAttribute('src')),
      }));
      assert.equal(gated.ga, null);
      assert.ok(gated.scripts.every((type) => type === 'text/plain'), `${s.engine}: gated scripts inert: ${gated.scripts}`);
      assert.ok(gated.frames.every((src) => src === null || !THIRD_PARTY.youtube.test(src)), `${s.engine}: gated frames empty: ${gated.frames}`);
      assert.deepEqual((await s.cookies()).map((c) => c.name).filter((n) => n !== 'eu-consent'), [], 'no cookie before a decision');
      await assertClean(s, 'first visit');
      await s.close();
    });
  }

  t('keyboard: banner, the whole preference center with its focus trap, and Esc back to the opener', async () => {
    const s = await firstVisit('/');
    const onBanner = (text) => (f) => f?.host === 'seal-banner' && f.tag === 'button' && f.text === text;
    async function tabUntil(match, { key = 'Tab', max = 60 } = {}) {
      const seen = [];
      for (let i = 0; i < max; i++) {
        await s.press(key);
        const f = await s.focused();
        if (f && match(f)) return f;
        seen.push(f && `${f.host}:${f.tag}:${f.text.slice(0, 24)}`);
      }
      throw new Error(`${s.engine}: not reached with ${key} in ${max} presses; focus went through ${JSON.stringify(seen)}`);
    }
    await s.press('Tab');
    assert.equal((await s.focused())?.host, 'seal-banner', `${s.engine}: the banner is the first Tab stop`);
    await tabUntil(onBanner('Customise'));
    await s.press('Enter');
    await s.waitForElement(DIALOG);
    await s.waitFor(() => document.activeElement?.localName === 'seal-preferences', null, { message: 'focus moved into the dialog' });

    // Round the dialog each way: every stop is inside it, and the walk comes back to where it started,
    // having passed the close button, every switch and the Save button.
    for (const key of ['Tab', 'Shift+Tab']) {
      const stops = [];
      const start = await s.focused();
      for (let i = 0; i < 60; i++) {
        await s.press(key);
        const f = await s.focused();
        assert.equal(f?.host, 'seal-preferences', `${s.engine}: ${key} #${i + 1} left the dialog for ${JSON.stringify(f)}; stops so far ${JSON.stringify(stops)}`);
        stops.push(`${f.tag}:${f.part ?? ''}:${f.category ?? ''}:${f.text.slice(0, 24)}`);
        if (JSON.stringify(f) === JSON.stringify(start) && i > 0) break;
      }
      assert.ok(stops.some((x) => x.includes('close-button')), `${s.engine}: ${key} reaches the close button: ${JSON.stringify(stops)}`);
      for (const category of OPTIONAL) {
        assert.ok(stops.some((x) => x.includes(`:${category}:`)),
          `${s.engine}: ${key} reaches the ${category} switch: ${JSON.stringify(stops)}`);
      }
      assert.ok(stops.some((x) => /save/i.test(x)), `${s.engine}: ${key} reaches Save: ${JSON.stringify(stops)}`);
      assert.ok(stops.length < 60, `${s.engine}: ${key} comes back round to where it started: ${JSON.stringify(stops)}`);
    }

    const analytics = await tabUntil((f) => f.role === 'switch' && f.category === 'analytics');
    assert.equal(analytics.checked, 'false', 'nothing is pre-ticked');
    await s.press('Space');
    await s.waitFor(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-checked') === 'true';
    }, null, { message: 'Space turned the analytics switch on' });

    await s.press('Escape');
    await s.waitForElement(DIALOG, { state: 'hidden' });
    const back = await s.waitFor(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el && el !== document.body ? (el.getAttribute('aria-label') || el.textContent || '').trim() || el.localName : null;
    }, null, { message: 'focus back in the page' });
    assert.equal(back, 'Customise', `${s.engine}: Esc gave focus back to the button that opened the dialog`);
    assert.equal((await s.consentCookie()).cookie, null, 'Esc decided nothing');

    // And on from the banner by keyboard alone: Reject all.
    await tabUntil(onBanner('Reject all'), { key: 'Shift+Tab' }).catch(() => tabUntil(onBanner('Reject all')));
    await s.press('Enter');
    await s.waitForElement(banner(/reject all/i), { state: 'hidden' });
    assert.equal((await s.consentCookie()).record?.m, 'reject-all');
    await assertClean(s, 'keyboard');
    await s.close();
  });

  t('mouse: the preference center is fetched only once the pointer reaches Customise, whose click opens it', async () => {
    const s = await firstVisit('/');
    // Read from Resource Timing: the same record in every engine, whatever the adapter sees of the network.
    const requested = () => s.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    const ofPreferences = (paths) => paths.filter((p) => /\/chunks\/(preferences|words\/en\/(more|categories))\.js$/.test(p));
    // The consent chunk is requested after the banner's paint; then one idle turn for whatever else the page would start.
    await s.waitFor(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/cookie-seal/chunks/consent.js')),
      null, { message: 'the consent chunk requested after the paint' });
    await idleTurn(s);
    assert.deepEqual(ofPreferences(await requested()), [], `${s.engine}: nothing of the preference center before the pointer comes`);
    await s.click(banner('Customise'));
    await s.waitForElement(DIALOG);
    assert.ok(ofPreferences(await requested()).length > 0, `${s.engine}: its files came with the pointer and the click`);
    await assertClean(s, 'mouse customise');
    await s.close();
  });

  t('Reject all, then reload: no banner, nothing third-party, only the consent cookie', async () => {
    const s = await firstVisit('/');
    await decide(s, /reject all/i, 'reject-all');
    const { record } = await s.consentCookie();
    for (const id of OPTIONAL) assert.equal(record.c[id], false, id);
    await assertClean(s, 'reject all');
    s.network.clear();
    await s.reload();
    await s.waitForReady();
    const state = await s.evaluate(() => window.CookieSeal.get());
    assert.equal(state.decided, true);
    // A returning visitor's page never loads the UI: no banner element, now or later in this document.
    assert.equal(await s.exists({ css: 'seal-banner', visible: false }), false, `${s.engine}: no banner after reload`);
    assert.deepEqual(s.network.localPaths().filter((p) => /^\/cookie-seal\/chunks\/ui-[a-z]+\.js$/.test(p)), [], 'the UI chunk is not fetched');
    assert.deepEqual(s.network.thirdParty().map((r) => r.url), [], `${s.engine}: nothing third-party`);
    assert.deepEqual((await s.cookies()).map((c) => c.name), ['eu-consent']);
    await assertClean(s, 'reload after reject');
    await s.close();
  });

  t('Accept all: gated tags run, GA sets its cookies, and a countersigned receipt verifies with jose', async () => {
    const s = await firstVisit('/');
    await s.evaluate(() => { window.__sameDocument = true; });
    await decide(s, /accept all/i, 'accept-all');
    const ga = await s.network.waitFor(THIRD_PARTY.analytics);
    assert.match(ga.url, /gtag\/js\?id=G-DEMO1234/);
    await s.waitFor(() => window.__gaLoaded === true
      && (window.dataLayer ?? []).some((e) => e[0] === 'config' && e[1] === 'G-DEMO1234'), null, { message: 'gtag.js and its inline snippet ran' });
    assert.equal(await s.evaluate(() => window.__sameDocument ?? null), true, 'no reload');
    const activated = await s.evaluate(() => [...document.querySelectorAll('script[data-seal-state="activated"]')].length);
    assert.equal(activated, 2, 'the gtag.js tag and the inline snippet');
    const names = (await s.cookies()).map((c) => c.name);
    assert.ok(names.includes('_ga'), `${s.engine}: GA set its cookie: ${names}`);

    // The receipt: signed in the browser (WebCrypto), countersigned by the service, verified here by jose.
    await s.waitFor(() => (window.__sealEvents ?? []).some((e) => e.type === 'seal-receipt' && e.detail?.serverJws),
      null, { message: 'countersigned seal-receipt' });
    const [receipt] = await s.evaluate(() => window.CookieSeal.receipts());
    const payload = await verifyReceipt(receipt.jws);
    assert.deepEqual(payload, receipt.payload, 'the stored payload is the signed one');
    assert.equal(payload.consent.method, 'accept-all');
    assert.equal(payload.consent.categories.analytics, true);
    assert.equal(payload.iss, env.origin);
    const jwks = (await env.app.inject({ url: '/.well-known/jwks.json' })).json();
    const { payload: raw } = await compactVerify(receipt.serverJws, createLocalJWKSet(jwks));
    const counter = JSON.parse(new TextDecoder().decode(raw));
    assert.equal(counter.jti, payload.jti);
    assert.equal(counter.receiptHash, createHash('sha256').update(receipt.jws).digest('base64url'));
    await assertClean(s, 'accept all');
    await s.close();
  });

  t('Accept all runs inline and external gated scripts in document order, each with its nonce', async () => {
    const s = await firstVisit(new URL('/fixtures/nonce-order.html', env.fixtures.origin).href);
    assert.deepEqual(await s.evaluate(() => window.__order), [], 'nothing ran before consent');
    assert.ok(!s.network.localPaths().includes('/fixtures/record.js'), 'no gated script fetched before consent');
    await s.click(banner(/accept all/i));
    await s.waitFor(() => window.__order.length >= 6, null, { message: 'six gated scripts ran' });
    const order = await s.evaluate(() => window.__order);
    assert.deepEqual(order.map((o) => o.name), ['inline-1', 'external-slow', 'inline-2', 'external-fast', 'inline-3', 'advertising-only'],
      `${s.engine}: document order; the slow external script does not let later ones overtake it`);
    for (const entry of order) assert.equal(entry.nonce, FIXTURE_NONCE, `${s.engine}: ${entry.name} kept its nonce`);
    assert.deepEqual(await s.evaluate(() => window.__violations), [], 'no CSP violation');
    await assertClean(s, 'script order');
    await s.close();
  });

  t('placeholder: Allow YouTube loads the player in place and grants only YouTube', async () => {
    const s = await firstVisit('/video.html');
    await s.click({ within: 'seal-embed', css: 'button', name: 'Allow YouTube' });
    const yt = await s.network.waitFor(THIRD_PARTY.youtube);
    assert.match(yt.url, /youtube-nocookie\.com\/embed\//);
    const src = await s.waitFor(() => document.querySelector('iframe.video-frame')?.getAttribute('src'), null, { message: 'iframe src set' });
    assert.match(src, /youtube-nocookie\.com\/embed\//);
    const state = await s.waitFor(() => window.CookieSeal.get().decided && window.CookieSeal.get(), null, { message: 'decided' });
    assert.equal(state.services.youtube, true);
    assert.equal(state.categories.analytics, false);
    assert.deepEqual(s.network.to(THIRD_PARTY.analytics), [], 'Google Analytics stays off');
    await assertClean(s, 'placeholder allow');
    await s.close();
  });

  t('returning visitor on a page whose config revision cannot be read: the banner asks again and nothing gated runs; the readable page still applies the decision', async () => {
    const fixture = (name) => new URL(`/fixtures/${name}`, env.fixtures.origin).href;
    const s = await firstVisit(fixture('no-receipts.html'));
    await decide(s, /accept all/i, 'accept-all');
    // This page's own Google Analytics request first: one recorded late would count for the next page.
    await s.network.waitFor(/gtag\/js\?id=G-NORCPT01/);
    s.network.clear();
    await s.goto(fixture('revision-unreadable.html'));
    await s.waitForElement(banner(/accept all/i));
    assert.equal(await s.evaluate(() => window.CookieSeal.get().decided), false, `${s.engine}: the decision is not applied`);
    await s.waitFor((selector) => [...document.querySelectorAll(selector)].every((el) => el.dataset.sealState === 'blocked'),
      GATED, { message: 'every gated tag marked blocked' });
    assert.deepEqual(s.network.thirdParty().map((r) => r.url), [], `${s.engine}: Google Analytics, accepted under revision 1, does not run`);
    await s.goto(fixture('no-receipts.html'));
    await s.network.waitFor(/gtag\/js\?id=G-NORCPT01/);
    assert.equal(await s.evaluate(() => window.CookieSeal.get().decided), true, `${s.engine}: the decision applies where the config is readable`);
    await s.close();
  });

  t('returning visitor: the settings button is a chunk fetched at idle after load, and "auto" leaves it out where a [data-seal-open] link reopens the settings', async () => {
    const fixture = (name) => new URL(`/fixtures/${name}`, env.fixtures.origin).href;
    const s = await firstVisit(fixture('no-receipts.html'));
    await decide(s, /reject all/i, 'reject-all');

    await s.goto(fixture('no-receipts.html'));
    await s.waitForElement({ within: 'cookie-seal-settings', css: 'button', name: 'Privacy settings' });
    const timing = await s.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
      chunk: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/chunks/settings-button-en.js'))?.startTime ?? null,
    }));
    assert.ok(timing.chunk !== null, `${s.engine}: chunks/settings-button-en.js was fetched`);
    assert.ok(timing.chunk >= timing.load, `${s.engine}: the button's chunk waits for load (${timing.chunk} < ${timing.load})`);

    await s.goto(fixture('settings-link.html'));
    // The runtime asked for an idle callback at load; one asked for after it runs later. Where there
    // is none, both use a 200 ms timer, and timers of equal delay run in the order they were set.
    await s.evaluate(() => new Promise((resolve) => ('requestIdleCallback' in window
      ? requestIdleCallback(() => requestIdleCallback(resolve))
      : setTimeout(resolve, 200))));
    const drawn = await s.evaluate(() => ({
      button: document.querySelector('cookie-seal-settings') !== null,
      chunk: performance.getEntriesByType('resource').some((e) => /\/chunks\/(words\/\w+\/)?settings-button(-\w+)?\.js$/.test(e.name)),
    }));
    assert.deepEqual(drawn, { button: false, chunk: false }, `${s.engine}: no floating button, nothing fetched for it`);
    await s.click({ css: 'a[data-seal-open]', name: 'Cookie settings' });
    await s.waitForElement(DIALOG);
    await assertClean(s, 'settings button');
    await s.close();
  });

  t('returning visitor who refused: the iframe placeholder without the consent chunk, which comes with "Load content"', async () => {
    const s = await firstVisit('/');
    await decide(s, /reject all/i, 'reject-all');
    // The refusal's receipt delivered: one still in the outbox would be retried on the next page
    // (bringing the consent and receipts chunks), which is another flow.
    await s.waitFor(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/v1/receipts'))
      && localStorage.getItem('cookie-seal-outbox') === null, null, { message: 'the receipt delivered, the outbox empty' });
    s.network.clear();
    await s.reload();
    await s.waitForReady();
    // A gated YouTube iframe added to the page (as a framework would), under the demo's strict CSP.
    await s.evaluate(() => {
      const iframe = document.createElement('iframe');
      Object.entries({ 'data-category': 'advertising', 'data-service': 'youtube', title: 'Workshop film', width: '560', height: '315',
        'data-src': 'https://www.youtube-nocookie.com/embed/RETURNING01' }).forEach(([k, v]) => iframe.setAttribute(k, v));
      document.querySelector('main').append(iframe);
    });
    const load = { within: 'seal-placeholder', css: 'button', name: 'Load content' };
    await s.waitForElement(load);
    const text = await s.evaluate(() => document.querySelector('seal-placeholder').shadowRoot.querySelector('[part="message"]').textContent);
    assert.equal(text, 'This content from YouTube is blocked until you allow Advertising & marketing.');
    const chunks = () => s.network.localPaths().filter((p) => p.startsWith('/cookie-seal/chunks/') && !p.includes('/words/'));
    assert.ok(chunks().includes('/cookie-seal/chunks/placeholders.js'), `${s.engine}: the placeholders chunk: ${chunks()}`);
    for (const name of ['consent', 'ui', 'embeds']) {
      assert.ok(!chunks().some((p) => p.startsWith(`/cookie-seal/chunks/${name}`)), `${s.engine}: no ${name} chunk before the click: ${chunks()}`);
    }
    assert.deepEqual(s.network.thirdParty().map((r) => r.url), [], `${s.engine}: nothing third-party`);
    await s.click(load);
    await s.network.waitFor(/youtube-nocookie\.com\/embed\/RETURNING01/);
    assert.ok(chunks().includes('/cookie-seal/chunks/consent.js'), `${s.engine}: "Load content" fetched the consent chunk: ${chunks()}`);
    await s.waitFor(() => document.querySelector('seal-placeholder') === null
      && document.querySelector('iframe[data-service="youtube"]')?.getAttribute('src'), null, { message: 'placeholder gone, iframe src set' });
    const { record } = await s.consentCookie();
    assert.equal(record?.m, 'custom');
    assert.equal(record?.s.youtube, true);
    assert.equal(record?.c.analytics, false);
    assert.deepEqual(s.network.to(THIRD_PARTY.analytics), [], 'Google Analytics stays off');
    await assertClean(s, 'returning placeholder allow');
    await s.close();
  });

  t('a placeholder names a service and a category as the site does, and an embed describes it with its cookies, on a first visit and a returning one', async () => {
    const s = await firstVisit(new URL('/fixtures/own-service.html', env.fixtures.origin).href);
    const expected = 'This content from ClipShare films is blocked until you allow Marketing videos.';
    const named = (text) => document.querySelector('seal-placeholder')?.shadowRoot?.querySelector('[part="message"]')?.textContent === text;
    // A <seal-embed> of the same service also says what it does and which cookies it sets.
    const described = () => {
      const root = document.querySelector('seal-embed')?.shadowRoot;
      const said = (part) => root?.querySelector(`[part="${part}"]`)?.textContent.replace(/\s+/g, ' ').trim();
      return said('message') === "ClipShare films from ClipShare Ltd loads here once you allow it. It plays our films from ClipShare's servers."
        && said('cookies') === 'Cookies it sets: cs_views (1 year)';
    };
    await s.waitFor(named, expected, { message: 'the placeholder names the site\'s service and category (first visit)' });
    await s.waitFor(described, null, { message: 'the embed describes the site\'s service and its cookies (first visit)' });
    await decide(s, /reject all/i, 'reject-all');
    // The receipt names every service in the visitor's words (their catalogue entries): once it is
    // there, what is requested next is the returning visit's.
    await s.waitFor(() => (window.__sealEvents ?? []).some((e) => e.type === 'seal-receipt'), null, { message: 'the receipt of the decision' });
    // The returning visit: the consent chunk, whose check completes the config, does not come.
    s.network.clear();
    await s.reload();
    await s.waitForReady();
    await s.waitFor(named, expected, { message: 'the placeholder names the site\'s service and category (returning visit)' });
    await s.waitFor(described, null, { message: 'the embed describes the site\'s service and its cookies (returning visit)' });
    const chunks = s.network.localPaths().filter((p) => p.startsWith('/cookie-seal/chunks/') && !p.includes('/words/'));
    assert.ok(!chunks.some((p) => p.startsWith('/cookie-seal/chunks/consent')), `${s.engine}: no consent chunk: ${chunks}`);
    // The embed's service is the site's own: no catalogue entry is fetched for it, nor for the
    // config's other services, which no embed on the page shows.
    assert.deepEqual(s.network.localPaths().filter((p) => /\/service-/.test(p)), [], `${s.engine}: no catalogue entries`);
    await assertClean(s, 'own service placeholder');
    await s.close();
  });

  t('withdrawal from the settings button deletes the GA cookies and reloads with nothing third-party', async () => {
    const s = await firstVisit('/');
    await decide(s, /accept all/i, 'accept-all');
    await s.waitFor(() => window.__gaLoaded === true && document.cookie.includes('_ga='), null, { message: 'GA ran and set _ga' });
    await s.evaluate(() => { window.__beforeWithdraw = true; });
    s.network.clear();
    await s.click({ within: 'cookie-seal-settings', css: 'button', name: 'Privacy settings' });
    await s.click({ css: '[role="menuitem"]', name: 'Withdraw consent' });
    await s.waitFor(() => window.__beforeWithdraw === undefined && typeof window.CookieSeal === 'object'
      && (window.__sealEvents ?? []).some((e) => e.type === 'seal-ready'), null, { message: 'the page reloaded' });
    const names = (await s.cookies()).map((c) => c.name);
    assert.deepEqual(names.filter((n) => n.startsWith('_ga') || n === '_gid'), [], `${s.engine}: GA cookies deleted: ${names}`);
    assert.equal((await s.consentCookie()).record?.m, 'withdraw');
    assert.deepEqual(s.network.to(THIRD_PARTY.analytics), [], 'GA not loaded after withdrawal');
    await assertClean(s, 'withdraw');
    await s.close();
  });

  t('control: the strict CSP is in force: what it forbids is refused and reported', async () => {
    const s = await firstVisit('/');
    const problems = async () => (await s.waitFor(() => window.__sealProblems.violations.length > 0 && window.__sealProblems, null,
      { message: 'the violation report' })).violations.map((v) => v.directive);
    if (await s.evaluate(() => 'trustedTypes' in window)) {
      const sink = await s.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>raw</b>';
          return 'assigned';
        } catch (error) {
          return error.name;
        }
      });
      assert.equal(sink, 'TypeError', `${s.engine}: Trusted Types reject a plain string in an HTML sink`);
      assert.deepEqual(await problems(), ['require-trusted-types-for'], `${s.engine}: the listener the flows rely on hears violations`);
    } else {
      // An engine without Trusted Types (Firefox ESR 140): the same policy's style-src 'self' still
      // refuses a <style> element (cookie-seal's own styles are constructed sheets, which it allows).
      const applied = await s.evaluate(() => {
        const el = document.createElement('style');
        el.textContent = ':root { --csp-probe: applied; }';
        document.head.append(el);
        return getComputedStyle(document.documentElement).getPropertyValue('--csp-probe').trim();
      });
      assert.equal(applied, '', `${s.engine}: an inline <style> is not applied`);
      const directives = await problems();
      assert.ok(directives.length > 0 && directives.every((d) => /^style-src(-elem)?$/.test(d)), `${s.engine}: the listener the flows rely on hears violations: ${directives}`);
    }
    await s.close();
  });
}
