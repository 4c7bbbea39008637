import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Finds initdb/pg_ctl: $PG_BIN, else the newest /usr/lib/postgresql/<v>/bin. */
function findBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian "postgresql" package, ' +
        'set PG_BIN to their folder, or set DATABASE_URL to a database the tests may use.',
    );
  }
  return join(base, /** @type {string} */ (versions[0]), 'bin');
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL for tests and the bench: DATABASE_URL when set, otherwise a throwaway cluster
 * in a temporary folder on a free loopback port (as root, run as the `postgres` user, since
 * PostgreSQL refuses to run as root).
 * @returns {Promise<{ connectionString: string, external: boolean, stop(): Promise<void> }>}
 */
export async function startPostgres() {
  if (process.env.DATABASE_URL) {
    return { connectionString: process.env.DATABASE_URL, external: true, stop: async () => {} };
  }
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'seal-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const cmd = join(bin, tool);
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`]);
  } catch (err) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    const e = /** @type {any} */ (err);
    throw new Error(`Could not start a test PostgreSQL: ${e.stderr?.toString() || e.message}\n${log}`);
  }
  return {
    connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    external: false,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
