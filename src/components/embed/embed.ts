import { html, nothing, svg, unsafeCSS, type PropertyValues } from 'lit';
import type { ConsentStore } from '../../core/store.js';
import type { CategoryDefinition, ServiceDefinition, Theme } from '../../core/types.js';
import { format, localize, type Strings } from '../../i18n/index.js';
import { SealElement } from '../internal/seal-element.js';
import { theme } from '../internal/theme.styles.js';
import { frame as frameStyles } from '../placeholder/placeholder.styles.js';
import { FormFlow, type FormStatus } from './form-flow.js';
import styles from './embed.styles.js';

// The same screen-with-a-play-triangle as the iframe placeholders: one look for blocked content.
const embedIcon = svg`<svg viewBox="0 0 40 40" aria-hidden="true" focusable="false"><rect x="4" y="8" width="32" height="24" rx="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M17 15v10l8-5z" fill="currentColor"/></svg>`;

const FOCUSABLE = 'iframe, video, audio, a[href], button, input, select, textarea, [tabindex]';

/**
 * @tagname seal-embed
 * @summary In-place consent for the content it wraps (a video, a map, a form
 * protected by reCAPTCHA). Until its service is granted it says what will
 * load, who provides it and which cookies it sets, with one button that
 * allows the service everywhere (receipt included) and a way to the
 * preference center. The content appears without a reload once granted,
 * whoever granted it.
 *
 * A wrapped `<form>` stays visible and usable: sending it before consent
 * opens a small inline prompt ("Allow reCAPTCHA to send this form"); Allow
 * grants the service, waits for reCAPTCHA and continues the submission
 * (see `recaptcha.ts` for the v2 and v3 markup).
 *
 * The content itself must still be gated (`data-src` + `data-category` on
 * the iframe, `type="text/plain"` on the reCAPTCHA script): the element asks,
 * the gate loads.
 *
 * @slot - The gated content.
 * @event seal-customise - The visitor asked for the preference center.
 *
 * @csspart placeholder - The box shown instead of content that is not allowed yet.
 * @csspart title - What will load.
 * @csspart message - Who provides it.
 * @csspart cookies - The cookies the service sets.
 * @csspart allow-button - The one-click consent button.
 * @csspart settings-button - The way to the preference center.
 * @csspart prompt - The inline consent prompt of a form.
 * @csspart cancel-button - The prompt's Cancel button.
 * @csspart status - Progress and problems while a form is sent.
 *
 * @cssproperty --seal-color-surface - Background of the placeholder and the prompt.
 * @cssproperty --seal-color-primary - Buttons, focus rings and the prompt's edge.
 */
export class SealEmbed extends SealElement {
  static override styles = [theme, unsafeCSS(frameStyles), styles];
  static override properties = {
    store: { attribute: false },
    strings: { attribute: false },
    categories: { attribute: false },
    // Reflected: a service set as a property after wiring (frameworks do) is seen by the placeholders' observer.
    service: { reflect: true },
    label: {},
    theme: { reflect: true },
    decisions: { state: true, attribute: false },
  };

  /** The visitor's consent; Allow decides through it. */
  store?: ConsentStore;
  strings?: Strings;
  /**
   * The categories and services as the visitor is shown them (`withDefaultTexts()`), possibly with
   * only the services of the page's embeds; for a service they lack, those of `store.config`.
   */
  categories?: readonly CategoryDefinition[];
  /** The id of the service the content needs (`recaptcha`, `youtube`, …). */
  service = '';
  /** What the content is; defaults to the `title` of the wrapped element, then the service label. */
  label?: string;
  theme: Theme = 'auto';

  /** Bumped on every decision so the element renders from the store again. */
  private decisions = 0;
  private readonly flow = new FormFlow(this);
  private unsubscribe?: () => void;
  /** The content's box before the placeholder hid it, so the page does not move. */
  private box?: { width: number; height: number };
  private warned = false;

  /** The embed names a service the config defines. */
  get known(): boolean {
    return this.category !== undefined;
  }

  /** Its service is granted now. */
  get granted(): boolean {
    const category = this.category;
    return category !== undefined && this.store?.isGranted(category.id, this.service) === true;
  }

