import { html, nothing, type PropertyValues } from 'lit';
import type { ConsentStore } from '../../core/store.js';
import type { CategoryDefinition, ServiceDefinition, Theme } from '../../core/types.js';
import type { Strings } from '../../i18n/index.js';
import { FocusTrapController } from '../internal/focus-trap.js';
import { closeIcon } from '../internal/icons.js';
import { SealElement } from '../internal/seal-element.js';
import { theme } from '../internal/theme.styles.js';
import { renderCategory, type CategoryContext } from './category.js';
import { initialChoices, toggleCategory, toggleService, type Choices } from './choices.js';
import { loadPopover, renderDetails } from './details.js';
import categoryStyles from './category.styles.js';
import styles from './preferences.styles.js';

/**
 * @tagname seal-preferences
 * @summary The preference center: a modal dialog with one section per
 * category (switch, description, services with their own switches, cookie
 * table) and Accept all, Reject all, Save choices.
 *
 * Call `show(opener)` to open it; focus moves in, Tab stays inside, Esc
 * closes it and focus returns to `opener`. The switches start from the
 * current decision, else the previous (stale) one, else all off.
 *
 * @event seal-show - The dialog opened.
 * @event seal-hide - The dialog closed (with or without a decision).
 * @event seal-accept-all - After `store.acceptAll()`; `detail` is the change.
 * @event seal-reject-all - After `store.rejectAll()`; `detail` is the change.
 * @event seal-save - After `store.set()` with the switches; `detail` is the change.
 * @event seal-download-receipts - The visitor asked for their receipts (shown when `receiptsAvailable`).
 *
 * @csspart dialog - The dialog box.
 * @csspart title - The heading.
 * @csspart category - Each category section.
 * @csspart switch - Every switch (category and service).
 * @csspart service - Each service row.
 * @csspart info-button - The button opening a service's details.
 * @csspart cookies - Each cookie-table disclosure.
 * @csspart table - Each cookie table.
 * @csspart actions - The row of the three buttons.
 * @csspart button - Each of the three buttons.
 * @csspart accept-all - The Accept all button (also `button`).
 * @csspart reject-all - The Reject all button (also `button`).
 * @csspart save - The Save choices button (also `button`).
 * @csspart close-button - The close button.
 * @csspart receipts-link - The "download my receipts" button.
 *
 * @cssproperty --seal-color-bg - Dialog background (each colour has a `-dark` twin).
 * @cssproperty --seal-color-surface - Background of sections and tables.
 * @cssproperty --seal-color-text - Text colour.
 * @cssproperty --seal-color-muted - Secondary text colour.
 * @cssproperty --seal-color-border - Borders and separators.
 * @cssproperty --seal-color-control - Switch track when off.
 * @cssproperty --seal-color-primary - Buttons, switches on, links, focus rings.
 * @cssproperty --seal-color-primary-text - Text on buttons.
 * @cssproperty --seal-color-backdrop - The backdrop behind the dialog.
 * @cssproperty --seal-radius - Corner radius.
 * @cssproperty --seal-space - Base spacing unit.
 * @cssproperty --seal-font - Font family.
 * @cssproperty --seal-font-size - Base font size.
 * @cssproperty --seal-shadow - Shadow of the dialog.
 */
export class SealPreferences extends SealElement {
  static override styles = [theme, styles, categoryStyles];
  static override properties = {
    store: { attribute: false },
    strings: { attribute: false },
    categories: { attribute: false },
    theme: { reflect: true },
    open: { type: Boolean, reflect: true },
    receiptsAvailable: { type: Boolean, attribute: 'receipts-available' },
    choices: { state: true, attribute: false },
    details: { state: true, attribute: false },
  };

  store?: ConsentStore;
  strings?: Strings;
  /**
   * The categories, services and cookies as the visitor is shown them: the config's, with the
   * default texts in their language (`withDefaultTexts()`); without it, those of `store.config`.
   */
  categories?: readonly CategoryDefinition[];
  /** `auto` follows the system colour scheme; `light` or `dark` force one. */
  theme: Theme = 'auto';
  /** Whether the dialog is open; use `show()` to also remember the opener. */
  open = false;
  /** Show the "Download my consent receipts" button (it emits `seal-download-receipts`). */
  receiptsAvailable = false;

