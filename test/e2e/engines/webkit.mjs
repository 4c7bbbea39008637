// WebKit adapter: WebKitGTK's MiniBrowser through WebKitWebDriver (classic
// WebDriver over HTTP, our own small client), on an Xvfb display this module
// starts and stops (CI has no display). Each session is a new MiniBrowser
// (fresh profile). All traffic goes through one recording proxy (proxy.mjs),
// named in the driver's environment and inherited by each browser; it records
// into the current session's log: that record is what proves gating here, and
// the proxy also puts the init script in front of each document.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { NetworkLog } from '../helpers/browser.mjs';
import { FIND, INIT_SCRIPT, Session, specJson } from './driver.mjs';
import { startProxy } from './proxy.mjs';
import { ELEMENT, KEYS, WebDriverSession } from './webdriver-client.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** MiniBrowser lives under the multiarch library folder (e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/). */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const dir of readdirSync('/usr/lib')) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const file = `/usr/lib/${dir}/${api}/MiniBrowser`;
      if (existsSync(file)) return file;
    }
  }
  throw new Error('WebKitGTK MiniBrowser not found: install webkit2gtk-driver (or set WEBKIT_MINIBROWSER)');
}

/** Starts Xvfb on the first free display (it picks the number itself and tells us on a pipe). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.once('error', (error) => reject(new Error(`Xvfb: ${error.message} (install xvfb)`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.slice(-500)}`)));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

export async function launch() {
  const binary = miniBrowser();
  const record = { network: null };
  const proxy = await startProxy({ record, initScript: INIT_SCRIPT });
  const xvfb = await startXvfb();
  const port = await freePort();
  const proxyUrl = `http://${proxy.address}`;
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, http_proxy: proxyUrl, https_proxy: proxyUrl, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, no_proxy: '', NO_PROXY: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = [driver, xvfb.process];
  const stopAll = () => { for (const p of started) if (p.exitCode === null) p.kill(); };
  process.once('exit', stopAll);
  const base = `http://127.0.0.1:${port}`;
  return {
    name: 'webkit',
    async newSession({ viewport = { width: 1280, height: 800 } } = {}) {
      const network = new NetworkLog();
      record.network = network;
      const wd = await WebDriverSession.create(base, {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          acceptInsecureCerts: true,
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        },
      });
      await wd.setWindowRect(viewport).catch(() => {});
      return new WebKitSession(wd, network);
    },
    async close() {
      stopAll();
      await proxy.close();
      await Promise.all(started.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null)));
      process.removeListener('exit', stopAll);
    },
  };
}

class WebKitSession extends Session {
  constructor(wd, network) {
    super('webkit');
    this.wd = wd;
    this.network = network;
    // Classic WebDriver reports no page errors; the init script's record (problems()) has them.
    this.errors = { page: [], console: [] };
  }

  goto(url) {
    return this.wd.navigate(url);
  }

  reload() {
    return this.wd.refresh();
  }

  async evaluate(fn, arg) {
    const result = await this.wd.executeAsync(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn})(arguments[0]))
         .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.name ? error.name + ': ' + error.message : error) }));`,
      [arg === undefined ? null : arg],
    );
    if (result?.error) throw new Error(`webkit: page threw: ${result.error}`);
    return result?.value;
  }

  async clickFound(spec) {
    const element = await this.wd.execute(`return (${FIND})(arguments[0]);`, [specJson(spec)]);
    if (!element?.[ELEMENT]) throw new Error(`webkit: nothing to click for ${JSON.stringify(specJson(spec))}`);
    await this.wd.click(element);
  }

  press(key) {
    const [modifier, name] = key.includes('+') ? key.split('+') : [null, key];
    const code = (k) => {
      if (!(k in KEYS)) throw new Error(`webkit: no WebDriver code for key ${k}`);
      return KEYS[k];
    };
    return this.wd.keys([code(name)], modifier ? [code(modifier)] : []);
  }

  async cookies() {
    return (await this.wd.cookies()).map(({ name, value, path, domain }) => ({ name, value, path, domain }));
  }

  async close() {
    await this.wd.delete().catch(() => {});
  }
}
