import { expect } from '@open-wc/testing';
import { useDiagnostics } from '../../../src/core/notice.js';
import { decisions } from '../../../src/core/decisions.js';
import { ScriptGate } from '../../../src/core/gating.js';
import { ConsentStore } from '../../../src/core/store.js';
import { config, MemoryStorage } from './helpers.js';

declare global {
  interface Window {
    __gateLog: string[];
  }
}

const FIXTURES = '/test/unit/core/fixtures';
const LOGGED = 'gate-log';

/**
 * Makes `win.__gateLog` an array whose pushes (from fixture files, inline scripts, scripts in
 * frames writing to `parent`) fire `gate-log` on `win`, whatever array a test assigns to it.
 */
function notifyingLog(win: Window): void {
  let entries: string[] = [];
  Object.defineProperty(win, '__gateLog', {
    configurable: true,
    get: () => entries,
    set: (next: string[]) => {
      entries = [...next];
      entries.push = (...added: string[]) => {
        const length = Array.prototype.push.apply(entries, added);
        win.dispatchEvent(new Event(LOGGED));
        return length;
      };
    },
  });
  win.__gateLog = [];
}
notifyingLog(window);

/** Resolves once `check()` holds: checked now and on every `gate-log` of `win`. The deadline only reports a hang. */
const until = (check: () => boolean, what: string, win: Window = window) =>
  new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(deadline);
      win.removeEventListener(LOGGED, test);
    };
    const test = () => check() && (stop(), resolve());
    const deadline = setTimeout(() => (stop(), reject(new Error(`timed out waiting for ${what}`))), 3000);
    win.addEventListener(LOGGED, test);
    test();
  });

/** A gated script as a site owner writes it. */
function gated(category: string, options: { src?: string; text?: string; service?: string; attrs?: Record<string, string> } = {}) {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.dataset.category = category;
  if (options.service) s.dataset.service = options.service;
  if (options.src) s.setAttribute('src', options.src);
  if (options.text) s.text = options.text;
  for (const [k, v] of Object.entries(options.attrs ?? {})) s.setAttribute(k, v);
  return s;
}
const log = (entry: string) => `window.__gateLog.push(${JSON.stringify(entry)});`;

/**
 * Appends an inline essential script (always granted) to `parent` and waits until it ran. The gate
 * runs tags in document order, so by then it has done all it was going to do with the tags before
 * it: what has not run by now stays inert. The marker is taken out of the log again.
 */
async function drained(parent: Element) {
  parent.append(gated('essential', { text: log('drained') }));
  await until(() => window.__gateLog.includes('drained'), 'the gate to reach the end of the page');
  window.__gateLog = window.__gateLog.filter((entry) => entry !== 'drained');
}

