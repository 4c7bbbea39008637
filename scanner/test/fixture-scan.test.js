// The scanner against a shop with one deliberate fault a page (test/fixture/site.js),
// then against the same shop with cookie-seal and the config the first scan drafted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureFlags, startFixture } from './fixture/site.js';
import { outDir, pathOf, readOutput, runCli } from './helpers/run.js';

/** @type {Awaited<ReturnType<typeof startFixture>>} */
let fixture;
/** @type {Awaited<ReturnType<typeof readOutput>>} */
let first;
let firstRun;
const flags = () => fixtureFlags().map((f) => `--browser-arg=${f}`);

before(async () => {
  fixture = await startFixture();
  const out = await outDir();
  firstRun = await runCli([fixture.url, '--out', out, '--quiet', ...flags()]);
  first = await readOutput(out);
});
after(() => fixture?.close());

/** Names flagged on one page in one phase, sorted. */
const flagged = (report, path, phase) => report.violations.filter((v) => v.phase === phase && pathOf(v.page) === path).map((v) => v.subject).sort();

test('exit code 1, and the report names the pages crawled', () => {
  assert.equal(firstRun.code, 1, firstRun.stderr);
  assert.equal(firstRun.stdout, '', '--quiet prints nothing');
  const pages = first.report.target.pages.map(pathOf).sort();
  assert.deepEqual(pages, ['/', '/calendar?month=1', '/clean.html', '/ga.html', '/inline.html', '/tags.html', '/video.html']);
  assert.deepEqual(first.report.skipped.map((s) => pathOf(s.url)), ['/out'], 'a link that redirects to another site is not a page of this one');
});

test('the crawl skips logout, mailto, tel, file and non-page links, and visits an endless calendar once', () => {
  const siteHits = fixture.hits.filter((h) => h.startsWith('127.0.0.1/'));
  assert.ok(!siteHits.includes('127.0.0.1/logout'), 'logout never visited');
  assert.ok(!siteHits.includes('127.0.0.1/price-list.pdf'), 'pdf never fetched');
  assert.equal(siteHits.filter((h) => h === '127.0.0.1/calendar').length, 1, 'one calendar page (no banner: only the first phase ran)');
});

test('Google Analytics loaded without gating: gtag.js, its beacon and its cookies, before any choice', () => {
  assert.deepEqual(flagged(first.report, '/ga.html', 'before'), ['_ga', '_ga_FIX1', 'region1.google-analytics.com', 'www.googletagmanager.com']);
  const page = first.report.phases[0].pages.find((p) => pathOf(p.url) === '/ga.html');
  const ga = page.cookies.find((c) => c.name === '_ga');
  assert.equal(ga.category, 'analytics');
  assert.equal(ga.service, 'google-analytics');
  assert.equal(ga.party, 'first');
  assert.equal(ga.setBy.via, 'document.cookie');
  assert.match(ga.setBy.url, /^https:\/\/www\.googletagmanager\.com:\d+\/gtag\/js\?id=G-FIX1$/);
  assert.equal(ga.lifetime.text, '13 months', 'two years asked, capped by the browser at 400 days');
  assert.ok(page.requests.some((q) => q.host === 'region1.google-analytics.com' && q.type === 'beacon'), 'the sendBeacon call is recorded as a beacon');
});

test('a first-party analytics cookie written by an inline script, before any choice', () => {
  assert.deepEqual(flagged(first.report, '/inline.html', 'before'), ['__utma']);
  const c = first.report.phases[0].pages.find((p) => pathOf(p.url) === '/inline.html').cookies.find((x) => x.name === '__utma');
  assert.equal(c.source, 'ocd', 'known from the Open Cookie Database');
  assert.equal(c.category, 'analytics');
  assert.equal(c.setBy.inline, true);
  assert.equal(c.setBy.line, 2, 'the line of the page where the script writes it');
});

test('a third-party iframe that sets its own cookies', () => {
  assert.deepEqual(flagged(first.report, '/video.html', 'before'), ['VISITOR_INFO1_LIVE', 'YSC', 'www.youtube.com']);
  const page = first.report.phases[0].pages.find((p) => pathOf(p.url) === '/video.html');
  const ysc = page.cookies.find((c) => c.name === 'YSC');
  assert.equal(ysc.party, 'third');
  assert.equal(ysc.setBy.via, 'http');
  assert.equal(ysc.setBy.resourceType, 'document');
  assert.equal(ysc.httpOnly, true);
  assert.equal(page.requests.find((q) => q.host === 'www.youtube.com').type, 'document');
});

test('a script a tag manager adds after load, and what it does', () => {
  assert.deepEqual(flagged(first.report, '/tags.html', 'before'), ['_fbp', 'connect.facebook.net', 'www.facebook.com']);
  const page = first.report.phases[0].pages.find((p) => pathOf(p.url) === '/tags.html');
  const pixel = page.requests.find((q) => q.host === 'connect.facebook.net');
  assert.equal(pixel.initiator.url, page.url, 'started by the page\'s own (tag manager) script');
  assert.match(page.cookies.find((c) => c.name === '_fbp').setBy.url, /connect\.facebook\.net.*fbevents\.js/);
});

test('nothing flagged on the clean pages; their essential cookie is named', () => {
  for (const path of ['/clean.html', '/', '/calendar?month=1']) assert.deepEqual(flagged(first.report, path, 'before'), [], path);
  const clean = first.report.phases[0].pages.find((p) => pathOf(p.url) === '/clean.html');
  assert.deepEqual(clean.requests, []);
  assert.deepEqual(clean.cookies.map((c) => [c.name, c.category, c.setBy.via]), [['PHPSESSID', 'essential', 'http']]);
  assert.deepEqual(first.report.review, []);
});

test('no banner on the faulty shop: the report says so and makes no choice', () => {
  assert.equal(first.report.banner.way, 'none');
  assert.equal(first.report.phases[1].choice.done, false);
  assert.equal(first.report.phases[2].choice.done, false);
});

test('report.html is self-contained and shows every violation', () => {
  assert.doesNotMatch(first.html, /<(script|link|img|iframe)\b/i, 'no script, stylesheet, image or frame');
  assert.doesNotMatch(first.html, /url\(/i, 'no external asset in the styles');
  for (const v of first.report.violations) assert.ok(first.html.includes(v.subject), v.subject);
  assert.match(first.html, /Time per page/);
});

test('the drafted config, used with cookie-seal on the same shop, makes a second scan clean', async () => {
  assert.ok(first.config.services['google-analytics'], 'GA from the catalogue');
  assert.ok(first.config.services.youtube && first.config.services['meta-pixel']);
  fixture.seal(first.config);
  const out = await outDir();
  const run = await runCli([fixture.url, '--out', out, '--json', ...flags()]);
  const { report } = await readOutput(out);
  assert.deepEqual(report.violations, [], JSON.stringify(report.violations, null, 1));
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).summary, report.summary, '--json prints the report');
  assert.equal(report.banner.way, 'cookie-seal');
  assert.deepEqual(report.notes, [], 'cookie-seal reads the drafted config without a complaint');
  for (const phase of report.phases.slice(1)) {
    assert.equal(phase.choice.done, true);
    assert.equal(phase.choice.stored, true, `${phase.id}: eu-consent stored`);
  }
  // Accept all lets everything through, so the scan did see the gated tags work.
  const accepted = report.phases[2].pages;
  assert.ok(accepted.find((p) => pathOf(p.url) === '/ga.html').cookies.some((c) => c.name === '_ga'));
  assert.ok(accepted.find((p) => pathOf(p.url) === '/tags.html').requests.some((q) => q.host === 'www.facebook.com'));
});
