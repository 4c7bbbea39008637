// The demo site, served the way `npm start` serves it (the receipt service
// with --demo and --dist), scans clean: nothing before a choice or after
// Reject all, the choice stored, and Accept all lets Google Analytics run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outDir, pathOf, readOutput, runCli } from './helpers/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = join(ROOT, 'server/bin/cookie-seal-server.js');

let child;
let origin;
let dataDir;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cookie-seal-scan-demo-'));
  const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
  child = spawn(process.execPath, [SERVER, 'serve', '--port', String(port), '--host', '127.0.0.1', '--demo', join(ROOT, 'demo'), '--dist', join(ROOT, 'dist'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'error' } });
  origin = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the demo server did not start:\n${out}`)), 30_000);
    const read = (b) => {
      out += b;
      if (/listening on /.test(out)) { clearTimeout(timer); ok(`http://127.0.0.1:${port}`); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`the demo server exited (${code}):\n${out}`)));
  });
});
after(async () => {
  if (child && child.exitCode === null) await new Promise((ok) => { child.once('exit', ok); child.kill('SIGTERM'); });
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('the demo site scans clean', async () => {
  const out = await outDir();
  // Google's hosts fail to resolve: nothing leaves the machine, and the requests are still recorded.
  const run = await runCli([`${origin}/`, '--out', out, '--quiet', '--browser-arg=--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
  const { report, config } = await readOutput(out);
  assert.deepEqual(report.violations, [], JSON.stringify(report.violations, null, 1));
  assert.deepEqual(report.failed, []);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(report.banner.way, 'cookie-seal');
  const pages = report.target.pages.map(pathOf);
  for (const p of ['/', '/video.html', '/contact.html', '/privacy.html', '/spa.html', '/signup.html']) assert.ok(pages.includes(p), `${p} crawled: ${pages}`);
  for (const phase of report.phases.slice(1)) assert.equal(phase.choice.stored, true, `${phase.id}: eu-consent stored`);
  const before = report.phases[0].pages.flatMap((p) => [...p.cookies, ...p.requests]);
  assert.deepEqual(before, [], 'not one cookie nor one request to another site before a choice');
  const accepted = report.phases[2].pages.find((p) => pathOf(p.url) === '/' && !p.choicePage);
  assert.ok(accepted.requests.some((q) => q.host === 'www.googletagmanager.com' && q.service === 'google-analytics'), 'after Accept all, gtag.js is requested');
  assert.ok(config.services['google-analytics'], 'the draft names Google Analytics');
});
