// A site with another consent banner: the scanner finds its buttons by their
// words (here in French), makes each choice with them, and says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureFlags, startFixture } from './fixture/site.js';
import { outDir, pathOf, readOutput, runCli } from './helpers/run.js';

let fixture;
before(async () => { fixture = await startFixture(); });
after(() => fixture?.close());
const flags = () => fixtureFlags().map((f) => `--browser-arg=${f}`);

test('a French banner driven by its buttons: clean, and Accept all lets the stats run', async () => {
  const out = await outDir();
  const run = await runCli([`${fixture.url}cmp/`, '--lang', 'fr', '--quiet', '--out', out, ...flags()]);
  const { report, config } = await readOutput(out);
  assert.deepEqual(report.violations, [], JSON.stringify(report.violations, null, 1));
  assert.equal(run.code, 0, run.stderr);
  assert.equal(report.banner.way, 'buttons');
  assert.deepEqual(report.phases.slice(1).map((p) => [p.choice.done, p.choice.how, p.choice.stored]), [
    [true, 'pressed the "tout refuser" button', true],
    [true, 'pressed the "tout accepter" button', true],
  ]);
  assert.deepEqual(report.target.pages.map(pathOf), ['/cmp/', '/cmp/more.html']);
  const accepted = report.phases[2].pages;
  assert.ok(accepted[0].choicePage && accepted[0].requests.some((q) => q.service === 'google-analytics'), 'GA right after the click');
  assert.ok(accepted.slice(1).every((p) => p.requests.some((q) => q.host === 'www.googletagmanager.com')), 'and on every page after');
  assert.ok(config.services['google-analytics']);
  // The banner's own cookie is in no database: listed for review (right after Reject all), never guessed.
  assert.deepEqual(report.review.map((r) => [r.subject, r.phase, r.choicePage]), [['cmp_choice', 'reject', true]]);
});

test('a banner without Reject all on its first layer is a violation', async () => {
  const out = await outDir();
  const run = await runCli([`${fixture.url}cmp-accept-only/`, '--lang', 'fr', '--depth', '0', '--quiet', '--out', out, ...flags()]);
  const { report } = await readOutput(out);
  assert.equal(run.code, 1);
  assert.deepEqual(report.violations.map((v) => [v.kind, v.phase]), [['no-reject', 'reject']]);
  assert.equal(report.phases[1].choice.done, false);
  assert.equal(report.phases[2].choice.done, true);
});
