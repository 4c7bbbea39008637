/**
 * What the loader asks of the UI chunk. The loader holds a lazy
 * implementation that fetches `chunks/ui.js` on first use; the chunk's
 * `createUi()` returns the real one.
 */
export interface UiController {
  /** Shows the banner; resolves once it is rendered (not yet painted), or at once when it no longer should show. */
  showBanner(): Promise<void>;
  /**
   * Fetches what the preference center needs (its element, the rest of the
   * words, the decision rules) without showing it: on the visitor's intent
   * to open it, so the click that follows finds it there.
   */
  preparePreferences(): void;
  /** Opens the preference center; focus returns to `opener` when it closes. */
  showPreferences(opener?: HTMLElement | null): void;
  /**
   * Opens the quick menu of the settings button next to `anchor` (preferences,
   * withdraw, download receipts), or closes it when it is already open there.
   */
  showMenu(anchor: HTMLElement): void;
  /** Hides whatever is shown, without deciding anything. */
  hide(): void;
}
