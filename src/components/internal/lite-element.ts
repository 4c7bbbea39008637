import type { SealComponentEventMap } from './seal-element.js';

/**
 * A reactive property, declared as in Lit (a subset): `attribute: false` for
 * a JS property only, else it follows the attribute of the same name;
 * `reflect` writes it back; `type: Boolean` for a presence attribute.
 */
export interface PropertyOptions {
  attribute?: false;
  reflect?: boolean;
  type?: BooleanConstructor;
}

const finalized = new WeakSet<object>();

/**
 * The banner's base: a reactive custom element on the DOM alone. The banner is
 * what every first-time visitor downloads before they see anything, so neither
 * LitElement's reactive core (about 2.7 KB gzip) nor lit-html (about 3 KB) comes
 * with it: they arrive with the later parts (preference center, menu, embeds).
 * This keeps the part of LitElement's contract the banner needs: declared
 * properties render again when set (batched in a microtask), reflected
 * attributes, `updated()`, `updateComplete`, adopted style sheets (the same
 * sheets as every other element). `render()` returns the shadow tree's
 * new content, or `undefined` to keep the one it has (see `dom.ts`).
 */
export abstract class LiteElement extends HTMLElement {
  static styles: CSSStyleSheet[] = [];
  static properties: Record<string, PropertyOptions> = {};

  static get observedAttributes(): string[] {
    this.finalize();
    return Object.keys(this.properties).filter((name) => this.properties[name]!.attribute !== false);
  }

  /** Installs an accessor per declared property (once per class, when it is defined). */
  private static finalize(): void {
    if (finalized.has(this)) return;
    finalized.add(this);
    for (const name of Object.keys(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: LiteElement) {
          return this.values.get(name);
        },
        set(this: LiteElement, value: unknown) {
          const old = this.values.get(name);
          if (Object.is(old, value)) return;
          this.values.set(name, value);
          this.requestUpdate();
        },
        configurable: true,
      });
    }
  }

  readonly renderRoot: ShadowRoot;
  /** Resolves after the pending render (true, as LitElement's). */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  private readonly values = new Map<string, unknown>();
  private pending = false;
  private reflecting = false;

  constructor() {
    super();
    const ctor = this.constructor as typeof LiteElement;
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = ctor.styles;
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (this.reflecting) return;
    const options = (this.constructor as typeof LiteElement).properties[name];
    (this as unknown as Record<string, unknown>)[name] = options?.type ? value !== null : value;
  }

  /** Schedules a render (one per microtask, however many properties change). */
  requestUpdate(): void {
    if (this.pending) return;
    this.pending = true;
    this.updateComplete = Promise.resolve().then(() => this.update());
  }

  private update(): boolean {
    this.pending = false;
    // Rendered when connected; connectedCallback asks again.
    if (!this.isConnected) return true;
    const props = (this.constructor as typeof LiteElement).properties;
    this.reflecting = true;
    for (const [name, value] of this.values) {
      if (!props[name]!.reflect) continue;
      if (props[name]!.type) this.toggleAttribute(name, Boolean(value));
      else if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    }
    this.reflecting = false;
    const content = this.render();
    if (content !== undefined) this.renderRoot.replaceChildren(...(content ? [content] : []));
    this.updated();
    return true;
  }

  /** The shadow tree's new content (`null`: empty), or `undefined` to keep what is there. */
  protected abstract render(): Node | null | undefined;

  /** After each render. */
  protected updated(): void {}

  emit<K extends keyof SealComponentEventMap>(name: K, detail: SealComponentEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, cancelable: true }));
  }
}
