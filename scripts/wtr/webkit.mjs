// WebKitGTK for web-test-runner: a launcher that owns its WebKitWebDriver.
//
// WebKitWebDriver (Debian's webkit2gtk-driver) drives MiniBrowser over classic WebDriver. MiniBrowser
// needs an X display, which CI does not have, so the driver runs under `xvfb-run -a` (a free display
// number, its own Xauthority). The launcher starts both in `initialize()` and ends them in `stop()`,
// and once more on process exit, so an interrupted run leaves no Xvfb or MiniBrowser behind.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once the driver answers `GET /status` with ready, rejects if it exits first. */
async function whenReady(child, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? code));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited}) before it was ready`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      const body = await res.json();
      if (body?.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100)); // polling a process that is starting, not a test
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * @param {{ driver?: string, xvfbRun?: string }} [options]
 * @returns {import('@web/test-runner-core').BrowserLauncher}
 */
export function webkitLauncher({ driver = '/usr/bin/WebKitWebDriver', xvfbRun = '/usr/bin/xvfb-run' } = {}) {
  let child;
  let inner;
  const kill = () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    // xvfb-run, Xvfb, the driver and MiniBrowser share the group the child leads.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);

  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      const port = await freePort();
      child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`], {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
      try {
        await whenReady(child, port, 20000);
      } catch (error) {
        kill();
        throw new Error(`${error.message}\n${stderr}`);
      }
      inner = webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { args: ['--automation'] },
          // webdriverio asks for WebDriver BiDi by default; WebKitWebDriver speaks classic only.
          'wdio:enforceWebDriverClassic': true,
        },
      });
      await inner.initialize(config, testFiles);
      launcher.name = 'WebKit';
    },
    async stop() {
      try {
        await inner?.stop();
      } finally {
        kill();
      }
    },
  };
  // Everything else is the webdriver launcher's.
  for (const method of [
    'startSession', 'isActive', 'getBrowserUrl', 'stopSession', 'startDebugSession',
    'sendMouseMove', 'sendMouseClick', 'sendMouseDown', 'sendMouseUp', 'resetMouse', 'sendKeys', 'takeScreenshot',
  ]) {
    launcher[method] = (...args) => inner[method](...args);

  }
  return launcher;
}
