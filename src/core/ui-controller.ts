/**
 * What the loader asks of the UI chunk. The loader holds a lazy
 * implementation that fetches `chunks/ui.js` on first use; the chunk's
 * `createUi()` returns the real one.
 */
export interface UiController {
  showBanner(): void;
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
