/**
 * Runs inside a sized iframe (see layout.test.ts): the frame is the viewport,
 * so the banner's fixed position and media queries see 320 or 1280 px the way
 * a phone or a desktop would, in every engine (no runner-specific viewport call).
 */
import 'axe-core/axe.min.js';
import { decisions } from '../../src/core/decisions.js';
import { parseConfig } from '../../src/core/config-full.js';
import { ConsentStore } from '../../src/core/store.js';
import { getStrings } from '../../src/i18n/index.js';
import { withDefaultTexts } from '../../src/i18n/default-texts.js';
import '../../src/components/banner/define.js';
import '../../src/components/preferences/define.js';
import type { SealBanner } from '../../src/components/banner/banner.js';
import type { SealPreferences } from '../../src/components/preferences/preferences.js';

const storage = { read: () => null, write() {} };

/** Every element under `root`, through open shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const settled = async (el: Element) => {
  await new Promise(requestAnimationFrame);
  await Promise.all((el.shadowRoot ?? el).getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
  await new Promise(requestAnimationFrame);
};

/** Mounts the banner or the opened preference center in `lang`, with the catalogue's services of a real site. */
export async function mount(kind: 'banner' | 'preferences', lang: string, position: 'bar' | 'box' | 'modal' = 'bar'): Promise<Element> {
  document.body.replaceChildren();
  document.documentElement.lang = lang;
  const { config } = parseConfig({ policyUrl: '/privacy', lang, services: { vimeo: true, hotjar: true, matomo: true } }, () => {});
  const store = new ConsentStore(config, { decisions, storage, gpc: true });
  const strings = await getStrings(lang);
  if (kind === 'banner') {
    const el = document.createElement('seal-banner') as SealBanner;
    Object.assign(el, { store, strings, position, open: true });
    document.body.append(el);
    await el.updateComplete;
    await settled(el);
    return el;
  }
  const categories = await withDefaultTexts(config.categories, lang);
  const el = document.createElement('seal-preferences') as SealPreferences;
  Object.assign(el, { store, strings, categories });
  document.body.append(el);
  await el.updateComplete;
  el.show(null);
  await el.updateComplete;
  // Every category's details open: the cookie tables are the widest content.
  for (const d of deep(el)) if (d instanceof HTMLDetailsElement) d.open = true;
  await settled(el);
  for (const child of deep(el)) if ('updateComplete' in child) await (child as SealBanner).updateComplete;
  return el;
}

export interface Layout {
  /** Text that does not fit its box: `scrollWidth > clientWidth`. */
  overflowing: string[];
  /** Boxes that reach outside the viewport. */
  outside: string[];
  /** Width × height of the three decision buttons. */
  decisionButtons: string[];
  lang: string | null;
  dir: string | null;
}

const name = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

/** What the visitor would see go wrong in `host`'s rendering. */
export function measure(host: Element): Layout {
  const overflowing: string[] = [];
  const outside: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const el of deep(host.shadowRoot!)) {
    if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
    if (/^(button|h2|h3|a|label|th|td|summary|p|span)$/.test(el.localName) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth) {
      overflowing.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) outside.push(`${name(el)}: ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
  }
  const panel = host.shadowRoot!.querySelector('[part~=banner], [part~=dialog]')!;
  const p = panel.getBoundingClientRect();
  if (p.top < -0.5 || p.bottom > document.documentElement.clientHeight + 0.5) outside.push(`${name(panel)}: top ${p.top}, bottom ${p.bottom}`);
  const decisionButtons = [...host.shadowRoot!.querySelectorAll('.actions > button')]
    .map((b) => b.getBoundingClientRect())
    .map((r) => `${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`);
  return { overflowing, outside, decisionButtons, lang: panel.getAttribute('lang'), dir: panel.getAttribute('dir') };
}

/** axe-core's violations (rule ids and the nodes), the element's shadow tree included. */
export async function violations(host: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: { run(el: Element, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const result = await axe.run(host, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
