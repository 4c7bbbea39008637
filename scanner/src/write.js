// Writes the scan's three files into the output folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderHtml } from './report/html.js';

/**
 * @param {import('./analyse.js').Report} report @param {string} dir
 * @returns {Promise<{ html: string, json: string, config: string }>}
 */
export async function writeReport(report, dir) {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const files = { html: join(out, 'report.html'), json: join(out, 'report.json'), config: join(out, 'cookie-seal.config.json') };
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.config, `${JSON.stringify(report.config, null, 2)}\n`);
  await writeFile(files.html, renderHtml(report));
  return files;
}
