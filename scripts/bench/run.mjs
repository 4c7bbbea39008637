// `npm run bench`: cookie-seal and its peers on the same page in headless
// system Chromium, runs interleaved (A B C D A B C D …). Prints a table of
// medians (min–max) with the ratio to cookie-seal, and with --readme writes
// it into README.md under "## Performance". Build first (`npm run build`).
//   BENCH_RUNS=11 (default, at least 7)   CHROME_PATH=/usr/bin/chromium
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { ASSETS, LIBRARIES } from './pages.mjs';
import { bannerShown } from './banner-shown.mjs';
import { startBenchServer } from './server.mjs';

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS) || 11);
const EXECUTABLE = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
/**
 * Nothing leaves the machine: every host but the local server fails to resolve. This is done
 * in the browser's resolver, not with Playwright's request interception, because interception
 * holds every request (first-party ones too) for a round trip through this process, which
 * slows a library in proportion to the requests it makes in sequence. Third-party requests
 * are still seen (`page.on('request')`) and still get a Resource Timing entry when they fail.
 */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const IDLE_AFTER_LAUNCH_MS = 1000;
const ONLY = process.env.BENCH_ONLY?.split(',');
const names = Object.keys(LIBRARIES).filter((n) => !ONLY || ONLY.includes(n));


const libraryBytes = (log, name) => log.filter((r) => r.path.startsWith(ASSETS[name])).reduce((n, r) => n + r.bytes, 0);

/**
 * Main-thread script time of a tab (V8 compile and run, in ms) from Chromium's own counters, which
 * start at zero for the tab's document: read it once the visit being measured is over.
 */
async function scriptClock(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

async function once(server, name) {
  const lib = LIBRARIES[name];
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: [...ARGS, OFFLINE], headless: true });
  try {
    await sleep(IDLE_AFTER_LAUNCH_MS);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`window.__benchBanner = ${JSON.stringify(lib.banner)};\n${PROBE}`);
    const page = await context.newPage();
    const scriptMs = await scriptClock(context, page);
    const thirdParty = [];
    page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) thirdParty.push(r.url()); });

    server.log.length = 0;
    await page.goto(`${server.origin}/page/${name}.html`, { waitUntil: 'load' });
    await bannerShown(context, page);
    // Requests started before the banner was visible, on the page's clock (the poll above notices it a little later).
    const early = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__bench.bannerAt).map((e) => new URL(e.name).pathname)));
    const bannerBytes = libraryBytes(server.log.filter((r) => early.has(r.path)), name);
    // One more second: what a library fetches when idle after its banner counts for the first visit.
    await sleep(1000);
    const firstBytes = libraryBytes(server.log, name);
    const firstScriptMs = await scriptMs();
    if (thirdParty.length) throw new Error(`${name} let ${thirdParty[0]} through before consent`);
    const before = await page.evaluate(() => window.__bench);

    await page.locator(lib.accept).first().click();
    await page.waitForFunction(() => window.__bench.gaAt !== null, null, { timeout: 10000 });
    const after = await page.evaluate(() => window.__bench);
    await sleep(500);

    // The returning visit: the same page in a new tab of the same profile (its own script clock).
    await page.close();
    const again = await context.newPage();
    const returningScript = await scriptClock(context, again);
    server.log.length = 0;
    await again.goto(`${server.origin}/page/${name}.html`, { waitUntil: 'load' });
    await sleep(1500);
    const returningScriptMs = await returningScript();
    const returningBytes = libraryBytes(server.log, name);
    // What the library costs the page itself once the visitor has decided: its first paint.
    const returningFcpMs = await again.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await context.close();

    const tbt = before.longTasks.reduce((t, task) => t + Math.max(0, task.duration - 50), 0);
    return {
      bannerBytes,
      firstBytes,
      returningBytes,
      bannerMs: before.bannerAt,
      returningFcpMs,
      firstScriptMs,
      returningScriptMs,
      tbtMs: tbt,
      cls: before.shifts,
      acceptToGaMs: after.gaAt - after.clickAt,
    };
  } finally {
    await browser.close();
  }
}

const METRICS = [
  ['bannerBytes', 'bytes until the banner is visible (gzip)', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['firstBytes', 'bytes, first visit incl. 1 s idle after the banner (gzip)', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['returningBytes', 'bytes, returning visit (gzip)', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['bannerMs', 'navigation → banner visible', (v) => `${v.toFixed(0)} ms`],
  ['returningFcpMs', 'returning visit: navigation → first contentful paint', (v) => `${v.toFixed(0)} ms`],
  ['firstScriptMs', 'first visit: main-thread script until 1 s after the banner', (v) => `${v.toFixed(0)} ms`],
  ['returningScriptMs', 'returning visit: main-thread script, load + 1.5 s', (v) => `${v.toFixed(0)} ms`],
  ['tbtMs', 'total blocking time', (v) => `${v.toFixed(0)} ms`],
  ['cls', 'CLS', (v) => v.toFixed(3)],
  ['acceptToGaMs', 'Accept click → GA request', (v) => `${v.toFixed(1)} ms`],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function table(results) {
  const base = results['cookie-seal'];
  const head = `| metric (median, min–max) | ${names.join(' | ')} |`;
  const rows = METRICS.map(([key, label, fmt]) => {
    const cells = names.map((n) => {
      const xs = results[n].map((r) => r[key]);
      const med = median(xs);
      const ratio = base && n !== 'cookie-seal' && median(base.map((r) => r[key])) > 0 ? ` (×${(med / median(base.map((r) => r[key]))).toFixed(2)})` : '';
      return `${fmt(med)}${ratio}<br>${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
    });
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  return [head, `|---|${names.map(() => '---').join('|')}|`, ...rows].join('\n');
}

const server = await startBenchServer();
const results = Object.fromEntries(names.map((n) => [n, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const name of names) {
      results[name].push(await once(server, name));
      process.stderr.write(`run ${run}/${RUNS} ${name}: ${JSON.stringify(results[name].at(-1))}\n`);
    }
  }
} finally {
  await server.close();
}

const date = new Date().toISOString().slice(0, 10);
/** npm package of a peer whose name differs from its library's. */
const PACKAGES = { tarteaucitron: 'tarteaucitronjs' };
const versions = Object.fromEntries(names.filter((n) => n !== 'cookie-seal').map((n) => [n, JSON.parse(readFileSync(new URL(`../../node_modules/${PACKAGES[n] ?? n}/package.json`, import.meta.url), 'utf8')).version]));
const load = `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end`;
const summary = `Measured ${date} (${load}), ${RUNS} interleaved runs per library, headless Chromium ${(await (async () => { const b = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS }); const v = b.version(); await b.close(); return v; })())}, ${names.filter((n) => n !== 'cookie-seal').map((n) => `${n} ${versions[n]}`).join(', ')}. Ratios are to cookie-seal.`;
const out = `${summary}\n\n${table(results)}\n`;
console.log(out);

if (process.argv.includes('--readme')) {
  const readme = new URL('../../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < 0) throw new Error('README.md needs the <!-- bench:start --> and <!-- bench:end --> markers under "## Performance"');
  writeFileSync(readme, `${text.slice(0, start + 20)}\n${out}${text.slice(end)}`);
  console.log('README.md updated.');
}
