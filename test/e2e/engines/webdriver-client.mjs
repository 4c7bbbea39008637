// A minimal W3C WebDriver (classic, HTTP) client: the dozen commands the
// end-to-end adapter for WebKitGTK needs, over Node's fetch. A full client
// (webdriverio) would bring a large dependency tree for what is one JSON
// request per command; the protocol is small and stable.

/** The key the W3C spec uses to mark an element reference in JSON. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver's code points for the keys the tests press (W3C WebDriver §17.4.2). */
export const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
};

export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

export class WebDriverSession {
  /** @param {string} base e.g. http://127.0.0.1:4444  @param {string} id */
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Opens a session with the given capabilities (retries while the driver is still starting). */
  static async create(base, capabilities, { timeout = 30_000 } = {}) {
    const start = Date.now();
    for (;;) {
      try {
        const value = await request(base, 'POST', '/session', { capabilities });
        return new WebDriverSession(base, value.sessionId);
      } catch (error) {
        // Connection refused while the driver binds its port: try again; a WebDriver error is final.
        if (error instanceof WebDriverError || Date.now() - start > timeout) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  /** Runs `script` (a function body using `arguments`) and returns its JSON value. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs `script` whose last argument is the callback to call with the result. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Presses and releases each key in turn; `modifiers` are held down around them. */
  async keys(keys, modifiers = []) {
    const actions = [
      ...modifiers.map((k) => ({ type: 'keyDown', value: k })),
      ...keys.flatMap((k) => [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]),
      ...modifiers.reverse().map((k) => ({ type: 'keyUp', value: k })),
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  cookies() {
    return this.cmd('GET', '/cookie');
  }

  setTimeouts(timeouts) {
    return this.cmd('POST', '/timeouts', timeouts);
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  delete() {
    return request(this.base, 'DELETE', `/session/${this.id}`);
  }
}

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({ value: { error: `HTTP ${response.status}` } }));
  if (!response.ok) throw new WebDriverError(`${method} ${path}`, json.value);
  return json.value;
}
