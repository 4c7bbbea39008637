// A tiny static server for the end-to-end tests: the demo at /, the built
// dist/ at /cookie-seal/, test pages at /fixtures/. It is independent of the
// receipt service (server/) so the core tests need nothing but a build.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

// SEAL_E2E_DIST points the tests at another build (for example a size-optimised one).
const MOUNTS = [
  ['/cookie-seal/', resolve(process.env.SEAL_E2E_DIST || join(ROOT, 'dist'))],
  ['/fixtures/', join(ROOT, 'test/e2e/fixtures')],
  ['/', join(ROOT, 'demo')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The nonce the fixture pages' CSP header allows (see fixtures/*.html). */
export const FIXTURE_NONCE = 'e2e-nonce-3f9c1a';

/**
 * Fixture pages served with a header-delivered CSP, so browsers hide the nonce
 * attribute. No 'strict-dynamic': Chromium lets scripts created by a trusted
 * script run under it even without a nonce, which would hide a lost nonce.
 */
const CSP_PAGES = new Map([
  ['/fixtures/nonce-order.html', `script-src 'nonce-${FIXTURE_NONCE}'; object-src 'none'; base-uri 'none'`],
]);

function resolveFile(pathname, mounts = MOUNTS) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = decodeURIComponent(pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/**
 * Starts the server on a random free port of 127.0.0.1.
 * @param {{ receipts?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void, mounts?: [string, string][] }} [options]
 *   `receipts` handles POST /v1/receipts; without it the endpoint answers 503, like a receipt service that is down.
 *   `mounts` serves more folders (e.g. pages built at test time), as `[urlPrefix, absoluteDir]` pairs.
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const mounts = [...(options.mounts ?? []), ...MOUNTS];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/v1/receipts') {
      if (options.receipts) return options.receipts(req, res);
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'receipt service not running in core e2e tests' }));
    }
    // The demo forms post here: the page shows the fields it received, as JSON in #received.
    if (url.pathname === '/form-sent' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      for await (const chunk of req) body += chunk;
      const fields = JSON.stringify(Object.fromEntries(new URLSearchParams(body)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(`<!doctype html><html lang="en"><title>Form received</title><h1>Form received</h1><pre id="received">${fields.replace(/</g, '\\u003c')}</pre></html>`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = resolveFile(url.pathname, mounts);
    if (!file) return notFound(res);
    try {
      const info = await stat(file);
      if (!info.isFile()) return notFound(res);
      const body = await readFile(file);
      // ?delay=ms lets a fixture make one script slow, to prove execution order does not race.
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 5000)));
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      const csp = CSP_PAGES.get(url.pathname);
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    port,
    close: () => new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
