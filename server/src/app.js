import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimitPlugin from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { MAX_RECEIPT_BYTES, ReceiptError } from './receipt.js';
import { API_ROUTES, registerRoutes } from './routes.js';
import { LogView } from './log/log.js';
import { COUNTERSIGNATURE_TYP } from './countersign.js';
import { registerDemoForms } from './demo-forms.js';
import { registerDemoCsp } from './demo-csp.js';

/**
 * @typedef {{
 *   storage: import('./storage/sqlite.js').Storage,
 *   keys: import('./keys.js').KeyRing,
 *   serviceOrigin?: string,
 *   allowedOrigins?: string[],
 *   exportToken?: string,
 *   publicDir?: { demo?: string, dist?: string },
 *   rateLimit?: { max: number, timeWindow?: number | string },
 *   exportRateLimit?: { max: number, timeWindow?: number | string },
 *   log?: boolean,
 *   logger?: boolean | object,
 *   trustProxy?: boolean | string,
 * }} AppOptions
 */

/** Fastify's own 4xx codes, renamed to the service's stable error codes. */
const FASTIFY_CODES = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', `The body may not exceed ${MAX_RECEIPT_BYTES} bytes.`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send application/jose text or application/json {"jws": "..."}.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_body', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_body', 'The body is not valid JSON.'],
};

/** Is this origin's host the machine itself (localhost, *.localhost, 127.0.0.0/8, ::1)? */
export function isLoopbackOrigin(/** @type {string} */ origin) {
  const host = new URL(origin).hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

/** API responses: never rendered, framed or sniffed; private by default. */
const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};
const isApiPath = (/** @type {string} */ url) => url.startsWith('/v1/') || url.startsWith('/.well-known/') || url.startsWith('/healthz');

/** @param {string} origin */
export function normalizeOrigin(origin) {
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`"${origin}" is not an origin such as https://www.example.com`);
  }
}

/**
 * Builds the receipt service (DESIGN §11). Not listening yet: call `.listen()` or `.inject()`.
 * @param {AppOptions} options
 */
export async function buildApp(options) {
  const { storage, keys, exportToken, publicDir, logger = false, trustProxy = false } = options;
  const serviceOrigin = normalizeOrigin(options.serviceOrigin ?? 'http://localhost:8787');
  // Receipts issued on this machine's own pages are accepted only from a service that itself
  // runs on loopback (development, the demo): a public service never takes a localhost iss.
  const loopback = isLoopbackOrigin(serviceOrigin);
  const allowed = new Set([serviceOrigin, ...(options.allowedOrigins ?? []).map(normalizeOrigin)].filter((o) => loopback || !isLoopbackOrigin(o)));
  const rateLimit = options.rateLimit ?? { max: 120, timeWindow: '1 minute' };
  const exportRateLimit = options.exportRateLimit ?? { max: 30, timeWindow: '1 minute' };
  const https = serviceOrigin.startsWith('https:');

  const app = Fastify({ logger, trustProxy, bodyLimit: MAX_RECEIPT_BYTES });

  app.addContentTypeParser(['application/jose', 'text/plain'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.setErrorHandler((err, req, reply) => {
    const e = /** @type {any} */ (err);
    if (e instanceof ReceiptError) return reply.code(e.status).send({ error: e.code, message: e.message });
    const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
    if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: e.message });
    if (status >= 400 && status < 500) {
      const [code, message] = FASTIFY_CODES[/** @type {keyof FASTIFY_CODES} */ (e.code)] ?? [
        e.validation ? 'invalid_request' : 'bad_request',
        e.message,
      ];
      return reply.code(status).send({ error: code, message });
    }
    req.log.error(err);
    return reply.code(500).send({ error: 'internal_error', message: 'The service failed; nothing was stored.' });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const route = API_ROUTES.find((r) => r.path.test(path));
    if (route) {
      return reply.code(405).header('allow', route.allow).send({ error: 'method_not_allowed', message: `${req.method} is not allowed here; use ${route.allow}.` });
    }
    return reply.code(404).send({ error: 'not_found', message: `No route for ${req.method} ${path}.` });
  });
  // A callback hook (no promise per response) that sets the API headers in one call.
  const apiHeaders = { ...API_HEADERS, ...(https ? { 'strict-transport-security': 'max-age=31536000' } : {}) };
  app.addHook('onSend', (req, reply, payload, done) => {
    if (!isApiPath(req.url)) {
      reply.header('x-content-type-options', 'nosniff');
    } else {
      reply.headers(apiHeaders);
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });

  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type'],
    maxAge: 600,
  });
  await app.register(rateLimitPlugin, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      message: `Too many requests from this address: at most ${ctx.max} per ${ctx.after}. Retry later.`,
    }),
  });

  storage.setSigner({ jwk: keys.privateJwk(), typ: COUNTERSIGNATURE_TYP });
  const log = options.log === false ? null : new LogView(storage, keys, serviceOrigin);
  registerRoutes(app, { storage, keys, serviceOrigin, allowed, exportToken, rateLimit, exportRateLimit, log });

  if (publicDir?.demo) {
    serveFolder(app, publicDir.demo, '/', true);
    registerDemoForms(app);
    // Always on: the demo shows cookie-seal working under a strict CSP with Trusted Types.
    registerDemoCsp(app, '/cookie-seal/');
  }
  if (publicDir?.dist) serveFolder(app, publicDir.dist, '/cookie-seal/', !publicDir.demo);
  return app;
}

/**
 * Static files for the demo. `no-cache` makes the browser revalidate (ETag) on every load,
 * so a rebuilt dist/ is picked up without a hard refresh.
 * @param {import('fastify').FastifyInstance} app @param {string} dir @param {string} prefix @param {boolean} decorate
 */
function serveFolder(app, dir, prefix, decorate) {
  const root = resolve(dir);
  if (!existsSync(root)) {
    throw new Error(`Folder to serve at ${prefix} does not exist: ${root} (for dist/, run \`npm run build\` at the repository root first).`);
  }
  app.register(fastifyStatic, {
    root,
    prefix,
    decorateReply: decorate,
    redirect: true,
    cacheControl: false,
    setHeaders: (/** @type {any} */ reply) => reply.header('cache-control', 'no-cache'),
  });
}
