import type { ConsentStore } from '../../core/store.js';
import type { BannerPosition, Theme } from '../../core/types.js';
import type { BannerStrings } from '../../i18n/strings.js';
import { closeCross, h } from '../internal/dom.js';
import { LiteElement } from '../internal/lite-element.js';
import { theme } from '../internal/theme.styles.js';
import styles from './banner.styles.js';

/**
 * @tagname seal-banner
 * @summary The first layer of consent: a short notice with Accept all, Reject
 * all and Customise, three buttons of exactly the same size and style.
 *
 * The bar and box are non-modal regions; `position="modal"` is a modal dialog
 * with a backdrop. Closing without choosing (the cross, or Esc in the modal)
 * is a refusal that is not stored.
 *
 * @event seal-accept-all - After `store.acceptAll()`; `detail` is the change.
 * @event seal-reject-all - After `store.rejectAll()`; `detail` is the change.
 * @event seal-customise - The visitor wants the preference center.
 * @event seal-close - The visitor closed the banner without choosing.
 *
 * @csspart banner - The panel (bar, box or dialog).
 * @csspart title - The heading.
 * @csspart text - The notice and policy link.
 * @csspart actions - The row of the three buttons.
 * @csspart button - Each of the three buttons.
 * @csspart accept-all - The Accept all button (also `button`).
 * @csspart reject-all - The Reject all button (also `button`).
 * @csspart customise - The Customise button (also `button`).
 * @csspart close-button - The close (refuse without storing) button.
 *
 * @cssproperty --seal-color-bg - Panel background (`--seal-color-bg-dark` for the dark scheme, likewise for every colour).
 * @cssproperty --seal-color-surface - Background of the Global Privacy Control notice.
 * @cssproperty --seal-color-text - Text colour.
 * @cssproperty --seal-color-muted - Secondary text colour.
 * @cssproperty --seal-color-border - Borders and separators.
 * @cssproperty --seal-color-primary - Buttons, links and focus rings.
 * @cssproperty --seal-color-primary-text - Text on buttons.
 * @cssproperty --seal-color-backdrop - Backdrop of the modal position.
 * @cssproperty --seal-radius - Corner radius.
 * @cssproperty --seal-space - Base spacing unit.
 * @cssproperty --seal-font - Font family.
 * @cssproperty --seal-font-size - Base font size.
 * @cssproperty --seal-shadow - Shadow of the panel.
 * @cssproperty --seal-z-index - Stacking level.
 */
export class SealBanner extends LiteElement {
  static override styles = [theme, styles];
  static override properties = {
    store: { attribute: false },
    strings: { attribute: false },
    position: { reflect: true },
    theme: { reflect: true },
    open: { type: Boolean, reflect: true },
  } as const;

  /** The visitor's consent; the buttons decide through it. */
  store?: ConsentStore;
  /** The texts to show, from `getBannerStrings()` (or the whole table from `getStrings()`). */
  strings?: BannerStrings;
  /**
   * `bar` along the bottom (default), `box` in a corner, or centred `modal`.
   * @attr position
   * @reflects
   */
  position: BannerPosition = 'bar';
  /**
   * `auto` follows the system colour scheme; `light` or `dark` force one.
   * @attr theme
   * @reflects
   */
  theme: Theme = 'auto';
  /**
   * Whether the banner is shown.
   * @attr open
   * @reflects
   */
  open = false;

