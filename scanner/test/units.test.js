// The pure parts: which links are followed, lifetimes in words, what each
// name is, the banner words, and the catalogue copy kept in step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { followable, pageKey } from '../src/crawl/links.js';
import { durationText, scriptFromStack } from '../src/record/cookies.js';
import { allowedWithoutConsent, classifyName, classifyRequest } from '../src/classify/index.js';
import { parseCsv } from '../src/classify/ocd.js';
import { CMP_SELECTORS, LANGUAGES, WORDS, wordsFor } from '../src/consent/words.js';
import { catalogLifetimeText, slug } from '../src/draft-config.js';
import { readOptions } from '../src/cli/options.js';
import { siteOf } from '../src/site.js';

test('links: same site only, no logout, mailto, tel, file, javascript or files', () => {
  const base = 'https://www.shop.example.co.uk/a/';
  const host = 'www.shop.example.co.uk';
  assert.equal(followable('/b#top', base, host), 'https://www.shop.example.co.uk/b');
  assert.equal(followable('https://blog.shop.example.co.uk/', base, host), 'https://blog.shop.example.co.uk/', 'a subdomain is the same site');
  for (const href of ['mailto:a@b.c', 'tel:+33', 'file:///etc/hosts', 'javascript:void(0)', '/logout', '/account/sign-out', '/wp-login.php?action=logout', 'https://other.example/', 'https://example.org/', '/menu.pdf', '/logo.PNG']) {
    assert.equal(followable(href, base, host), null, href);
  }
  assert.equal(followable('/catalogue', base, host), 'https://www.shop.example.co.uk/catalogue', '"log" inside a word is fine');
});

test('page keys: query values and fragments do not make new pages', () => {
  assert.equal(pageKey('https://a.example/cal?month=1&y=2026#x'), pageKey('https://a.example/cal?y=2027&month=2'));
  assert.notEqual(pageKey('https://a.example/cal'), pageKey('https://a.example/cal?month=1'));
  assert.equal(pageKey('https://a.example/index.html'), pageKey('https://a.example/'));
});

test('sites follow the Public Suffix List', () => {
  assert.equal(siteOf('www.example.co.uk'), 'example.co.uk');
  assert.equal(siteOf('alice.github.io'), 'alice.github.io');
  assert.equal(siteOf('.youtube.com'), 'youtube.com');
  assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
});

test('lifetimes as a person says them', () => {
  assert.equal(durationText(2 * 365 * 86400), '2 years');
  assert.equal(durationText(400 * 86400), '13 months');
  assert.equal(durationText(86400), '1 day');
  assert.equal(durationText(30 * 60), '30 minutes');
  assert.equal(durationText(7 * 86400), '7 days');
  assert.equal(catalogLifetimeText('13mo'), '13 months');
  assert.equal(catalogLifetimeText('1y'), '1 year');
});

test('a stack names the script that wrote, or the inline script of the page', () => {
  const page = 'https://a.example/p.html';
  assert.deepEqual(scriptFromStack('Error\n    at set (<anonymous>:5:9)\n    at https://cdn.example/t.js?v=2:1:400', page), { url: 'https://cdn.example/t.js?v=2', line: 1, inline: false });
  assert.deepEqual(scriptFromStack('    at https://a.example/p.html:12:3', page), { url: page, line: 12, inline: true });
  assert.equal(scriptFromStack('    at <anonymous>:1:1', page), null);
});

test('names: the consent cookie, the catalogue (patterns), the Open Cookie Database (wildcards), else unclassified', () => {
  assert.equal(classifyName('eu-consent').category, 'essential');
  assert.equal(classifyName('my-consent', { consentCookie: 'my-consent' }).source, 'consent');
  assert.deepEqual([classifyName('_ga_ABC123').service, classifyName('_ga_ABC123').pattern], ['google-analytics', '_ga_*']);
  assert.equal(classifyName('_pk_id.1.1fff').service, 'matomo');
  const gac = classifyName('_gac_UA-1234');
  assert.deepEqual([gac.source, gac.category, gac.pattern], ['ocd', 'advertising', '_gac_*'], 'a wildcard row of the database is a prefix');
  assert.equal(classifyName('PHPSESSID').category, 'essential', 'Functional → essential');
  assert.equal(classifyName('__utma').category, 'analytics');
  assert.equal(classifyName('x-totally-unknown').category, 'unclassified');
  assert.equal(allowedWithoutConsent(classifyName('_GRECAPTCHA')), false, 'reCAPTCHA waits for its own opt-in');
});

