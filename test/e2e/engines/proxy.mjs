// A recording HTTP(S) proxy for engines without request interception in their
// automation protocol (WebKitGTK over classic WebDriver). The browser finds it
// in http_proxy/https_proxy (the WebDriver `proxy` capability is no use here:
// WebKitGTK makes `sslProxy` an https:// proxy, TLS to the proxy itself, which
// it then refuses to trust). Everything goes through it:
//   - CONNECT to the machine itself is a plain tunnel (WebKitWebDriver talks
//     to its browser that way once the proxy is in the environment);
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
import net from 'node:net';
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
 * Starts the proxy on a free port of 127.0.0.1. `record.network` is read at each request, so the
 * caller points it at the current session's log.
 * @param {{ record: { network: import('../helpers/browser.mjs').NetworkLog | null }, initScript: string }} options
 */
export async function startProxy({ record, initScript }) {
  const { key, cert } = selfSigned();

  const answerExternal = (req, res, url) => {
    record.network?.recordExternal({ url, host: new URL(url).hostname, time: Date.now(), type: 'other' });
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
    record.network?.local.push({ url: url.href, path: url.pathname, time: Date.now(), type: 'other' });
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
  server.on('connect', (req, socket, head) => {
    const target = new URL(`http://${req.url}`);
    if (isLocalHost(target.hostname)) {
      // A plain tunnel to the machine itself: WebKitWebDriver reaches its browser this way when the
      // proxy is set in the environment, and it counts on "connection refused" meaning "not up yet",
      // which a proxy would turn into a failure; so the proxy waits for the port itself (60 s at most: on a loaded
      // 2-core runner MiniBrowser has taken more than 15 s to open it).
      const started = Date.now();
      const open = () => {
        const upstream = net.connect(Number(target.port), target.hostname);
        upstream.once('connect', () => {
          upstream.removeAllListeners('error');
          track(upstream);
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          if (head?.length) upstream.write(head);
          upstream.pipe(socket);
          socket.pipe(upstream);
          upstream.on('error', () => socket.destroy());
          socket.on('error', () => upstream.destroy());
        });
        upstream.once('error', (error) => {
          if (error.code === 'ECONNREFUSED' && Date.now() - started < 60_000 && !socket.destroyed) setTimeout(open, 50);
          else socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        });
      };
      open();
      return;
    }
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
