// Runs the real command line, as a site's CI would, and reads what it wrote.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/cookie-seal-scan.js', import.meta.url));

/**
 * @param {string[]} args
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, ms: number }>}
 */
export function runCli(args, options = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cookie-seal-scan ${args.join(' ')} did not end within ${options.timeoutMs} ms\n${stderr}`));
    }, options.timeoutMs ?? 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A fresh output folder. */
export const outDir = () => mkdtemp(join(tmpdir(), 'cookie-seal-scan-'));

/** The three files a scan wrote. @param {string} dir */
export async function readOutput(dir) {
  return {
    report: JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')),
    config: JSON.parse(await readFile(join(dir, 'cookie-seal.config.json'), 'utf8')),
    html: await readFile(join(dir, 'report.html'), 'utf8'),
  };
}

/** The path (and query) of a report's page URL. @param {string} url */
export const pathOf = (url) => { const u = new URL(url.replace(/ \(.*$/, '')); return u.pathname + u.search; };
