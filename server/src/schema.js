import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const kantara = JSON.parse(
  readFileSync(new URL('../schema/kantara-consent-receipt-v1.1.schema.json', import.meta.url), 'utf8'),
);
// Draft-04 declaration: see schema/README.md for why it is safe to drop.
delete kantara.$schema;

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The JWT claims and the cookie-seal `consent` object that DESIGN §10 adds on top of Kantara. */
const claims = {
  type: 'object',
  required: ['version', 'iat', 'jti', 'iss', 'sub', 'consent'],
  properties: {
    version: { const: 'KI-CR-v1.1.0' },
    iat: { type: 'integer', minimum: 0 },
    jti: { type: 'string', pattern: UUID_V4.source },
    iss: { type: 'string', format: 'uri', maxLength: 2048 },
    sub: { type: 'string', minLength: 1, maxLength: 256 },
    consent: {
      type: 'object',
      required: ['categories', 'method'],
      properties: {
        method: { type: 'string', minLength: 1, maxLength: 64 },
        categories: { type: ['object', 'array'] },
        services: { type: ['object', 'array'] },
        prev: { type: ['string', 'null'] },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateKantara = ajv.compile(kantara);
const validateClaims = ajv.compile(claims);

/** @param {unknown} doc @returns {string[]} problems against the Kantara schema alone */
export function kantaraProblems(doc) {
  return validateKantara(doc) ? [] : format('Kantara CR v1.1', validateKantara.errors);
}

/**
 * @param {unknown} payload
 * @returns {string[]} human-readable problems, empty when the payload is a valid receipt
 */
export function schemaProblems(payload) {
  const problems = [];
  if (!validateKantara(payload)) problems.push(...format('Kantara CR v1.1', validateKantara.errors));
  if (!validateClaims(payload)) problems.push(...format('receipt claims', validateClaims.errors));
  return problems;
}

/** @param {string} label @param {import('ajv').ErrorObject[] | null | undefined} errors */
function format(label, errors) {
  return (errors ?? []).slice(0, 5).map((e) => `${label}: ${e.instancePath || '/'} ${e.message}`);
}
