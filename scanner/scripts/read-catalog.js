// Reads the data fields of src/catalog/<id>.ts with esbuild (a build-time
// dependency of the repository, not of the published scanner): each entry
// is bundled on its own and imported, so it does not matter where its texts
// live or what else the module imports.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const DIR = fileURLToPath(new URL('../../src/catalog/', import.meta.url));
const NOT_ENTRIES = new Set(['index.ts', 'types.ts']);

/** @returns {Promise<Record<string, { category: string, provider: string, hosts: string[], cookies: Record<string, string> }>>} */
export async function readCatalog() {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts') && !NOT_ENTRIES.has(f)).sort();
  /** @type {Record<string, any>} */
  const out = {};
  for (const file of files) {
    const result = await build({ entryPoints: [DIR + file], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
    const code = result.outputFiles[0].text;
    const entry = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
    if (!entry || typeof entry.category !== 'string') continue;
    out[file.slice(0, -3)] = { category: entry.category, provider: entry.provider, hosts: [...entry.hosts], cookies: { ...entry.cookies } };
  }
  return out;
}
