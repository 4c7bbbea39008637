import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { buildApp } from '../src/app.js';
import { addNonces } from '../src/demo-csp.js';
import { loadKeys } from '../src/keys.js';
import { openStorage } from '../src/storage/index.js';

const dir = mkdtempSync(join(tmpdir(), 'seal-demo-csp-'));
const storage = await openStorage({ dataDir: dir });
const keys = await loadKeys({ dataDir: dir });
const demo = fileURLToPath(new URL('../../demo', import.meta.url));
const dist = mkdtempSync(join(tmpdir(), 'seal-demo-csp-dist-'));
const app = await buildApp({ storage, keys, serviceOrigin: 'http://localhost:8080', publicDir: { demo, dist } });
after(async () => {
  await app.close();
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

const nonceOf = (csp) => /'nonce-([^']+)'/.exec(csp)?.[1];

test('demo pages get a fresh nonce on every <script> and the matching strict policy', async () => {
  const first = await app.inject({ url: '/' });
  const second = await app.inject({ url: '/' });
  assert.equal(first.statusCode, 200);
  const csp = first.headers['content-security-policy'];
  assert.equal(
    csp.replace(/'nonce-[^']+'/, "'nonce-X'"),
    "script-src 'nonce-X' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
      "require-trusted-types-for 'script'; trusted-types cookie-seal lit-html",
  );
  const nonce = nonceOf(csp);
  assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  assert.notEqual(nonceOf(second.headers['content-security-policy']), nonce);

  const source = readFileSync(join(demo, 'index.html'), 'utf8');
  const tags = first.body.match(/<script\b[^>]*>/g);
  assert.equal(tags.length, source.match(/<script\b[^>]*>/g).length);
  assert.ok(tags.length >= 4);
  for (const tag of tags) assert.ok(tag.startsWith(`<script nonce="${nonce}"`), tag);
  // A stale copy would carry an old nonce: no validators, no caching.
  assert.equal(first.headers.etag, undefined);
  assert.equal(first.headers['last-modified'], undefined);
  assert.equal(first.headers['cache-control'], 'no-store');
  assert.equal(Number(first.headers['content-length'] ?? Buffer.byteLength(first.body)), Buffer.byteLength(first.body));
});

test('folder URLs and pages in another language are transformed too; assets are not', async () => {
  const fr = await app.inject({ url: '/?lang=fr' });
  assert.equal(fr.statusCode, 200);
  assert.match(fr.body, /<script nonce="[^"]+" src="\/cookie-seal\/cookie-seal.js">/);
  const css = await app.inject({ url: '/assets/site.css' });
  assert.equal(css.headers['content-security-policy'], undefined);
  assert.ok(css.headers.etag);
  const js = await app.inject({ url: '/assets/tag-manager.js' });
  assert.equal(js.body, readFileSync(join(demo, 'assets/tag-manager.js'), 'utf8'));
});

test('addNonces only adds to start tags without a nonce', () => {
  assert.equal(
    addNonces('<SCRIPT src="a.js"></SCRIPT><script nonce="kept">x</script><scripts></scripts><p>script</p>', 'N'),
    '<script nonce="N" src="a.js"></SCRIPT><script nonce="kept">x</script><scripts></scripts><p>script</p>',
  );
});
