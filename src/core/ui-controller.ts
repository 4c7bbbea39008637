/**
 * What the loader asks of the UI chunk. The loader holds a lazy
 * implementation that fetches `chunks/ui.js` on first use; the chunk's
 * `createUi()` returns the real one.
 */
export interface UiController {
  showBanner(): void;
  /** Opens the preference center; focus returns to `opener` when it closes. */
  showPreferences(opener?: HTMLElement | null): void;
  /** Hides whatever is shown, without deciding anything. */
  hide(): void;
}
