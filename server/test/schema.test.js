import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { kantaraProblems, schemaProblems } from '../src/schema.js';
import { receiptPayload } from './helpers/make-receipt.js';

const read = (/** @type {string} */ p) => readFileSync(new URL(p, import.meta.url));

test('the schema copy is the published Kantara CR v1.1 schema, unchanged', () => {
  const sha = createHash('sha256').update(read('../schema/kantara-consent-receipt-v1.1.schema.json')).digest('hex');
  assert.equal(sha, '5baa945696b6d84c817177c67d0d736d5ee94ce2c824ce613ca922b2eb2abb29');
});

test('the Kantara example validates; broken copies of it do not', () => {
  const example = JSON.parse(read('./helpers/kantara-example.json').toString());
  assert.deepEqual(kantaraProblems(example), []);
  assert.match(kantaraProblems({ ...example, sensitive: 'yes' }).join(), /sensitive/);
  const purpose = { ...example.services[0].purposes[0], thirdPartyDisclosure: true, thirdPartyName: undefined };
  const noName = { ...example, services: [{ ...example.services[0], purposes: [purpose] }] };
  assert.notDeepEqual(kantaraProblems(JSON.parse(JSON.stringify(noName))), []);
  // A bare Kantara document lacks the receipt claims cookie-seal adds.
  assert.match(schemaProblems(example).join(), /receipt claims: \/ must have required property 'iat'/);
});

test('the test helper builds receipts that satisfy both schemas', () => {
  assert.deepEqual(schemaProblems(receiptPayload({ visitorId: 'v-1', iss: 'https://www.example.org' })), []);
  assert.deepEqual(schemaProblems(receiptPayload({ visitorId: 'v-1', iss: 'https://www.example.org', method: 'reject-all' })), []);
});