  /** The "Cookie settings" button, where focus returns when the preference center closes. */
  get settingsControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="settings-button"]');
  }

  private get category(): CategoryDefinition | undefined {
    const has = (c: CategoryDefinition) => c.services.some((s) => s.id === this.service);
    return this.categories?.find(has) ?? this.store?.config.categories.find(has);
  }

  private get definition(): ServiceDefinition | undefined {
    return this.category?.services.find((s) => s.id === this.service);
  }

  /**
   * Grants this service and nothing else: its category (when needed) with
   * every other service of that category kept as it is. The decision rules
   * may still be on their way (the page fetches them on the first click):
   * the promise settles once the decision is made.
   */
  grant(): Promise<void> {
    return new Promise((resolve) => this.decide(resolve));
  }

  /** What `grant()` does; `then` runs right after the decision (at once when the rules are there). */
  private decide(then: () => void): void {
    const store = this.store;
    const service = this.service;
    // The store's own category: the one shown may list only the services of the page's embeds.
    const category = store?.config.categories.find((c) => c.services.some((s) => s.id === service));
    if (!store || !category) return then();
    store.whenReady(() => {
      const now = store.state.services;
      const services = Object.fromEntries(category.services.map((s) => [s.id, now[s.id] === true]));
      services[service] = true;
      store.set({ [category.id]: true }, { services });
      then();
    });
  }

  override connectedCallback(): void {
    const content = this.firstElementChild;
    if (content && !this.hasUpdated) {
      // Measured while the content is still laid out in the page.
      const { width, height } = content.getBoundingClientRect();
      if (width > 0 && height > 0) this.box = { width, height };
    }
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.listen();
    }
    if (this.store && this.service && !this.known && !this.warned) {
      this.warned = true;
      console.warn(`cookie-seal: <seal-embed service="${this.service}"> names a service the config does not define; add it under "services".`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM: a style attribute (styleMap's first render writes one) breaks a strict style-src.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame && this.box) frame.style.aspectRatio = `${this.box.width} / ${this.box.height}`;
  }

  private listen(): void {
    if (this.store && this.isConnected && !this.unsubscribe) {
      this.unsubscribe = this.store.subscribe(() => this.decisions++);
    }
  }

  private allowContent(): void {
    this.decide(
      () =>
        void this.updateComplete.then(() => {
          // The button the visitor pressed is gone: keep their place on the page.
          this.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
        }),
    );
  }

  protected override render() {
    const s = this.strings;
    const svc = this.definition;
    if (!s || !svc) return html`<slot></slot>`;
    if (this.querySelector('form')) return this.renderForm(s, svc);
    return this.granted ? html`<slot></slot>` : this.renderPlaceholder(s, svc);
  }

  private texts(s: Strings, svc: ServiceDefinition) {
    const name = localize(svc.label, s.lang) || svc.id;
    let host = '';
    try {
      const src = this.querySelector('[data-src]')?.getAttribute('data-src');
      if (src) host = new URL(src, this.ownerDocument.baseURI).hostname;
    } catch {
      // A malformed address only costs the fallback name.
    }
    const provider = localize(svc.provider, s.lang) || host || name;
    return { name, provider, description: localize(svc.description, s.lang) };
  }

  private renderCookies(s: Strings, svc: ServiceDefinition, id: string) {
    const cookies = svc.cookies ?? [];
    if (!cookies.length) return nothing;
    return html`<div class="cookies" part="cookies">
      <p id=${id}>${s.embedCookies}</p>
      <ul aria-labelledby=${id}>
        ${cookies.map((c) => {
          const duration = localize(c.duration, s.lang);
          return html`<li>${duration ? format(s.embedCookie, { name: c.name, duration }) : c.name}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderPlaceholder(s: Strings, svc: ServiceDefinition) {
    const { name, provider, description } = this.texts(s, svc);
    const title = this.label || this.querySelector('[title]')?.getAttribute('title') || name;
    const described = svc.cookies?.length ? 'message cookies-label' : 'message';
    return html`<div class="frame" part="placeholder" role="group"
      aria-labelledby="title" aria-describedby=${described} lang=${s.lang} dir=${s.dir}>
      ${embedIcon}
      <p class="title" part="title" id="title">${title}</p>
      <p class="message" part="message" id="message">
        ${format(s.embedIntro, { service: name, provider })}${description ? html` ${description}` : nothing}
      </p>
      ${this.renderCookies(s, svc, 'cookies-label')}
      <div class="actions">
        <button class="btn" part="allow-button" type="button" @click=${this.allowContent}>${format(s.embedAllow, { service: name })}</button>
        <button class="btn secondary" part="settings-button" type="button" @click=${() => this.emit('seal-customise', {})}>
          ${s.embedSettings}
        </button>
      </div>
    </div>`;
  }

  private renderForm(s: Strings, svc: ServiceDefinition) {
    const { name, provider, description } = this.texts(s, svc);
    const status: Record<FormStatus, string> = {
      '': '',
      sending: s.formSending,
      tick: s.formTick,
      failed: format(s.formFailed, { service: name }),
    };
    const prompt = this.flow.prompting && !this.granted;
    return html`<slot></slot>
      ${prompt
        ? html`<div class="prompt" part="prompt" role="group" tabindex="-1" lang=${s.lang} dir=${s.dir}
            aria-labelledby="prompt-title" aria-describedby="prompt-text"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.flow.cancel()}>
            <p class="title" id="prompt-title">${format(s.formPrompt, { service: name })}</p>
            <div id="prompt-text" class="message">
              <p>${description || format(s.embedIntro, { service: name, provider })}</p>
              <p>${s.provider} ${provider}</p>
              ${this.renderCookies(s, svc, 'prompt-cookies')}
            </div>
            <div class="actions">
              <button class="btn" part="allow-button" type="button" @click=${() => this.flow.allow()}>${s.formAllow}</button>
              <button class="btn secondary" part="cancel-button" type="button" @click=${() => this.flow.cancel()}>${s.formCancel}</button>
            </div>
          </div>`
        : nothing}
      <p class="status" part="status" role="status" tabindex="-1" lang=${s.lang} dir=${s.dir}>${status[this.flow.status]}</p>`;
  }
}
