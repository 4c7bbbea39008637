// Unit and component tests in three engines, all the system's own (no downloaded browser):
// Chromium and Firefox ESR through puppeteer-core (Firefox over WebDriver BiDi, no geckodriver),
// WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb (classic WebDriver).
// ENGINES=chromium,firefox,webkit picks some of them (default: all three), for focused runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { webkitLauncher } from './scripts/wtr/webkit.mjs';
import { keyChordPlugin } from './scripts/wtr/key-chord.mjs';
import { firefoxPage } from './scripts/wtr/firefox-viewport.mjs';
import { writeLanguagePieces } from './scripts/build/language-pieces.mjs';

// The language pieces the UI imports (src/i18n/words/, generated from src/i18n/languages/).
await writeLanguagePieces();

const engines = new Set((process.env.ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim()));

// A test that really downloads a file (the receipts fallback) must not open Firefox's download
// panel or ask where to save: the panel takes focus, and later files' key presses go to it.
const downloads = mkdtempSync(join(tmpdir(), 'cookie-seal-wtr-downloads-'));
const firefoxPrefs = {
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.download.panel.shown': true,
  'browser.download.start_downloads_in_tmp_dir': true,
};

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  // What @web/test-runner-puppeteer's puppeteerLauncher does, with puppeteer-core instead of the
  // full puppeteer package (which would download its own browsers on install).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: firefoxPrefs,
      },
      // web-test-runner sets the viewport before each test file.
      createPage: firefoxPage,
    }),
  webkit: () => webkitLauncher(),
};

const unknown = [...engines].filter((e) => !(e in launchers));
if (unknown.length) throw new Error(`ENGINES: unknown ${unknown.join(', ')}; known: ${Object.keys(launchers).join(', ')}`);

export default {
  files: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [...engines].map((e) => launchers[e]()),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), keyChordPlugin()],
  // A component test's first case loads its chunks and axe-core; on a loaded machine, in WebKit,
  // that alone has taken over 10 s.
  testFramework: { config: { timeout: 30000 } },
  // Starting Firefox or MiniBrowser takes seconds on an idle machine and far longer on a loaded CI
  // runner; the first page of each engine waits for its browser.
  browserStartTimeout: 120000,
};
