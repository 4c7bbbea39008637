// Chromium adapter: system Chromium through playwright-core, with the same
// recorder (context.route) and stubs the Chromium-only tests use.
import { launchBrowser, newPage } from '../helpers/browser.mjs';
import { FIND, Session, recordProblems, specJson } from './driver.mjs';

export async function launch() {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    async newSession({ viewport = { width: 1280, height: 800 } } = {}) {
      const s = await newPage(browser, { viewport });
      await s.context.addInitScript(recordProblems);
      return new ChromiumSession(s);
    },
    close: () => browser.close(),
  };
}

class ChromiumSession extends Session {
  constructor({ context, page, network, errors }) {
    super('chromium');
    Object.assign(this, { context, page, network, errors });
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  async clickFound(spec) {
    const handle = await this.page.evaluateHandle(FIND, specJson(spec));
    try {
      await handle.asElement().click();
    } finally {
      await handle.dispose();
    }
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  async cookies() {
    return (await this.context.cookies()).map(({ name, value, path, domain }) => ({ name, value, path, domain }));
  }

  close() {
    return this.context.close();
  }
}
