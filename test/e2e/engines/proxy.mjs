// A recording HTTP(S) proxy for engines without request interception in their
// automation protocol (WebKitGTK over classic WebDriver). The browser is told
// to send everything through it:
//   - requests to the local test servers are forwarded and recorded by path;
//     HTML documents get the test's init script first in <head> (classic
//     WebDriver has no "run before the page's scripts"), carrying the page's
//     CSP nonce so a strict policy lets it run;
//   - every other request is recorded with its full URL and answered by the
//     same stubs Chromium's route gets: nothing leaves the machine. HTTPS is
//     terminated here with a throw-away self-signed certificate (the session
//     accepts it), so the record holds paths, not only host names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { isLocalHost, stubFor } from '../helpers/browser.mjs';

let certificate;

/** One key pair per test process, made by the system's openssl (no key is kept in the repository). */
function selfSigned() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'cookie-seal-proxy-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=cookie-seal e2e proxy'],
    { stdio: 'ignore' });
    certificate = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return certificate;
}

/**
 * Starts the proxy on a free port of 127.0.0.1.
 * @param {{ network: import('../helpers/browser.mjs').NetworkLog, initScript: string }} options
 */
export async function startProxy({ network, initScript }) {
  const { key, cert } = selfSigned();

  const answerExternal = (req, res, url) => {
    network.external.push({ url, host: new URL(url).hostname, time: Date.now(), type: 'other' });
    req.resume();
    const stub = stubFor(url);
    res.writeHead(stub.status, { 'content-type': stub.contentType, 'cache-control': 'no-store' });
    res.end(stub.body);
  };

  // Plain HTTP: the request line holds the absolute URL.
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!isLocalHost(url.hostname)) return answerExternal(req, res, url.href);
    network.local.push({ url: url.href, path: url.pathname, time: Date.now(), type: 'other' });
    forward(req, res, url, initScript);
  });

  // HTTPS: accept the tunnel, then be the far end of it with our own certificate.
  const tunnel = http.createServer((req, res) => {
    answerExternal(req, res, `https://${req.headers.host}${req.url}`);
  });
  const sockets = new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('connection', track);
  server.on('connect', (req, socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
    secure.on('error', () => socket.destroy());
    track(secure);
    tunnel.emit('connection', secure);
  });

  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    address: `127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => {
      for (const s of sockets) s.destroy();
      server.close(() => ok());
    }),
  };
}

function forward(req, res, url, initScript) {
  const upstream = http.request({
    host: url.hostname,
    port: url.port,
    method: req.method,
    path: url.pathname + url.search,
    headers: { ...req.headers, connection: 'close' },
  }, (reply) => {
    const headers = { ...reply.headers };
    const isDocument = req.method === 'GET' && /^text\/html/.test(headers['content-type'] ?? '') && reply.statusCode === 200;
    if (!isDocument) {
      res.writeHead(reply.statusCode, headers);
      reply.pipe(res);
      return;
    }
    const chunks = [];
    reply.on('data', (c) => chunks.push(c));
    reply.on('end', () => {
      const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
      const tag = `<script${nonce ? ` nonce="${nonce}"` : ''}>${initScript}</script>`;
      let html = Buffer.concat(chunks).toString('utf8');
      html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      res.writeHead(reply.statusCode, headers);
      res.end(html);
    });
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}
