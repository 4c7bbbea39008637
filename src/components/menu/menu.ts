import { html, nothing } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { ConsentStore } from '../../core/store.js';
import type { Theme } from '../../core/types.js';
import type { Strings } from '../../i18n/index.js';
import { SealElement } from '../internal/seal-element.js';
import { theme } from '../internal/theme.styles.js';
import styles from './menu.styles.js';

const MARGIN = 8;

/**
 * @tagname seal-menu
 * @summary The quick menu of the settings button: privacy preferences,
 * withdraw consent, and download the receipts when there are some.
 *
 * A WAI-ARIA menu in the top layer (a manual popover: a click outside closes
 * it, a click on its button toggles it), positioned with floating-ui next to its anchor so it never leaves the
 * viewport. Arrow keys, Home and End move between items; Esc or Tab closes it
 * and focus returns to the anchor, whose `aria-expanded` it keeps up to date.
 *
 * @event seal-customise - The visitor chose the privacy preferences.
 * @event seal-download-receipts - The visitor chose to download their receipts.
 * @event seal-hide - The menu closed.
 *
 * @csspart menu - The visible box.
 * @csspart item - Each item.
 *
 * @cssproperty --seal-color-bg - Background (each colour has a `-dark` twin for the dark scheme).
 * @cssproperty --seal-color-surface - Background of inset areas.
 * @cssproperty --seal-color-text - Text colour.
 * @cssproperty --seal-color-muted - Secondary text colour.
 * @cssproperty --seal-color-border - Borders and separators.
 * @cssproperty --seal-color-primary - Buttons, links and focus rings.
 * @cssproperty --seal-color-primary-text - Text on buttons.
 * @cssproperty --seal-radius - Corner radius.
 * @cssproperty --seal-space - Base spacing unit.
 * @cssproperty --seal-font - Font family.
 * @cssproperty --seal-font-size - Base font size.
 * @cssproperty --seal-shadow - Shadow of the menu.
 * @cssproperty --seal-z-index - Stacking level.
 */
export class SealMenu extends SealElement {
  static override styles = [theme, styles];
  static override properties = {
    store: { attribute: false },
    strings: { attribute: false },
    anchor: { attribute: false },
    receiptsAvailable: { type: Boolean },
    placement: {},
    theme: { reflect: true },
  };

  /** The visitor's consent; "Withdraw consent" decides through it. */
  store?: ConsentStore;
  strings?: Strings;
  /** The button the menu belongs to. */
  anchor?: HTMLElement;
  /** Shows "Download my consent receipts". */
  receiptsAvailable = false;
  /** Preferred side; floating-ui flips it when there is no room. */
  placement: Placement = 'top-start';
  theme: Theme = 'auto';

  private stopUpdates?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Manual, not auto: the browser's light dismiss does not see through the
    // settings button's shadow root, so pressing the button would close the
    // menu on pointerdown and reopen it on click.
    this.popover = 'manual';
    this.addEventListener('toggle', this.onToggle);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closed();
    this.removeEventListener('toggle', this.onToggle);
    this.removeEventListener('keydown', this.onKeyDown);
  }

  get open(): boolean {
    return this.matches(':popover-open');
  }

  /** Opens next to `anchor` (or the current one) with focus on the first item. */
  async show(anchor: HTMLElement | undefined = this.anchor): Promise<void> {
    if (!anchor || this.open) return;
    this.anchor = anchor;
    await this.updateComplete;
    this.showPopover();
    this.ownerDocument.addEventListener('pointerdown', this.onPointerDown, true);
    anchor.setAttribute('aria-expanded', 'true');
    this.stopUpdates = autoUpdate(anchor, this, () => void this.position(anchor));
    this.items()[0]?.focus({ preventScroll: true });
  }

  /** Closes; with `returnFocus`, focus goes back to the anchor. */
  hide(returnFocus = false): void {
    if (!this.open) return;
    this.hidePopover();
    this.closed();
    // At once, not on the (later) toggle event: an item's action may move focus on.
    if (returnFocus) this.anchor?.focus();
  }

  private closed(): void {
    this.stopUpdates?.();
    this.stopUpdates = undefined;
    this.ownerDocument.removeEventListener('pointerdown', this.onPointerDown, true);
    this.anchor?.setAttribute('aria-expanded', 'false');
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private async position(anchor: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(anchor, this, {
      strategy: 'fixed',
      placement: this.placement,
      middleware: [offset(6), flip({ padding: MARGIN }), shift({ padding: MARGIN, crossAxis: true })],
    });
    this.style.left = `${x}px`;
    this.style.top = `${y}px`;
  }

  private readonly onToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    this.closed();
    this.emit('seal-hide', {});
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    if (!path.includes(this) && !(this.anchor && path.includes(this.anchor))) this.hide();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const items = this.items();
    const current = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        go(current + 1);
        break;
      case 'ArrowUp':
        go(current < 0 ? -1 : current - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(-1);
        break;
      case 'Escape':
      case 'Tab':
        // Esc is handled here rather than by the popover's own close watcher
        // so focus is sure to go back to the button.
        this.hide(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  private choose(action: () => void): void {
    this.hide(true);
    action();
  }

  protected override render() {
    const s = this.strings;
    if (!s) return nothing;
    return html`<div role="menu" part="menu" aria-label=${s.menuLabel} lang=${s.lang} dir=${s.dir}>
      <button role="menuitem" part="item" tabindex="-1" type="button" @click=${() => this.choose(() => this.emit('seal-customise', {}))}>
        ${s.menuPreferences}
      </button>
      <button role="menuitem" part="item" tabindex="-1" type="button" @click=${() => this.choose(() => this.store?.withdraw())}>
        ${s.menuWithdraw}
      </button>
      ${this.receiptsAvailable
        ? html`<button role="menuitem" part="item" tabindex="-1" type="button"
            @click=${() => this.choose(() => this.emit('seal-download-receipts', {}))}>${s.downloadReceipts}</button>`
        : nothing}
    </div>`;
  }
}
