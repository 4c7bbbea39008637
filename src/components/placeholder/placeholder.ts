import { html, nothing, svg } from 'lit';
import type { ConsentStore } from '../../core/store.js';
import type { CategoryDefinition, Theme } from '../../core/types.js';
import { format, localize, type Strings } from '../../i18n/index.js';
import { SealElement } from '../internal/seal-element.js';
import { theme } from '../internal/theme.styles.js';
import styles from './placeholder.styles.js';

// A screen with a play triangle: "some content would play here".
const embedIcon = svg`<svg viewBox="0 0 40 40" aria-hidden="true" focusable="false"><rect x="4" y="8" width="32" height="24" rx="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M17 15v10l8-5z" fill="currentColor"/></svg>`;

/**
 * @tagname seal-placeholder
 * @summary Stands in for a gated iframe until its category (and service) is
 * granted: it says who provides the content and which consent it waits for,
 * loads it with one click, and leads to the preference center.
 *
 * "Load content" grants exactly what the iframe needs — its service (other
 * services of the category keep their current choice) or, when none is named,
 * its category — and keeps every other choice as it is.
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
export class SealPlaceholder extends SealElement {
  static override styles = [theme, styles];
  static override properties = {
    store: { attribute: false },
    strings: { attribute: false },
    category: {},
    service: {},
    source: {},
    label: {},
    theme: { reflect: true },
  };

  /** The visitor's consent; "Load content" decides through it. */
  store?: ConsentStore;
  strings?: Strings;
  /** The category the content waits for (`data-category` of the iframe). */
  category = '';
  /** The service the content waits for (`data-service`), if any. */
  service?: string;
  /** The address of the blocked content; its host names the provider when no service is named. */
  source?: string;
  /** What the content is (the iframe's `title`). */
  label?: string;
  theme: Theme = 'auto';

  /** The "Cookie settings" button, where focus returns when the preference center closes. */
  get settingsControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="settings-button"]');
  }

  private get definition(): CategoryDefinition | undefined {
    return this.store?.config.categories.find((c) => c.id === this.category);
  }

  private providerName(lang: string): string {
    const svc = this.definition?.services.find((s) => s.id === this.service);
    if (svc) return localize(svc.label, lang) || localize(svc.provider, lang) || svc.id;
    try {
      return new URL(this.source ?? '', this.ownerDocument.baseURI).hostname || (this.service ?? '');
    } catch {
      return this.service ?? '';
    }
  }

  /** Grants what this content needs and nothing else. */
  private load(): void {
    const store = this.store;
    const cat = this.definition;
    if (!store || !cat) return;
    if (!this.service) {
      store.set({ [cat.id]: true });
      return;
    }
    if (!cat.services.some((s) => s.id === this.service)) return;
    const now = store.state.services;
    const services = Object.fromEntries(cat.services.map((s) => [s.id, now[s.id] === true]));
    services[this.service] = true;
    store.set({ [cat.id]: true }, { services });
  }

  protected override render() {
    const s = this.strings;
    if (!s) return nothing;
    const category = localize(this.definition?.label, s.lang) || this.category;
    const message = format(s.embedBlocked, { provider: this.providerName(s.lang), category });
    return html`<div class="frame" part="placeholder" role="group"
      aria-labelledby=${this.label ? 'title' : 'message'} aria-describedby=${this.label ? 'message' : nothing} lang=${s.lang} dir=${s.dir}>
      ${embedIcon}
      ${this.label ? html`<p class="title" part="title" id="title">${this.label}</p>` : nothing}
      <p class="message" part="message" id="message">${message}</p>
      <div class="actions">
        <button class="btn" part="load-button" type="button" @click=${this.load}>${s.embedLoad}</button>
        <button class="btn secondary" part="settings-button" type="button" @click=${() => this.emit('seal-customise', {})}>
          ${s.embedSettings}
        </button>
      </div>
    </div>`;
  }
}
