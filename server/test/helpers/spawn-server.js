import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/cookie-seal-server.js', import.meta.url));

/** @returns {Promise<number>} a loopback port nobody listens on right now */
export function freePort() {
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
 * Starts `cookie-seal-server serve` as a child process and waits until it prints its URL.
 * @param {string[]} args @param {NodeJS.ProcessEnv} [env]
 * @param {string[]} [nodeArgs] flags for node itself (the bench passes `--cpu-prof` this way)
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string, output: () => string }>}
 */
export function spawnServer(args, env = {}, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve', ...args], {
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 15 s:\n${out}`));
    }, 15_000);
    const onData = (/** @type {Buffer} */ b) => {
      out += b.toString();
      const m = /listening on (\S+?)\/?$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: /** @type {string} */ (m[1]), output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
export function stopChild(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}
