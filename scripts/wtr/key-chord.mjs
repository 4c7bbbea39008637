// `pressChord(['Shift', 'Tab'])` in a test: real key events for a key pressed with modifiers held,
// in every launcher. web-test-runner's sendKeys has `down`/`up` for puppeteer only, and its
// `press: 'Shift+Tab'` works in playwright only, so this one command does it for both kinds.
export function keyChordPlugin() {
  return {
    name: 'key-chord-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) {
        throw new Error('press-chord: payload.keys must be a non-empty array of key names');
      }
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        for (const k of keys) await keyboard.down(k);
        for (const k of [...keys].reverse()) await keyboard.up(k);
        return true;
      }
      if (browser.type === 'webdriver') {
        // webdriverio's keys(): every key down in order, then every key up.
        await browser.sendKeys(session.id, keys);
        return true;
      }
      throw new Error(`press-chord is not supported for browser type ${browser.type}`);
    },
  };
}
