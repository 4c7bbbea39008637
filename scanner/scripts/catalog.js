#!/usr/bin/env node
// Writes reference/catalog.json: the data fields (category, provider, hosts,
// cookie names and lifetimes) of every entry of the project's service
// catalogue, src/catalog/<id>.ts. Texts are left behind on purpose: the
// scanner names things, the banner words them. Run after changing the
// catalogue (`npm run catalog -w scanner`); test/catalog.test.js fails
// while the file is out of step.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readCatalog } from './read-catalog.js';

const OUT = fileURLToPath(new URL('../reference/catalog.json', import.meta.url));
const catalog = await readCatalog();
await writeFile(OUT, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`reference/catalog.json: ${Object.keys(catalog).length} services`);