describe('ScriptGate', () => {
  let store: ConsentStore;
  let gate: ScriptGate;
  let box: HTMLElement;
  let warnings: string[];
  const originalWarn = console.warn;

  beforeEach(() => {
    window.__gateLog = [];
    store = new ConsentStore(config(), { decisions, storage: new MemoryStorage() });
    gate = new ScriptGate(store);
    box = document.createElement('div');
    document.body.append(box);
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
      window.dispatchEvent(new Event(LOGGED));
    };
    // Warnings are codes in the loader; their words come with the diagnostics chunk.
    useDiagnostics(() => import('../../../src/core/config-messages.js'));
  });
  afterEach(() => {
    gate.stop();
    box.remove();
    console.warn = originalWarn;
  });

  it('keeps gated scripts inert and marks them blocked until consent', async () => {
    box.append(gated('analytics', { text: log('inline') }), gated('analytics', { src: `${FIXTURES}/a.js` }));
    gate.start();
    await drained(box);
    expect(window.__gateLog).to.deep.equal([]);
    expect([...box.children].slice(0, 2).map((s) => s.getAttribute('data-seal-state'))).to.deep.equal(['blocked', 'blocked']);
    expect(gate.pending('analytics')).to.have.length(2);
    expect(gate.pending('advertising')).to.have.length(0);
  });

  it('runs inline and external scripts in document order once granted', async () => {
    box.append(
      gated('analytics', { src: `${FIXTURES}/a.js` }),
      gated('analytics', { text: log('inline-1') }),
      gated('analytics', { src: `${FIXTURES}/b.js` }),
      gated('analytics', { text: log('inline-2') }),
      gated('advertising', { text: log('not granted') }),
    );
    gate.start();
    store.set({ analytics: true });
    await until(() => window.__gateLog.length >= 4, 'four scripts');
    await drained(box);
    expect(window.__gateLog).to.deep.equal(['a', 'inline-1', 'b', 'inline-2']);
    expect(gate.pending()).to.have.length(1);
  });

  it('activates what a stored decision already grants as soon as it starts', async () => {
    store.acceptAll();
    box.append(gated('analytics', { text: log('at start') }));
    gate.start();
    await until(() => window.__gateLog.length === 1, 'the script');
    expect(window.__gateLog).to.deep.equal(['at start']);
  });

  it('keeps every attribute and makes the clone executable', async () => {
    store.acceptAll();
    const original = gated('analytics', {
      src: `${FIXTURES}/c.js`,
      service: 'google-analytics',
      attrs: { id: 'ga', crossorigin: 'anonymous', referrerpolicy: 'no-referrer', 'data-type': 'text/javascript' },
    });
    original.nonce = 'n0nce';
    box.append(original);
    gate.start();
    await until(() => window.__gateLog.includes('c'), 'c.js');
    const clone = box.querySelector('#ga') as HTMLScriptElement;
    expect(clone).not.to.equal(original);
    expect(clone.type).to.equal('text/javascript');
    expect(clone.nonce).to.equal('n0nce');
    expect(clone.crossOrigin).to.equal('anonymous');
    expect(clone.referrerPolicy).to.equal('no-referrer');
    expect(clone.dataset.service).to.equal('google-analytics');
    expect(clone.getAttribute('data-seal-state')).to.equal('activated');
  });

  it('keeps the nonce so the script passes a strict Content-Security-Policy', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="script-src 'nonce-abc123'"><body></body>`;
    box.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const withNonce = doc.createElement('script');
    withNonce.type = 'text/plain';
    withNonce.dataset.category = 'analytics';
    withNonce.nonce = 'abc123';
    withNonce.text = 'parent.__gateLog.push("with nonce")';
    const without = doc.createElement('script');
    without.type = 'text/plain';
    without.dataset.category = 'analytics';
    without.text = 'parent.__gateLog.push("without nonce")';
    doc.body.append(withNonce, without);
    const frameGate = new ScriptGate(store, doc);
    frameGate.start();
    store.set({ analytics: true });
    await until(() => window.__gateLog.length > 0, 'the nonce script');
    const marker = doc.createElement('script');
    marker.type = 'text/plain';
    marker.dataset.category = 'essential';
    marker.nonce = 'abc123';
    marker.text = 'parent.__gateLog.push("drained")';
    doc.body.append(marker);
    await until(() => window.__gateLog.includes('drained'), 'the gate to reach the end of the frame');
    window.__gateLog = window.__gateLog.filter((entry) => entry !== 'drained');
    frameGate.stop();
    expect(window.__gateLog).to.deep.equal(['with nonce']);
  });

  it('handles gated tags added later, also nested in added subtrees', async () => {
    gate.start();
    store.set({ analytics: true });
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><script type="text/plain" data-category="analytics">window.__gateLog.push("nested")</script></div>';
    box.append(wrapper);
    box.append(gated('advertising', { text: log('late ad') }));
    await until(() => window.__gateLog.length === 1, 'the nested script');
    expect(window.__gateLog).to.deep.equal(['nested']);
    store.set({ advertising: true });
    await until(() => window.__gateLog.length === 2, 'the late ad script');
    expect(window.__gateLog).to.deep.equal(['nested', 'late ad']);
  });

  it('never runs a script twice', async () => {
    box.append(gated('analytics', { text: log('once') }), gated('analytics', { src: `${FIXTURES}/a.js` }));
    gate.start();
    gate.start();
    store.set({ analytics: true });
    await until(() => window.__gateLog.length === 2, 'both scripts');
    store.acceptAll();
    store.set({ analytics: true });
    box.append(document.createElement('p'));
    await drained(box);
    expect(window.__gateLog).to.deep.equal(['once', 'a']);
  });

  it('waits for the service when the tag names one', async () => {
    box.append(gated('advertising', { service: 'youtube', text: log('youtube') }));
    gate.start();
    store.set({ advertising: true }, { services: { youtube: false } });
    await drained(box);
    expect(window.__gateLog).to.deep.equal([]);
    expect(gate.pending('advertising', 'youtube')).to.have.length(1);
    store.set({ advertising: true }, { services: { youtube: true } });
    await until(() => window.__gateLog.length === 1, 'the youtube script');
  });

  it('gates reCAPTCHA in the essential category until its own opt-in', async () => {
    box.append(gated('essential', { service: 'recaptcha', text: log('recaptcha') }), gated('essential', { text: log('essential') }));
    gate.start();
    await until(() => window.__gateLog.length === 1, 'the essential script');
    expect(window.__gateLog).to.deep.equal(['essential']);
    store.set({}, { services: { recaptcha: true } });
    await until(() => window.__gateLog.length === 2, 'the recaptcha script');
  });

  it('runs Google tags at once in advanced Consent Mode, and only those', async () => {
    gate.stop();
    store = new ConsentStore(config({ googleConsentMode: 'advanced', services: { hotjar: true, 'google-ads': true } }), { decisions, storage: new MemoryStorage() });
    gate = new ScriptGate(store);
    box.append(
      gated('analytics', { service: 'google-analytics', text: log('ga') }),
      gated('advertising', { service: 'google-ads', text: log('ads') }),
      gated('analytics', { service: 'hotjar', text: log('hotjar') }),
      gated('analytics', { text: log('plain') }),
    );
    const frame = document.createElement('iframe');
    frame.dataset.category = 'analytics';
    frame.dataset.service = 'google-analytics';
    frame.dataset.src = 'about:blank';
    box.append(frame);
    gate.start();
    await until(() => window.__gateLog.length === 2, 'the Google tags');
    await drained(box);
    expect(window.__gateLog).to.deep.equal(['ga', 'ads']);
    expect(frame.hasAttribute('src')).to.equal(false);
    store.acceptAll();
    await until(() => window.__gateLog.length === 4, 'the other tags');
  });

  it('keeps Google tags gated in basic Consent Mode', async () => {
    box.append(gated('analytics', { service: 'google-analytics', text: log('ga') }));
    gate.start();
    await drained(box);
    expect(window.__gateLog).to.deep.equal([]);
  });

  it('turns data-src into src (and href for link) on grant', async () => {
    const frame = document.createElement('iframe');
    frame.dataset.category = 'advertising';
    frame.dataset.src = 'about:blank#video';
    const img = document.createElement('img');
    img.dataset.category = 'advertising';
    img.dataset.src = `${FIXTURES}/pixel.svg`;
    img.alt = '';
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.category = 'preferences';
    link.dataset.src = `${FIXTURES}/theme.css`;
    box.append(frame, img, link);
    gate.start();
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(frame.getAttribute('data-seal-state')).to.equal('blocked');
    expect(gate.pending('advertising')).to.deep.equal([frame, img]);
    store.set({ advertising: true });
    expect(frame.getAttribute('src')).to.equal('about:blank#video');
    expect(img.getAttribute('src')).to.equal(`${FIXTURES}/pixel.svg`);
    expect(link.hasAttribute('href')).to.equal(false);
    store.set({ preferences: true });
    expect(link.getAttribute('href')).to.equal(`${FIXTURES}/theme.css`);
    expect(gate.pending()).to.deep.equal([]);
  });

  it('warns about a data-category script that is not type="text/plain"', async () => {
    const early = document.createElement('script');
    early.dataset.category = 'analytics';
    early.text = log('ran early');
    box.append(early);
    gate.start();
    store.acceptAll();
    // The words come with the diagnostics chunk.
    await until(() => warnings.length > 0, 'the warning');
    await drained(box);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('window.__gateLog.push("ran early")');
    expect(warnings[0]).to.contain('it already ran before consent; set type="text/plain"');
    expect(window.__gateLog).to.deep.equal(['ran early']);
  });

  it('warns about a category the config does not define', async () => {
    box.append(gated('stats', { src: '/x.js' }));
    gate.start();
    await until(() => warnings.length > 0, 'the warning');
    await drained(box);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<script src="/x.js">');
    expect(warnings[0]).to.contain('data-category="stats"');
  });

  it('stops following the store and the page after stop()', async () => {
    gate.start();
    gate.stop();
    box.append(gated('analytics', { text: log('after stop') }));
    // A stopped gate leaves no marker to wait for: a live gate on another document, following the
    // same store, is the control. Both hear the same commit; once the live one has run its
    // script, the stopped one would have run its own.
    const frame = document.createElement('iframe');
    box.append(frame);
    const other = frame.contentDocument!;
    notifyingLog(frame.contentWindow as unknown as Window);
    const live = new ScriptGate(store, other);
    live.start();
    other.body.append(gated('analytics', { text: log('live') }));
    store.acceptAll();
    await until(() => (frame.contentWindow as unknown as Window).__gateLog.includes('live'), 'the live gate', frame.contentWindow as unknown as Window);
    live.stop();
    expect(window.__gateLog).to.deep.equal([]);
  });
});
