#!/usr/bin/env node
// Benchmark (not a test): a 20-page site with cookie-seal, gated Google
// Analytics on every page and a YouTube embed on every other one, scanned
// with --pages 20 --concurrency 2. Target: ≤ 60 s on a 2-core machine.
// Needs the build (`npm run build` at the root) for dist/cookie-seal.js.
//
//   node bench/pages.js [--runs 3]
import { createServer } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixtureFlags, startFixture } from '../test/fixture/site.js';
import { outDir, readOutput } from '../test/helpers/run.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES = 20;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

const third = await startFixture(); // only its HTTPS side is used: gtag.js and the YouTube player
const tp = new URL(third.tlsUrl).port;
const config = { lang: 'en', revision: 1, services: { 'google-analytics': true, youtube: true } };
const nav = Array.from({ length: PAGES }, (_, i) => `<a href="/p/${i}.html">Page ${i}</a>`).join(' ');
const pageHtml = (i) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${i}</title>
<script type="application/json" id="cookie-seal-config">${JSON.stringify(config)}</script>
<script src="/cookie-seal/cookie-seal.js"></script>
<script type="text/plain" data-category="analytics" data-service="google-analytics" async src="https://www.googletagmanager.com:${tp}/gtag/js?id=G-BENCH"></script>
</head><body><h1>Page ${i}</h1><nav>${nav}</nav>
${i % 2 ? `<iframe title="video" data-category="advertising" data-service="youtube" data-src="https://www.youtube.com:${tp}/embed/b${i}"></iframe>` : ''}
<p>${'Some text. '.repeat(200)}</p></body></html>`;

const site = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname.startsWith('/cookie-seal/')) {
    try {
      const file = normalize(join(DIST, url.pathname.slice(13)));
      res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
      return res.end(await readFile(file));
    } catch {
      res.writeHead(404);
      return res.end();
    }
  }
  const m = /^\/(?:p\/(\d+)\.html)?$/.exec(url.pathname);
  if (!m) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(pageHtml(Number(m[1] ?? 0)));
});
await new Promise((ok) => site.listen(0, '127.0.0.1', ok));
const start = `http://127.0.0.1:${site.address().port}/`;

const results = [];
for (let r = 0; r < runs; r++) {
  const out = await outDir();
  const run = await timedCli([start, '--pages', String(PAGES), '--depth', '2', '--concurrency', '2', '--quiet', '--out', out, ...fixtureFlags().map((f) => `--browser-arg=${f}`)]);
  const { report } = await readOutput(out);
  results.push({ code: run.code, seconds: run.ms / 1000, pages: report.summary.pagesScanned, visits: report.summary.pageVisits, median: report.summary.msPerPage.median, violations: report.summary.violations });
  console.log(`run ${r + 1}: exit ${run.code}, ${report.summary.pagesScanned} pages, ${report.summary.pageVisits} visits, ${(run.ms / 1000).toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU (scanner + Chromium), median ${report.summary.msPerPage.median} ms a visit, load average ${loadavg()[0].toFixed(1)}`);
  await rm(out, { recursive: true, force: true });
}
/**
 * The CLI under bash's `time`, which counts the CPU of every process it
 * waited for (node, Chromium and its renderers): on a machine shared with
 * other work, wall time says how busy the machine was, CPU time what the
 * scan costs.
 */
function timedCli(args) {
  const started = Date.now();
  return new Promise((ok) => {
    const bin = fileURLToPath(new URL('../bin/cookie-seal-scan.js', import.meta.url));
    const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const child = spawn('bash', ['-c', `TIMEFORMAT='%U %S'; time ${quoted}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b) => { err += b; });
    child.on('exit', (code) => {
      const [user, sys] = err.trim().split('\n').pop().split(' ').map(Number);
      ok({ code, ms: Date.now() - started, cpu: user + sys });
    });
  });
}

const secs = results.map((x) => x.seconds).sort((a, b) => a - b);
console.log(`\n${PAGES} pages × 3 phases, concurrency 2, ${cpus().length} cores: median ${secs[Math.floor(secs.length / 2)].toFixed(1)} s (min ${secs[0].toFixed(1)}, max ${secs[secs.length - 1].toFixed(1)}); target ≤ 60 s`);
site.close();
await third.close();
