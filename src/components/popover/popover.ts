import { css, html } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import { SealElement } from '../internal/seal-element.js';

const MARGIN = 8;

/**
 * @tagname seal-popover
 * @summary An anchored popover (service and cookie details), positioned with
 * floating-ui so it never leaves the viewport: it flips and shifts, and its
 * size is capped to the viewport (the content scrolls beyond that).
 *
 * It opens as soon as it is connected with an `anchor`, in the top layer
 * (native popover, light dismiss and Esc included), and moves focus into
 * its content; closing with focus inside returns focus to the anchor.
 * Its content is slotted, so it is styled by whoever renders it.
 *
 * @slot - The content.
 * @event seal-hide - The popover closed (Esc, a click outside, or `hide()`).
 * @csspart frame - The visible box.
 * @cssproperty --seal-color-bg - Background (inherited from the preference center).
 */
export class SealPopover extends SealElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: auto;
      margin: 0;
      padding: 0;
      border: 0;
      background: transparent;
      color: inherit;
      overflow: visible;
      inline-size: max-content;
      max-inline-size: min(360px, calc(100vw - 16px));
    }
    .frame {
      box-sizing: border-box;
      max-block-size: calc(100dvh - 16px);
      overflow: auto;
      padding: 14px 16px;
      border: 1px solid var(--_border, #d5dae0);
      border-radius: var(--_radius, 10px);
      background: var(--_bg, #fff);
      color: var(--_text, #1c2127);
      box-shadow: var(--_shadow, 0 8px 30px rgb(0 0 0 / 0.2));
    }
  `;
  static override properties = {
    anchor: { attribute: false },
    placement: {},
  };

  /** The element the popover points at. */
  anchor?: HTMLElement;
  /** Preferred side; floating-ui flips it when there is no room. */
  placement: Placement = 'bottom-end';

  private stopUpdates?: () => void;
  private focusWasInside = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.popover = 'auto';
    if (!this.hasAttribute('role')) this.setAttribute('role', 'dialog');
    this.tabIndex = -1;
    this.addEventListener('beforetoggle', this.onBeforeToggle);
    this.addEventListener('toggle', this.onToggle);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopUpdates?.();
    this.stopUpdates = undefined;
    this.removeEventListener('beforetoggle', this.onBeforeToggle);
    this.removeEventListener('toggle', this.onToggle);
    this.removeEventListener('keydown', this.onKeyDown);
  }

  protected override firstUpdated(): void {
    this.show();
  }

  /** Opens next to `anchor` and focuses the first control inside. */
  show(): void {
    const anchor = this.anchor;
    if (!anchor || this.matches(':popover-open')) return;
    // `source` ties the popover to its anchor: clicking the anchor toggles
    // instead of light-dismissing and reopening (TypeScript's DOM lib lacks it).
    (this as unknown as { showPopover(options: { source: HTMLElement }): void }).showPopover({ source: anchor });
    this.stopUpdates = autoUpdate(anchor, this, () => void this.position(anchor));
    const first = this.querySelector<HTMLElement>('button, a[href], input, [tabindex]:not([tabindex="-1"])');
    (first ?? this).focus({ preventScroll: true });
  }

  hide(): void {
    if (this.matches(':popover-open')) this.hidePopover();
  }

  private async position(anchor: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(anchor, this, {
      strategy: 'fixed',
      placement: this.placement,
      middleware: [
        offset(6),
        flip({ padding: MARGIN }),
        // Along both axes: when neither side has room, it may cover its
        // anchor rather than leave the viewport.
        shift({ padding: MARGIN, crossAxis: true }),
      ],
    });
    this.style.left = `${x}px`;
    this.style.top = `${y}px`;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Esc inside the popover closes the popover, never the dialog around it
    // (Chrome groups both close watchers when there was no user activation).
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.hide();
  };

  private readonly onBeforeToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const active = this.ownerDocument.activeElement;
    const root = this.getRootNode() as Document | ShadowRoot;
    this.focusWasInside = this.contains(root.activeElement) || active === this;
  };

  private readonly onToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    this.stopUpdates?.();
    this.stopUpdates = undefined;
    if (this.focusWasInside) this.anchor?.focus();
    this.focusWasInside = false;
    this.emit('seal-hide', {});
  };

  protected override render() {
    return html`<div class="frame" part="frame"><slot></slot></div>`;
  }
}
