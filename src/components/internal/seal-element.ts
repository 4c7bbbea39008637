import { LitElement } from 'lit';
import type { ConsentChange } from '../../core/types.js';

/** Events the components dispatch on themselves, with their `detail`. */
export interface SealComponentEventMap {
  /** The visitor chose Accept all; `detail` is the store's change. */
  'seal-accept-all': ConsentChange;
  /** The visitor chose Reject all. */
  'seal-reject-all': ConsentChange;
  /** The visitor saved a custom choice in the preference center. */
  'seal-save': ConsentChange;
  /** The visitor asked for the preference center from the banner. */
  'seal-customise': Record<string, never>;
  /** The visitor closed the banner without choosing (a refusal that is not stored). */
  'seal-close': Record<string, never>;
  /** The preference center or a popover opened. */
  'seal-show': Record<string, never>;
  /** The preference center or a popover closed. */
  'seal-hide': Record<string, never>;
  /** The visitor asked to download their consent receipts. */
  'seal-download-receipts': Record<string, never>;
}

declare global {
  interface HTMLElementEventMap {
    'seal-accept-all': CustomEvent<ConsentChange>;
    'seal-reject-all': CustomEvent<ConsentChange>;
    'seal-save': CustomEvent<ConsentChange>;
    'seal-customise': CustomEvent<Record<string, never>>;
    'seal-close': CustomEvent<Record<string, never>>;
    'seal-show': CustomEvent<Record<string, never>>;
    'seal-hide': CustomEvent<Record<string, never>>;
    'seal-download-receipts': CustomEvent<Record<string, never>>;
  }
}

/**
 * The base of every cookie-seal element: a typed `emit()` for its events.
 * Events bubble but are not composed: they are meant for whoever holds the
 * element, not for every listener up through foreign shadow roots.
 */
export class SealElement extends LitElement {
  emit<K extends keyof SealComponentEventMap>(name: K, detail: SealComponentEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, cancelable: true }));
  }
}

export { define } from './define.js';
