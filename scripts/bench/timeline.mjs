// `npm run bench:timeline`: where cookie-seal's first visit goes, on the bench page in headless
// system Chromium, on the page's own clock: each request's start and end (Resource Timing), the
// loader's execution, the banner element's definition and first render, the banner's paint (the
// frame after it is visible), and every request started before that paint. Then the Accept click
// taken apart: click → handler → `seal-change` → GA tag inserted → GA request started.
// Medians of BENCH_RUNS (default 5) runs. Build first (`npm run build`). BENCH_DISTS=a,b compares
// builds (directories like dist/), runs interleaved (a b a b …) so a busy machine weighs on each alike.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { bannerShown } from './banner-shown.mjs';
import { startBenchServer } from './server.mjs';
import { onLoaderDone } from '../../test/e2e/helpers/consent.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 5;
const EXECUTABLE = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** Injected after probe.js: the marks the bench itself does not need. */
function marks() {
  const t = (window.__timeline = { loaderDone: null, defined: null, inDom: null, rendered: null, handler: null, change: null, inserted: null });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name === 'seal-banner') t.defined ??= performance.now();
    return define(name, ...rest);
  };
  const poll = () => {
    const el = document.querySelector('seal-banner');
    if (el) t.inDom ??= performance.now();
    if (el?.shadowRoot?.querySelector('.panel')) t.rendered ??= performance.now();
    if (t.rendered === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  addEventListener('click', () => { t.handler ??= performance.now(); }, true);
  document.addEventListener('seal-change', () => { t.change ??= performance.now(); });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.localName === 'script' && n.type !== 'text/plain' && /googletagmanager/.test(n.src ?? '')) t.inserted ??= performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function once(server) {
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
  try {
    await sleep(1000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`window.__benchBanner = "seal-banner";\n${PROBE};(${marks})();`);
    // The loader's last statement assigns window.CookieSeal.
    await onLoaderDone(context, () => {
      window.__timeline.loaderDone ??= performance.now();
    });
    const page = await context.newPage();
    server.log.length = 0;
    await page.goto(`${server.origin}/page/cookie-seal.html`, { waitUntil: 'load' });
    await bannerShown(context, page);
    await sleep(1000);
    const bytes = Object.fromEntries(server.log.map((r) => [r.path, r.bytes]));
    const first = await page.evaluate(() => ({
      ...window.__timeline,
      bannerAt: window.__bench.bannerAt,
      resources: performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/cookie-seal/'))
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
    }));
    await page.locator('seal-banner >> role=button[name=/accept all/i]').click();
    await page.waitForFunction(() => window.__bench.gaAt !== null, null, { timeout: 10000 });
    const accept = await page.evaluate(() => ({ ...window.__timeline, clickAt: window.__bench.clickAt, gaAt: window.__bench.gaAt }));
    await context.close();
    for (const r of first.resources) r.bytes = bytes[r.path] ?? 0;
    return { first, accept };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (v) => (v === null ? '—' : `${v.toFixed(1)} ms`);

const dists = process.env.BENCH_DISTS?.split(',') ?? [undefined];
const servers = await Promise.all(dists.map((dist) => startBenchServer(dist ? { dist } : {})));
const results = dists.map(() => []);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [k, server] of servers.entries()) results[k].push(await once(server));
    process.stderr.write(`run ${i + 1}/${RUNS}\n`);
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}

function report(runs) {
  const loader = (r) => r.first.resources.find((x) => x.path.endsWith('/cookie-seal.js'));
  const steps = [
    ['loader requested', (r) => loader(r)?.start],
    ['loader arrived', (r) => loader(r)?.end],
    ['loader executed (window.CookieSeal set)', (r) => r.first.loaderDone],
    ['last banner file arrived', (r) => Math.max(...r.first.resources.filter((x) => x.start <= r.first.bannerAt).map((x) => x.end))],
    ['<seal-banner> defined', (r) => r.first.defined],
    ['<seal-banner> in the DOM', (r) => r.first.inDom],
    ['banner first rendered (panel in its shadow root)', (r) => r.first.rendered],
    ['banner painted (frame after it is visible)', (r) => r.first.bannerAt],
  ];
  console.log(`cookie-seal first visit, bench page, medians of ${RUNS} runs (page clock, from navigation start)\n`);
  console.log('| step | median | min–max |\n|---|---|---|');
  for (const [label, pick] of steps) {
    const xs = runs.map(pick);
    console.log(`| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))}–${ms(Math.max(...xs))} |`);
  }

  // Requests by file (hashes dropped), with when they start relative to the paint.
  const byFile = new Map();
  for (const r of runs) {
    for (const x of r.first.resources) {
      const name = x.path.replace('/cookie-seal/', '').replace(/-[\w-]{8}\.js$/, '.js');
      if (!byFile.has(name)) byFile.set(name, []);
      byFile.get(name).push({ ...x, beforePaint: x.start <= r.first.bannerAt, vsPaint: x.start - r.first.bannerAt });
    }
  }
  console.log('\n| file (1 s after the banner) | gzip | started, vs paint (median) | before paint in |\n|---|---|---|---|');
  let total = 0;
  let early = 0;
  for (const [name, xs] of [...byFile].sort((a, b) => median(a[1].map((x) => x.start)) - median(b[1].map((x) => x.start)))) {
    const b = median(xs.map((x) => x.bytes));
    total += (b * xs.length) / RUNS;
    const before = xs.filter((x) => x.beforePaint).length;
    early += (b * before) / RUNS;
    console.log(`| ${name} | ${(b / 1024).toFixed(2)} KB | ${median(xs.map((x) => x.vsPaint)) > 0 ? '+' : ''}${ms(median(xs.map((x) => x.vsPaint)))} | ${before}/${RUNS} runs |`);
  }
  console.log(`\nbytes before the paint (mean): ${(early / 1024).toFixed(2)} KB; all bytes 1 s after it (mean): ${(total / 1024).toFixed(2)} KB`);

  const acc = [
    ['click → capture handler', (r) => r.accept.handler - r.accept.clickAt],
    ['click → seal-change', (r) => r.accept.change - r.accept.clickAt],
    ['click → GA tag seen (observer, end of the click task)', (r) => r.accept.inserted - r.accept.clickAt],
    ['click → GA request started', (r) => r.accept.gaAt - r.accept.clickAt],
    ['capture handler → GA request started (cookie-seal\'s own part)', (r) => r.accept.gaAt - r.accept.handler],
  ];
  console.log('\n| Accept all | median | min–max |\n|---|---|---|');
  for (const [label, pick] of acc) {
    const xs = runs.map(pick);
    console.log(`| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))}–${ms(Math.max(...xs))} |`);
  }
}

for (const [k, runs] of results.entries()) {
  if (dists[k]) console.log(`\n## ${dists[k]}\n`);
  report(runs);
}
