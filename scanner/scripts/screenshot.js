#!/usr/bin/env node
// Takes docs/report.png for the README: the fixture shop (test/fixture/) scanned,
// its report.html opened in headless Chromium, the top of the page captured.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { fixtureFlags, startFixture } from '../test/fixture/site.js';
import { outDir, runCli } from '../test/helpers/run.js';

const OUT = fileURLToPath(new URL('../docs/report.png', import.meta.url));
const fixture = await startFixture();
const dir = await outDir();
const run = await runCli([fixture.url, '--out', dir, '--quiet', ...fixtureFlags().map((f) => `--browser-arg=${f}`)]);
await fixture.close();
if (run.code !== 1) throw new Error(`expected violations (exit 1), got ${run.code}: ${run.stderr}`);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 1250 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(`${dir}/report.html`).href);
await page.screenshot({ path: OUT });
await browser.close();
console.log(`${OUT} (from ${dir}/report.html)`);
