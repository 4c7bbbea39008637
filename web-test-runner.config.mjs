// Unit and component tests run in the system Chromium (no downloaded browser).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeLanguagePieces } from './scripts/build/language-pieces.mjs';

// The language pieces the UI imports (src/i18n/words/, generated from src/i18n/languages/).
await writeLanguagePieces();

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  testFramework: { config: { timeout: 10000 } },
};
