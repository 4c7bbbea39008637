import { fixture, html, waitUntil as pollUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { decisions } from '../../src/core/decisions.js';
import { parseConfig } from '../../src/core/config-full.js';
import { ConsentStore, type ConsentStorage } from '../../src/core/store.js';
import type { BannerPosition, SealConfigInput, StoredConsent } from '../../src/core/types.js';
import { getStrings } from '../../src/i18n/index.js';
import { withDefaultTexts } from '../../src/i18n/default-texts.js';
import '../../src/components/banner/define.js';
import '../../src/components/preferences/define.js';
import type { SealBanner } from '../../src/components/banner/banner.js';
import type { SealPreferences } from '../../src/components/preferences/preferences.js';

export class MemoryStorage implements ConsentStorage {
  constructor(public record: StoredConsent | null = null) {}
  read() {
    return this.record;
  }
  write(r: StoredConsent) {
    this.record = r;
  }
}

/**
 * open-wc's `waitUntil()` with 10 s instead of 1 s by default: the first wait of a file often
 * covers fetching and compiling its chunks, which on a loaded machine takes seconds.
 */
export const waitUntil: typeof pollUntil = (predicate, message, options = {}) => pollUntil(predicate, message, { timeout: 10000, ...options });

/** A store over the real default categories (five, with google-analytics, recaptcha, youtube). */
export function makeStore(input: SealConfigInput = {}, options: { gpc?: boolean; record?: StoredConsent | null } = {}) {
  const { config } = parseConfig({ policyUrl: '/privacy#cookies', ...input }, () => {});
  const storage = new MemoryStorage(options.record ?? null);
  return { store: new ConsentStore(config, { decisions, storage, gpc: options.gpc }), storage };
}

export async function bannerFixture(
  store: ConsentStore,
  { lang = 'en', position = 'bar' as BannerPosition, theme = 'auto' } = {},
): Promise<SealBanner> {
  const strings = await getStrings(lang, store.config.texts);
  const el = await fixture<SealBanner>(
    html`<seal-banner .store=${store} .strings=${strings} position=${position} theme=${theme} open></seal-banner>`,
  );
  await el.updateComplete;
  return el;
}

export async function preferencesFixture(store: ConsentStore, { lang = 'en', theme = 'auto' } = {}): Promise<SealPreferences> {
  const strings = await getStrings(lang, store.config.texts);
  // As the UI chunk does before it opens the preference center.
  const categories = await withDefaultTexts(store.config.categories, lang);
  const el = await fixture<SealPreferences>(html`<seal-preferences .store=${store} .strings=${strings} .categories=${categories} theme=${theme}></seal-preferences>`);
  return el;
}

/** Opens the preference center from a real button that then should get focus back. */
export async function openPreferences(el: SealPreferences): Promise<HTMLButtonElement> {
  const opener = document.createElement('button');
  opener.textContent = 'Cookie settings';
  document.body.append(opener);
  opener.focus();
  el.show(opener);
  await el.updateComplete;
  await transitionsDone(el);
  return opener;
}

/**
 * Waits for the element's opening transitions: axe measures colours as they
 * are painted, and a half-faded dialog has lower contrast than the real one.
 */
export async function transitionsDone(el: Element): Promise<void> {
  await new Promise(requestAnimationFrame);
  await Promise.all((el.shadowRoot ?? el).getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A button of the element's shadow root by its visible text. */
export function buttonByText(el: Element, text: string | RegExp): HTMLButtonElement {
  const match = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!match) throw new Error(`no button ${text}`);
  return match;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Real key events for a key pressed while others are held (`pressChord('Shift', 'Tab')`), in every
 * engine: web-test-runner's `sendKeys` has `down`/`up` for puppeteer only (scripts/wtr/key-chord.mjs).
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}

/**
 * Presses Tab (or Shift+Tab) until focus comes back to where it started, and returns the elements
 * focused on the way (looking through shadow roots), the start last; gives up after `limit` presses.
 */
export async function tabCycle(backwards: boolean, limit: number): Promise<(Element | null)[]> {
  const start = deepActive();
  const seen: (Element | null)[] = [];
  while (seen.length < limit) {
    if (backwards) await pressChord('Shift', 'Tab');
    else await sendKeys({ press: 'Tab' });
    seen.push(deepActive());
    if (seen[seen.length - 1] === start) break;
  }
  return seen;
}

/**
 * A real small viewport for layout tests, in every engine: a same-origin iframe of that size whose
 * page imports `modules` (URLs from the test server's root), so the components are defined, laid
 * out and positioned in its own window. (WebDriver has no `setViewport`, and resizing the test
 * page would not be undone if a test failed half-way.) Remove the frame when done.
 */
export async function viewportFrame<M extends unknown[]>(
  width: number,
  height: number,
  modules: string[],
): Promise<{ frame: HTMLIFrameElement; win: Window; modules: M }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0; display: block;`;
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0"><script type="module">
    window.loaded = Promise.all(${JSON.stringify(modules.map((m) => new URL(m, location.href).href))}.map((url) => import(url)));
  </script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { loaded: Promise<M> };
  return { frame, win, modules: await win.loaded };
}
