/**
 * The demo runs under a strict Content-Security-Policy, as a careful site
 * would: scripts only by per-response nonce (plus what those scripts load,
 * 'strict-dynamic'), styles only from the site's own files, Trusted Types
 * required. It proves cookie-seal works there: the gate passes the nonce on
 * to the tags it activates and writes script sinks through its "cookie-seal"
 * Trusted Types policy; Lit's templates use the "lit-html" policy.
 */
import { randomBytes } from 'node:crypto';

/** Trusted Types policies the page may create: cookie-seal's gate and Lit's templates. */
export const TRUSTED_TYPES_POLICIES = ['cookie-seal', 'lit-html'];

/** @param {string} nonce */
export const demoCsp = (nonce) =>
  [
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');

/** 128 random bits, fresh for every response (a reused nonce protects nothing). */
export const newNonce = () => randomBytes(16).toString('base64');

/**
 * Puts `nonce` on every `<script>` start tag, as a site's templating would.
 * This is a text transform for the demo's hand-written pages, not an HTML
 * parser: it would also touch the characters "<script" inside a comment or
 * inside a script's own text, and it skips tags that already carry a nonce.
 * A real site adds the nonce in its templates.
 * @param {string} html @param {string} nonce
 */
export function addNonces(html, nonce) {
  return html.replace(/<script\b([^>]*)>/gi, (tag, attributes) =>
    /\snonce\s*=/i.test(attributes) ? tag : `<script nonce="${nonce}"${attributes}>`,
  );
}

/**
 * Serves the demo's HTML with fresh nonces and the policy header. Other
 * responses (assets, the API, the built script under `distPrefix`) pass through.
 * @param {import('fastify').FastifyInstance} app @param {string} distPrefix
 */
export function registerDemoCsp(app, distPrefix) {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || request.url.startsWith(distPrefix)) return payload;
    const nonce = newNonce();
    reply.header('content-security-policy', demoCsp(nonce));
    if (reply.statusCode !== 200 || payload === null || payload === undefined) return payload;
    const html = typeof payload === 'string' ? payload : await readAll(/** @type {any} */ (payload));
    // The nonce changes with every response: a cached copy or a 304 would carry a stale one.
    reply.removeHeader('etag');
    reply.removeHeader('last-modified');
    reply.removeHeader('content-length');
    reply.header('cache-control', 'no-store');
    return addNonces(html, nonce);
  });
}

/** @param {AsyncIterable<Buffer | string> | Buffer} body */
async function readAll(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
