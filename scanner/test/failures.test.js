// Bad input and broken sites: a clear sentence, exit code 2, never a hang.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { fixtureFlags, startFixture } from './fixture/site.js';
import { outDir, readOutput, runCli } from './helpers/run.js';

let fixture;
before(async () => { fixture = await startFixture(); });
after(() => fixture?.close());

const quick = ['--pages', '1', '--depth', '0', '--quiet'];

test('command-line mistakes are named, with the usage, before any browser starts', async () => {
  for (const [args, words] of [
    [[], /Give the address of the site/],
    [['https://a.example', '--pages', 'many'], /--pages must be a whole number from 1 to 1000/],
    [['https://a.example', '--depth', '-1'], /--depth/],
    [['ftp://a.example/'], /only http:\/\/ and https:\/\//],
    [['https://a.example', '--lang', 'xx'], /--lang "xx" is not one of the built-in languages/],
    [['https://a.example', '--browser-arg', 'no-dashes'], /is not a Chromium flag/],
    [['https://a.example', '--colour'], /Unknown option '--colour'/],
  ]) {
    const run = await runCli(args, { timeoutMs: 20_000 });
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, words);
    assert.match(run.stderr, /Usage:/);
  }
});

test('an unreachable host', async () => {
  const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
  const run = await runCli([`http://127.0.0.1:${port}/`, ...quick, '--out', await outDir()]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /the scan failed: .*the connection was refused/);
});

test('a TLS certificate the browser does not trust', async () => {
  const run = await runCli([fixture.tlsUrl, ...quick, '--out', await outDir()]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /TLS error: the certificate is not valid/);
});

test('a start address that is not an HTML page', async () => {
  const run = await runCli([`${fixture.url}prices.json`, ...quick, '--out', await outDir()]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /not an HTML page \(Content-Type: application\/json\)/);
});

test('a redirect loop', async () => {
  const run = await runCli([`${fixture.url}loop`, ...quick, '--out', await outDir()]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /too many redirects/);
});

test('a page that never finishes loading stops at --timeout', async () => {
  const run = await runCli([`${fixture.url}hang`, ...quick, '--timeout', '2', '--out', await outDir()]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /did not finish loading within 2 s/);
  assert.ok(run.ms < 60_000, `ended after ${run.ms} ms`);
});

test('a page with five thousand links: the crawl stops at --pages', async () => {
  const out = await outDir();
  const run = await runCli([`${fixture.url}big/`, '--pages', '4', '--depth', '3', '--quiet', '--out', out, ...fixtureFlags().map((f) => `--browser-arg=${f}`)]);
  assert.equal(run.code, 0, run.stderr);
  const { report } = await readOutput(out);
  assert.equal(report.target.pages.length, 4);
  assert.deepEqual(report.target.pages.slice(1).map((u) => new URL(u).pathname), ['/big/item-0.html', '/big/item-1.html', '/big/item-2.html'], 'breadth first, in document order');
});
