import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadKeys } from '../src/keys.js';
import { openStorage } from '../src/storage/index.js';

const dir = mkdtempSync(join(tmpdir(), 'seal-demo-forms-'));
const storage = await openStorage({ dataDir: dir });
const keys = await loadKeys({ dataDir: dir });
const demo = fileURLToPath(new URL('../../demo', import.meta.url));
const app = await buildApp({ storage, keys, serviceOrigin: 'http://localhost:8080', publicDir: { demo } });
after(async () => {
  await app.close();
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the demo forms post to /form-sent, which shows the fields it received, escaped', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/form-sent',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ name: '<b>Ana</b>', 'g-recaptcha-response': 'token-1' }).toString(),
  });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'], /text\/html/);
  assert.match(res.body, /&#60;b&#62;Ana&#60;\/b&#62;/);
  assert.doesNotMatch(res.body, /<b>Ana/);
  assert.match(res.body, /g-recaptcha-response<\/th><td>token-1/);
});

test('without the demo there is no /form-sent', async () => {
  const bare = await buildApp({ storage, keys, serviceOrigin: 'http://localhost:8080' });
  const res = await bare.inject({ method: 'POST', url: '/form-sent', payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(res.statusCode, 404);
  await bare.close();
});
