import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ScriptGate } from '../../src/core/gating.js';
import type { ConsentStore } from '../../src/core/store.js';
import type { SealConfigInput } from '../../src/core/types.js';
import { mountPlaceholders, type Placeholders } from '../../src/placeholders/index.js';
import { theme, themeCss } from '../../src/components/internal/theme.styles.js';
import { tokens } from '../../src/components/placeholder/placeholder.styles.js';
import type { SealPlaceholder } from '../../src/components/placeholder/placeholder.js';
import { deepActive, makeStore, pressChord, transitionsDone, waitUntil } from './helpers.js';

// A same-origin page, so activating an iframe loads something real and offline.
const VIDEO = '/test/unit/core/fixtures/pixel.svg';
// A second advertising service, to see that one click grants only the one asked for.
const WITH_VIMEO: SealConfigInput = { services: { vimeo: { category: 'advertising', label: 'Vimeo' } } };

function gatedIframe(attrs: Record<string, string>): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries({ width: '560', height: '315', ...attrs })) iframe.setAttribute(name, value);
  return iframe;
}

describe('seal-placeholder (gated iframes)', () => {
  let box: HTMLElement;
  let gate: ScriptGate;
  let placeholders: Placeholders | undefined;
  let opened: HTMLElement[];

  async function start(store: ConsentStore, iframes: HTMLIFrameElement[], lang = 'en') {
    box.append(...iframes);
    gate = new ScriptGate(store);
    gate.start();
    opened = [];
    placeholders = mountPlaceholders(store, { lang, gate, openPreferences: (opener) => opened.push(opener) });
    await waitUntil(() => box.querySelectorAll('seal-placeholder').length === iframes.filter((f) => f.dataset.seal !== 'skip').length);
    for (const el of box.querySelectorAll('seal-placeholder')) await el.updateComplete;
  }

  const shown = () => [...box.querySelectorAll('seal-placeholder')];
  const button = (el: SealPlaceholder, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;
  const text = (el: SealPlaceholder) => el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();

  beforeEach(() => {
    box = document.createElement('div');
    box.style.inlineSize = '700px';
    document.body.append(box);
  });
  afterEach(async () => {
    placeholders?.stop();
    gate?.stop();
    box.remove();
  });

  it('stands before the blocked iframe with its size, naming the service and the category, accessibly', async () => {
    const { store } = makeStore();
    const iframe = gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO, title: 'Workshop film' });
    box.append(iframe);
    const size = iframe.getBoundingClientRect();
    await start(store, [iframe]);
    const [el] = shown() as SealPlaceholder[];
    expect(el.nextElementSibling).to.equal(iframe);
    expect(iframe.isConnected && getComputedStyle(iframe).display).to.equal('none');
    expect(iframe.hasAttribute('src')).to.equal(false);
    const r = el.getBoundingClientRect();
    expect(Math.abs(r.width - size.width)).to.be.below(1);
    expect(Math.abs(r.height - size.height)).to.be.below(1);
    expect(text(el)).to.equal('This content from YouTube is blocked until you allow Advertising & marketing.');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Workshop film');
    expect(button(el, 'load-button').textContent!.trim()).to.equal('Load content');
    expect(button(el, 'settings-button').textContent!.trim()).to.equal('Cookie settings');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in French, in the dark theme, and names the host when no service is given', async () => {
    const { store } = makeStore({ theme: 'dark' });
    await start(store, [gatedIframe({ 'data-category': 'analytics', 'data-src': 'https://maps.example.org/embed?x=1' })], 'fr');
    const [el] = shown() as SealPlaceholder[];
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(text(el)).to.equal('Ce contenu de maps.example.org est bloqué tant que vous n’autorisez pas «\u202fAnalytique\u202f».');
    expect(button(el, 'load-button').textContent!.trim()).to.equal('Charger le contenu');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('"Load content" grants that service only, keeps other choices, and the iframe loads in place', async () => {
    const { store } = makeStore(WITH_VIMEO);
    const youtube = gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO });
    const vimeo = gatedIframe({ 'data-category': 'advertising', 'data-service': 'vimeo', 'data-src': VIDEO });
    await start(store, [youtube, vimeo]);
    const [first] = shown() as SealPlaceholder[];
    const box1 = first.getBoundingClientRect();
    button(first, 'load-button').click();
    const { state } = store;
    expect(state.decided).to.equal(true);
    expect(store.current?.m).to.equal('custom');
    expect(state.services).to.include({ youtube: true, vimeo: false, 'google-analytics': false, recaptcha: false });
    expect(state.categories).to.include({ advertising: true, analytics: false, preferences: false, interaction: false });
    await waitUntil(() => shown().length === 1, 'the YouTube placeholder goes');
    expect(youtube.getAttribute('src')).to.equal(VIDEO);
    expect(youtube.style.display).to.equal('');
    const box2 = youtube.getBoundingClientRect();
    expect([box2.x, box2.y, box2.width, box2.height].map(Math.round), 'the iframe takes the box it left').to.deep.equal(
      [box1.x, box1.y, box1.width, box1.height].map(Math.round),
    );
    expect(vimeo.hasAttribute('src')).to.equal(false);
    expect((shown()[0] as SealPlaceholder).service).to.equal('vimeo');
  });

  it('without a service, "Load content" grants the category', async () => {
    const { store } = makeStore();
    const iframe = gatedIframe({ 'data-category': 'preferences', 'data-src': VIDEO });
    await start(store, [iframe]);
    button(shown()[0] as SealPlaceholder, 'load-button').click();
    expect(store.state.categories).to.include({ preferences: true, advertising: false, analytics: false });
    await waitUntil(() => shown().length === 0);
    expect(iframe.getAttribute('src')).to.equal(VIDEO);
  });

  it('works from the keyboard: Tab to "Load content", Enter loads, focus lands on the iframe', async () => {
    const { store } = makeStore();
    const iframe = gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO });
    const before = document.createElement('button');
    before.textContent = 'before';
    box.append(before);
    await start(store, [iframe]);
    const el = shown()[0] as SealPlaceholder;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(button(el, 'load-button'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(button(el, 'settings-button'));
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal([button(el, 'settings-button')]);
    expect(store.state.decided).to.equal(false, 'opening the settings decides nothing');
    await pressChord('Shift', 'Tab');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shown().length === 0);
    expect(document.activeElement).to.equal(iframe);
  });

  it('goes when consent comes from elsewhere, follows iframes added and removed later, and stop() restores the page', async () => {
    const { store } = makeStore();
    const first = gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO, style: 'display: block' });
    await start(store, [first]);
    const late = gatedIframe({ 'data-category': 'analytics', 'data-src': VIDEO });
    box.append(late);
    await waitUntil(() => shown().length === 2, 'a placeholder for the late iframe');
    late.remove();
    await waitUntil(() => shown().length === 1, 'its placeholder leaves with it');
    placeholders!.stop();
    expect(shown().length).to.equal(0);
    expect(first.style.display).to.equal('block');
    placeholders = mountPlaceholders(store, { lang: 'en', gate, openPreferences: () => {} });
    await waitUntil(() => shown().length === 1);
    store.acceptAll();
    await waitUntil(() => shown().length === 0, 'accepting elsewhere removes it');
    expect(first.getAttribute('src')).to.equal(VIDEO);
  });

  it('shows nothing for an iframe whose category the config does not know', async () => {
    const { store } = makeStore();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const known = gatedIframe({ 'data-category': 'analytics', 'data-src': VIDEO });
      await start(store, [gatedIframe({ 'data-category': 'nonsense', 'data-src': VIDEO, 'data-seal': 'skip' }), known]);
      expect(shown().length).to.equal(1);
      expect(shown()[0].nextElementSibling).to.equal(known);
    } finally {
      console.warn = warn;
    }
  });

  it('fits a 320 px wide screen: it shrinks with the page and its buttons stay on screen', async () => {
    // The placeholder sizes itself by its container (a container query), so a 320 px column is
    // the phone's screen; the iframe asks for 560 px.
    box.style.inlineSize = '320px';
    const { store } = makeStore();
    await start(store, [gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO })]);
    const el = shown()[0] as SealPlaceholder;
    const column = box.getBoundingClientRect();
    expect(el.getBoundingClientRect().right).to.be.at.most(column.right);
    for (const part of ['load-button', 'settings-button']) {
      const r = button(el, part).getBoundingClientRect();
      expect(r.left, part).to.be.at.least(column.left);
      expect(r.right, part).to.be.at.most(column.right);
      expect(r.height, part).to.be.at.least(24);
    }
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('uses the shared theme\'s tokens: every property and rule it keeps says what the theme says', () => {
    // The placeholder carries its own copy of the part of the theme it uses (it must not fetch Lit's styles).
    const declarations = (text: string) => new Set(text.replace(/\s+/g, ' ').split(/[;{}]/).map((d) => d.trim()).filter((d) => d.startsWith('--_')));
    const own = declarations(tokens);
    const shared = declarations(themeCss);
    expect(own.size).to.be.above(10);
    for (const d of own) expect(shared.has(d), d).to.equal(true);
  });

  it('looks like the other elements: the same colours, light and dark, on the same page', async () => {
    const { store } = makeStore();
    await start(store, [gatedIframe({ 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO })]);
    const el = shown()[0] as SealPlaceholder;
    const probe = document.createElement('seal-probe-theme');
    probe.attachShadow({ mode: 'open' }).adoptedStyleSheets = [theme];
    box.append(probe);
    const look = (host: HTMLElement) => ['--_surface', '--_text', '--_primary', '--_border'].map((p) => getComputedStyle(host).getPropertyValue(p).trim());
    const seen: string[][] = [];
    for (const mode of ['light', 'dark']) {
      el.theme = mode as 'light' | 'dark';
      probe.setAttribute('theme', mode);
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal(mode);
      expect(look(el), mode).to.deep.equal(look(probe));
      seen.push(look(el));
    }
    expect(seen[0], 'light and dark differ').to.not.deep.equal(seen[1]);
  });
});