  private get panel(): HTMLElement | null {
    return this.renderRoot.querySelector('.panel');
  }
  /** What the shadow tree was built from: it is built again only when one of them changes. */
  private builtFrom?: [BannerStrings | undefined, ConsentStore | undefined, BannerPosition];
  private resizeObserver?: ResizeObserver;
  private savedScrollPadding: string | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseScrollPadding();
  }

  protected override updated(): void {
    const dialog = this.panel instanceof HTMLDialogElement ? this.panel : null;
    if (dialog) {
      if (this.open && !dialog.open) dialog.showModal();
      if (!this.open && dialog.open) dialog.close();
    }
    // Both are no-ops when already done, so every render can ask.
    if (this.open && !dialog) this.reserveScrollPadding();
    else this.releaseScrollPadding();
  }

  /**
   * While a bar or box covers the bottom of the page, keyboard focus must not
   * land underneath it (WCAG 2.4.11): reserve its height as scroll padding.
   */
  private reserveScrollPadding(): void {
    const panel = this.panel;
    if (!panel || this.resizeObserver) return;
    const root = this.ownerDocument.documentElement;
    this.savedScrollPadding = root.style.scrollPaddingBottom;
    this.resizeObserver = new ResizeObserver(() => {
      // offsetTop ignores the entry transition's translate.
      root.style.scrollPaddingBottom = `${Math.ceil(innerHeight - panel.offsetTop + 8)}px`;
    });
    this.resizeObserver.observe(panel);
    this.ownerDocument.addEventListener('focusin', this.onPageFocus);
  }

  /**
   * Scroll padding only helps when the browser scrolls. A page element that
   * is already on screen but under the banner (a box covers part of the
   * viewport, not only its bottom) is scrolled clear; when the page cannot
   * scroll that far, a box moves to the other side.
   */
  private readonly onPageFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    const panel = this.panel;
    if (!(target instanceof Element) || !panel || event.composedPath().includes(this)) return;
    if (!hides(panel, target)) return;
    target.scrollIntoView({ block: 'nearest' });
    if (hides(panel, target) && this.position === 'box') this.toggleAttribute('data-side-start');
  };

  private releaseScrollPadding(): void {
    if (!this.resizeObserver) return;
    this.resizeObserver.disconnect();
    this.resizeObserver = undefined;
    this.ownerDocument.removeEventListener('focusin', this.onPageFocus);
    this.ownerDocument.documentElement.style.scrollPaddingBottom = this.savedScrollPadding ?? '';
    this.savedScrollPadding = null;
  }

  // The decision rules arrive right after the banner is painted; a click before that waits for them.
  private acceptAll(): void {
    const store = this.store;
    store?.whenReady(() => this.emit('seal-accept-all', store.acceptAll()));
  }

  private rejectAll(): void {
    const store = this.store;
    store?.whenReady(() => this.emit('seal-reject-all', store.rejectAll()));
  }

  private close(): void {
    this.emit('seal-close', {});
  }

  private onCancel(event: Event): void {
    // Esc on the modal is the same refusal-without-storing as the cross; the
    // controller decides whether to hide, so the dialog is not closed here.
    event.preventDefault();
    this.close();
  }

  protected override render(): HTMLElement | null | undefined {
    const s = this.strings;
    const store = this.store;
    const built = this.builtFrom;
    // Opening, closing and the theme are attributes of the host: the tree stays, and focus with it.
    if (built && built[0] === s && built[1] === store && built[2] === this.position) return undefined;
    this.builtFrom = [s, store, this.position];
    if (!s || !store) return null;
    const policyUrl = store.config.policyUrl;
    const content = [
      h('div', { class: 'head' },
        h('h2', { id: 'title', part: 'title' }, s.bannerTitle),
        h('button', { class: 'icon-btn close', part: 'close-button', type: 'button', 'aria-label': s.close, onclick: () => this.close() }, closeCross()),
      ),
      h('div', { class: 'text', part: 'text' },
        h('p', { class: 'body' }, s.bannerText),
        store.gpc && h('p', { class: 'gpc' }, s.gpcNotice),
        policyUrl && h('p', { class: 'policy' }, h('a', { href: policyUrl }, s.policyLink)),
      ),
      h('div', { class: 'actions', part: 'actions' },
        h('button', { class: 'btn', part: 'button accept-all', type: 'button', onclick: () => this.acceptAll() }, s.acceptAll),
        h('button', { class: 'btn', part: 'button reject-all', type: 'button', onclick: () => this.rejectAll() }, s.rejectAll),
        h('button', { class: 'btn', part: 'button customise', type: 'button', onclick: () => this.emit('seal-customise', {}) }, s.customise),
      ),
    ];
    const common = { part: 'banner', lang: s.lang, dir: s.dir };
    return this.position === 'modal'
      ? h('dialog', { ...common, class: 'panel', 'aria-labelledby': 'title', oncancel: (e: Event) => this.onCancel(e) }, ...content)
      : h('div', { ...common, class: `panel ${this.position === 'box' ? 'box' : 'bar'}`, role: 'region', 'aria-label': s.bannerLabel }, ...content);
  }
}

/** Whether `panel` covers the whole box of `el`. */
function hides(panel: Element, el: Element): boolean {
  const p = panel.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.top >= p.top && r.bottom <= p.bottom && r.left >= p.left && r.right <= p.right;
}
