import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** Rendered (not in a closed `<details>` or `display: none`); Safari before 17.4 has no `checkVisibility()`. */
const visible = (el: HTMLElement): boolean => el.checkVisibility?.() ?? el.getClientRects().length > 0;

/**
 * Keeps Tab and Shift+Tab inside a container of the host's shadow root. A
 * native modal `<dialog>` already makes the page inert, but Tab from its last
 * control would leave for the browser's own interface; the WAI-ARIA modal
 * dialog pattern wants it to wrap to the first control instead.
 */
export class FocusTrapController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** Focusable controls of the container in tab order, skipping hidden ones (closed `<details>`). */
  tabbables(): HTMLElement[] {
    const root = this.container();
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(visible);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // WebKitGTK names Shift+Tab's key "Unidentified" (GTK's ISO_Left_Tab); its code is still Tab.
    if ((event.key !== 'Tab' && event.code !== 'Tab') || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.tabbables();
    if (items.length === 0) return;
    const active = this.host.shadowRoot?.activeElement ?? null;
    // Focus may rest inside on something that is not one of the controls: Firefox makes a
    // scrollable element (the preference center's body, overflow-y: auto) a Tab stop. So the
    // question is not "is it a control?" but "is a control ahead in this direction?": if so the
    // browser's own order is right, if not focus wraps to the other end.
    // compareDocumentPosition() & 4: DOCUMENT_POSITION_FOLLOWING.
    const follows = (el: HTMLElement) => (active!.compareDocumentPosition(el) & 4) > 0;
    if (active && this.container()?.contains(active) && items.some((el) => el !== active && follows(el) !== event.shiftKey)) return;
    event.preventDefault();
    (event.shiftKey ? items[items.length - 1]! : items[0]!).focus();
  };
}