test('requests: catalogue hosts, told apart by path on shared hosts', () => {
  assert.equal(classifyRequest('https://www.googletagmanager.com/gtm.js?id=GTM-1', 'www.googletagmanager.com').service, 'google-tag-manager');
  assert.equal(classifyRequest('https://www.googletagmanager.com/gtag/js?id=AW-1', 'www.googletagmanager.com').service, 'google-ads');
  assert.equal(classifyRequest('https://www.googletagmanager.com/gtag/js?id=G-1', 'www.googletagmanager.com').service, 'google-analytics');
  assert.equal(classifyRequest('https://www.google.com/recaptcha/api.js', 'www.google.com').service, 'recaptcha');
  assert.equal(classifyRequest('https://cdn.jsdelivr.net/x.js', 'cdn.jsdelivr.net').category, 'unclassified');
});

test('the Open Cookie Database parses as CSV, quotes and all', async () => {
  assert.deepEqual(parseCsv('a,"b, ""c""",d\n1,2,3\n'), [['a', 'b, "c"', 'd'], ['1', '2', '3']]);
  const text = await readFile(new URL('../reference/open-cookie-database/open-cookie-database.csv', import.meta.url), 'utf8');
  const rows = parseCsv(text);
  assert.ok(rows.length > 2000);
  assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
  const notice = await readFile(new URL('../reference/open-cookie-database/SOURCE.md', import.meta.url), 'utf8');
  assert.match(notice, /Apache License 2\.0/);
  await readFile(new URL('../reference/open-cookie-database/LICENSE', import.meta.url), 'utf8');
});

test('banner words in the 31 built-in languages, accept and reject never the same', () => {
  assert.deepEqual([...LANGUAGES].sort(), 'ar bg ca cs da de el en es et fi fr ga he hr hu is it lt lv mt nb nl pl pt ro sk sl sv tr uk'.split(' '));
  for (const [lang, w] of Object.entries(WORDS)) {
    assert.ok(w.accept.length >= 3 && w.reject.length >= 3, lang);
    for (const word of w.accept) assert.equal(word, word.toLowerCase(), `${lang}: ${word} is lower case`);
  }
  const accept = new Set(Object.values(WORDS).flatMap((w) => w.accept));
  for (const word of Object.values(WORDS).flatMap((w) => w.reject)) assert.ok(!accept.has(word), word);
  assert.equal(wordsFor('reject', 'de-AT')[0], 'alle ablehnen', 'the scan language first');
  assert.ok(CMP_SELECTORS.every((c) => c.accept && c.reject));
});

test('options: defaults, and a bare host name means https', () => {
  const o = readOptions(['www.example.com']);
  assert.equal(o.url, 'https://www.example.com/');
  assert.deepEqual([o.pages, o.depth, o.concurrency, o.timeoutMs, o.out], [20, 2, 2, 30_000, 'scan']);
  const p = readOptions(['http://127.0.0.1:8080/', '--browser-arg', '--a=1', '--browser-arg=--b', '--lang', 'fr']);
  assert.deepEqual(p.browserArgs, ['--a=1', '--b']);
  assert.equal(p.lang, 'fr');
});

test('config ids for services of the database', () => {
  assert.equal(slug('Google Analytics'), 'google-analytics');
  assert.equal(slug('Adobe Audience Manager (Demdex)'), 'adobe-audience-manager-demdex');
});

test('reference/catalog.json is in step with src/catalog/ (npm run catalog -w scanner)', async () => {
  const { readCatalog } = await import('../scripts/read-catalog.js');
  const stored = JSON.parse(await readFile(new URL('../reference/catalog.json', import.meta.url), 'utf8'));
  assert.deepEqual(stored, await readCatalog());
});