  private choices: Choices = { categories: {}, services: {} };
  private details: { svc: ServiceDefinition; anchor: HTMLElement } | null = null;
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }
  private opener: HTMLElement | null = null;
  private readonly trap = new FocusTrapController(this, () => this.dialog);

  /** Opens the dialog from the store's state; focus returns to `opener` on close. */
  show(opener: HTMLElement | null = null): void {
    this.opener = opener;
    this.open = true;
  }

  /** Closes the dialog without deciding anything. */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every opening starts from the store, so abandoned toggles are never kept.
    if ((changed.has('open') || changed.has('store')) && this.open && this.store) {
      this.choices = initialChoices(this.store);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      const first = this.trap.tabbables()[0];
      first?.focus();
      this.emit('seal-show', {});
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  /** The native dialog closed (Esc, a button, or `hide()`). */
  private onClose(): void {
    this.details = null;
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.emit('seal-hide', {});
  }

  private decide(kind: 'accept-all' | 'reject-all' | 'save'): void {
    const store = this.store;
    if (!store) return;
    if (kind === 'accept-all') this.emit('seal-accept-all', store.acceptAll());
    else if (kind === 'reject-all') this.emit('seal-reject-all', store.rejectAll());
    else this.emit('seal-save', store.set(this.choices.categories, { services: this.choices.services }));
    this.hide();
  }

  private async onDetails(svc: ServiceDefinition, anchor: HTMLElement): Promise<void> {
    const same = this.details?.svc.id === svc.id;
    this.details = null;
    if (same) return;
    await loadPopover();
    this.details = { svc, anchor };
  }

  private closeDetails = (): void => {
    const anchor = this.details?.anchor;
    this.details = null;
    anchor?.focus();
  };

  private onDetailsHide = (event: Event): void => {
    // The popover's own seal-hide is not the dialog closing.
    event.stopPropagation();
    if ((event.target as HTMLElement).dataset.service === this.details?.svc.id) this.details = null;
  };

  private get context(): CategoryContext {
    return {
      strings: this.strings!,
      choices: this.choices,
      openDetails: this.details?.svc.id ?? null,
      gpc: this.store?.gpc === true,
      onCategory: (cat: CategoryDefinition, on: boolean) => (this.choices = toggleCategory(this.choices, cat, on)),
      onService: (cat, svc, on) => (this.choices = toggleService(this.choices, cat, svc, on)),
      onDetails: (svc, anchor) => void this.onDetails(svc, anchor),
    };
  }

  protected override render() {
    const s = this.strings;
    const store = this.store;
    if (!s || !store) return nothing;
    const ctx = this.context;
    return html`<dialog part="dialog" lang=${s.lang} dir=${s.dir} aria-labelledby="title" @close=${this.onClose}>
      <header>
        <h2 id="title" part="title">${s.preferencesTitle}</h2>
        <button class="icon-btn" part="close-button" type="button" aria-label=${s.close} @click=${this.hide}>
          ${closeIcon}
        </button>
      </header>
      <div class="body">
        <p class="intro">${s.preferencesIntro}</p>
        ${(this.categories ?? store.config.categories).map((cat, i) => renderCategory(ctx, cat, i))}
      </div>
      <footer>
        <div class="actions" part="actions">
          <button class="btn" part="button accept-all" type="button" @click=${() => this.decide('accept-all')}>${s.acceptAll}</button>
          <button class="btn" part="button reject-all" type="button" @click=${() => this.decide('reject-all')}>${s.rejectAll}</button>
          <button class="btn" part="button save" type="button" @click=${() => this.decide('save')}>${s.saveChoices}</button>
        </div>
        ${this.receiptsAvailable
          ? html`<button class="link" part="receipts-link" type="button" @click=${() => this.emit('seal-download-receipts', {})}>
              ${s.downloadReceipts}
            </button>`
          : nothing}
      </footer>
      ${this.details ? renderDetails(s, this.details.svc, this.details.anchor, this.closeDetails, this.onDetailsHide) : nothing}
    </dialog>`;
  }
}
