// One server and one browser per test file, shared by its tests.
import { after, before } from 'node:test';
import { launchBrowser, newPage } from './browser.mjs';
import { startServer } from './server.mjs';

/**
 * Registers before/after hooks and returns handles filled in once they ran.
 * `env.session()` opens a fresh context (no cookies): a first-time visitor.
 */
export function useBrowser() {
  const env = {
    /** @type {Awaited<ReturnType<typeof startServer>>} */ server: null,
    /** @type {import('playwright-core').Browser} */ browser: null,
    /** Absolute URL on the test server. */
    url: (path) => new URL(path, env.server.origin).href,
    sessions: [],
    async session(options) {
      const s = await newPage(env.browser, options);
      env.sessions.push(s);
      return s;
    },
  };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
