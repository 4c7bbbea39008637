import type { ConsentStore } from '../../core/store.js';
import type { CategoryDefinition, Theme } from '../../core/types.js';
import { localize } from '../../core/language.js';
import { format } from '../../i18n/format.js';
import type { EmbedWords } from '../../i18n/pieces.js';
import type { Strings } from '../../i18n/strings.js';
import type { SealComponentEventMap } from '../internal/seal-element.js';
import { frame, tokens } from './placeholder.styles.js';

/**
 * What the placeholder says: the visitor's language's `embed` piece (with the
 * default names of categories and catalogue services), or all the interface
 * strings, whose names then come from the config alone.
 */
export type PlaceholderWords = Pick<Strings, 'lang' | 'dir' | 'embedBlocked' | 'embedLoad' | 'embedSettings'> & Partial<Pick<EmbedWords, 'categories' | 'services'>>;

const SVG = 'http://www.w3.org/2000/svg';
// A screen with a play triangle: "some content would play here". Built node by node: no markup is parsed.
const ICON: [string, Record<string, string>][] = [
  ['rect', { x: '4', y: '8', width: '32', height: '24', rx: '4', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }],
  ['path', { d: 'M17 15v10l8-5z', fill: 'currentColor' }],
];

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>): HTMLElementTagNameMap[K];
function make(tag: string, attributes: Record<string, string>, ns: string): Element;
function make(tag: string, attributes: Record<string, string>, ns?: string): Element {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** The properties that follow an attribute of the same name (`theme` is also written back). */
const ATTRIBUTES = ['category', 'service', 'source', 'label', 'theme'];

/** One sheet for every placeholder of the page, made when the first one is. */
let sheet: CSSStyleSheet | undefined;

/** A constructable style sheet, as the Lit elements use: a strict style-src allows it. */
function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(tokens + frame);
  }
  root.adoptedStyleSheets = [sheet];
}

/**
 * @tagname seal-placeholder
 * @summary Stands in for a gated iframe until its category (and service) is
 * granted: it says who provides the content and which consent it waits for,
 * loads it with one click, and leads to the preference center.
 *
 * "Load content" grants exactly what the iframe needs — its service (other
 * services of the category keep their current choice) or, when none is named,
 * its category — and keeps every other choice as it is. The decision rules
 * (the consent chunk) are fetched then, not before: a visitor who never
 * clicks never downloads them.
 *
 * A plain custom element, without Lit: it is what a returning visitor who
 * refused an embed downloads, so it stays a few hundred bytes on top of the
 * shared theme.
 *
 * @attr category - The category the content waits for (`data-category` of the iframe).
 * @attr service - The service the content waits for (`data-service`), if any.
 * @attr source - The address of the blocked content; its host names the provider when no service is named.
 * @attr label - What the content is (the iframe's `title`).
 * @attr theme - `auto` (follows the system), `light` or `dark`; reflected.
 *
 * @event seal-customise - The visitor asked for the preference center.
 *
 * @csspart placeholder - The visible box.
 * @csspart title - The title of the blocked content (the iframe's `title`).
 * @csspart message - What is blocked and why.
 * @csspart load-button - The one-click consent button.
 * @csspart settings-button - The button to the preference center.
 *
 * @cssproperty --seal-color-bg - Background (each colour has a `-dark` twin for the dark scheme).
 * @cssproperty --seal-color-surface - Background of the box.
 * @cssproperty --seal-color-text - Text colour.
 * @cssproperty --seal-color-muted - Secondary text colour.
 * @cssproperty --seal-color-border - Borders and separators.
 * @cssproperty --seal-color-primary - Buttons, links and focus rings.
 * @cssproperty --seal-color-primary-text - Text on buttons.
 * @cssproperty --seal-radius - Corner radius.
 * @cssproperty --seal-space - Base spacing unit.
 * @cssproperty --seal-font - Font family.
 * @cssproperty --seal-font-size - Base font size.
 */
