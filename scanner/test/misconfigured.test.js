// A cookie-seal site set up wrong: a tag marked with data-category but not
// type="text/plain" (it runs before consent), and a script of the site that
// filters cookie writes and drops the decision.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureFlags, startFixture } from './fixture/site.js';
import { outDir, readOutput, runCli } from './helpers/run.js';

let fixture;
before(async () => { fixture = await startFixture(); });
after(() => fixture?.close());

test('a gated tag that ran anyway, and a choice that was not stored', async () => {
  const out = await outDir();
  const run = await runCli([`${fixture.url}misconfigured.html`, '--depth', '0', '--quiet', '--out', out, ...fixtureFlags().map((f) => `--browser-arg=${f}`)]);
  const { report } = await readOutput(out);
  assert.equal(run.code, 1);
  assert.equal(report.banner.way, 'cookie-seal');
  const kinds = (phase) => [...new Set(report.violations.filter((v) => v.phase === phase).map((v) => v.kind))].sort();
  assert.deepEqual(kinds('before'), ['cookie', 'gated-script', 'request']);
  assert.deepEqual(kinds('reject'), ['consent-not-stored', 'cookie', 'gated-script', 'request']);
  const ran = report.violations.find((v) => v.kind === 'gated-script' && v.phase === 'before');
  assert.equal(ran.category, 'analytics');
  assert.equal(ran.service, 'google-analytics');
  assert.match(ran.subject, /gtag\/js\?id=G-MIS1/);
  const lost = report.violations.find((v) => v.kind === 'consent-not-stored' && v.phase === 'reject');
  assert.match(lost.evidence, /"eu-consent" is not in the browser/);
  assert.equal(report.phases[2].choice.stored, false);
  assert.ok(report.notes.some((n) => n.type === 'warning' && n.pages.length > 0), `cookie-seal's own warning about the ungated tag is reported: ${JSON.stringify(report.notes)}`);
});
