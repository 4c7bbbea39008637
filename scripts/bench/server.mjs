// A static server on 127.0.0.1 for the benchmark: the bench pages, the built
// dist/ at /cookie-seal/, each peer's dist at /peers/<name>/. JS and CSS go
// out gzip -9 (as a CDN would), and every response's size on the wire is
// logged so the runner can sum what each library cost a visit.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIBRARIES } from './pages.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PEERS = [
  ['/peers/vanilla-cookieconsent/', join(ROOT, 'node_modules/vanilla-cookieconsent/dist')],
  ['/peers/orejime/', join(ROOT, 'node_modules/orejime/dist')],
  ['/peers/klaro/', join(ROOT, 'node_modules/klaro/dist')],
  ['/peers/tarteaucitronjs/', join(ROOT, 'node_modules/tarteaucitronjs')],
];
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };
const cache = new Map();

async function body(file) {
  if (!cache.has(file)) {
    const raw = await readFile(file);
    cache.set(file, gzipSync(raw, { level: 9 }));
  }
  return cache.get(file);
}

/** `dist`: the cookie-seal build to serve (default BENCH_DIST, else dist/): another build, or a copy kept away from a rebuild in progress. */
export async function startBenchServer({ dist = process.env.BENCH_DIST || join(ROOT, 'dist') } = {}) {
  const mounts = [['/cookie-seal/', dist], ...PEERS];
  /** @type {{ path: string, bytes: number }[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      const lib = path.match(/^\/page\/([\w-]+)\.html$/)?.[1];
      let gz;
      let type;
      if (lib && LIBRARIES[lib]) {
        gz = gzipSync(LIBRARIES[lib].html, { level: 9 });
        type = TYPES['.html'];
      } else {
        const mount = mounts.find(([prefix]) => path.startsWith(prefix));
        const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
        if (!file || !file.startsWith(mount[1] + sep)) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        gz = await body(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-encoding': 'gzip', 'content-length': gz.length, 'cache-control': 'no-store' });
      res.end(gz);
      log.push({ path, bytes: gz.length });
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