export class SealPlaceholder extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;

  /** The visitor's consent; "Load content" decides through it. */
  declare store?: ConsentStore;
  /** What it says, in the visitor's language. */
  declare strings?: PlaceholderWords;
  /**
   * The categories and services as the visitor is shown them, with the site's names for them
   * (`withSiteTexts()`); without it, those of `store.config`.
   */
  declare categories?: readonly CategoryDefinition[];
  /** The category the content waits for (`data-category` of the iframe). */
  declare category: string;
  /** The service the content waits for (`data-service`), if any. */
  declare service?: string;
  /** The address of the blocked content; its host names the provider when no service is named. */
  declare source?: string;
  /** What the content is (the iframe's `title`). */
  declare label?: string;
  declare theme: Theme;

  /** Resolves after the pending render. */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  /**
   * The values of the declared properties (see the accessors below the class).
   * @internal
   */
  values: Record<string, unknown> = { category: '', theme: 'auto' };
  #pending = false;
  #parts?: { frame: HTMLElement; title: HTMLElement; message: HTMLElement; load: HTMLElement; settings: HTMLElement };

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }));
  }

  /** The "Cookie settings" button, where focus returns when the preference center closes. */
  get settingsControl(): HTMLElement | null {
    return this.#parts?.settings ?? null;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // Our own reflection of `theme` changes nothing.
    if (value !== this.values[name]) (this as unknown as Record<string, unknown>)[name] = value ?? (name === 'category' ? '' : name === 'theme' ? 'auto' : undefined);
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  /** Schedules a render: one per microtask, however many properties change. */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      this.#render();
      return true;
    });
  }

  get #definition(): CategoryDefinition | undefined {
    return (this.categories ?? this.store?.config.categories)?.find((c) => c.id === this.category);
  }

  #providerName(s: PlaceholderWords): string {
    const svc = this.#definition?.services.find((x) => x.id === this.service);
    if (svc) return localize(svc.label, s.lang) || s.services?.[svc.id] || localize(svc.provider, s.lang) || svc.id;
    try {
      return new URL(this.source ?? '', this.ownerDocument.baseURI).hostname || (this.service ?? '');
    } catch {
      return this.service ?? '';
    }
  }

  /** Grants what this content needs and nothing else, once the decision rules are there. */
  #load = (): void => {
    const { store, service } = this;
    const cat = this.#definition;
    if (!store || !cat || (service && !cat.services.some((x) => x.id === service))) return;
    store.whenReady(() => {
      if (!service) {
        store.set({ [cat.id]: true });
        return;
      }
      const now = store.state.services;
      const services = Object.fromEntries(cat.services.map((x) => [x.id, now[x.id] === true]));
      services[service] = true;
      store.set({ [cat.id]: true }, { services });
    });
  };

  /** Builds the box once, then only updates its words: a button keeps focus across renders. */
  #render(): void {
    // Reflected, as the Lit elements do: the theme's :host([theme]) rules read it.
    if (this.getAttribute('theme') !== this.theme) this.setAttribute('theme', this.theme);
    const s = this.strings;
    const root = this.shadowRoot!;
    if (!s) {
      root.replaceChildren();
      this.#parts = undefined;
      return;
    }
    if (!this.#parts) {
      const frame = make('div', { class: 'frame', part: 'placeholder', role: 'group' });
      const icon = make('svg', { viewBox: '0 0 40 40', 'aria-hidden': 'true', focusable: 'false' }, SVG);
      for (const [tag, attributes] of ICON) icon.append(make(tag, attributes, SVG));
      const title = make('p', { class: 'title', part: 'title', id: 'title' });
      const message = make('p', { class: 'message', part: 'message', id: 'message' });
      const actions = make('div', { class: 'actions' });
      const load = make('button', { class: 'btn', part: 'load-button', type: 'button' });
      const settings = make('button', { class: 'btn secondary', part: 'settings-button', type: 'button' });
      load.addEventListener('click', this.#load);
      settings.addEventListener('click', () =>
        this.dispatchEvent(new CustomEvent<SealComponentEventMap['seal-customise']>('seal-customise', { detail: {}, bubbles: true, cancelable: true })));
      actions.append(load, settings);
      frame.append(icon, title, message, actions);
      root.replaceChildren(frame);
      this.#parts = { frame, title, message, load, settings };
    }
    const { frame, title, message, load, settings } = this.#parts;
    const { label } = this;
    const category = localize(this.#definition?.label, s.lang) || s.categories?.[this.category] || this.category;
    frame.lang = s.lang;
    frame.dir = s.dir;
    frame.setAttribute('aria-labelledby', label ? 'title' : 'message');
    if (label) frame.setAttribute('aria-describedby', 'message');
    else frame.removeAttribute('aria-describedby');
    title.hidden = !label;
    title.textContent = label ?? '';
    message.textContent = format(s.embedBlocked, { provider: this.#providerName(s), category });
    load.textContent = s.embedLoad;
    settings.textContent = s.embedSettings;
  }
}

// Each declared property renders again when set (the class declares them for the type checker only).
for (const name of ['store', 'strings', 'categories', ...ATTRIBUTES]) {
  Object.defineProperty(SealPlaceholder.prototype, name, {
    get(this: SealPlaceholder) {
      return this.values[name];
    },
    set(this: SealPlaceholder, value: unknown) {
      this.values[name] = value;
      this.requestUpdate();
    },
  });
}
