import type { ConsentChange, ConsentState, ReceiptRecord } from './types.js';

/** Every event cookie-seal dispatches on `document`, with its `detail`. */
export interface SealEventMap {
  'seal-ready': ConsentState;
  'seal-change': ConsentChange;
  'seal-receipt': ReceiptRecord;
  'seal-banner-show': Record<string, never>;
  'seal-banner-hide': Record<string, never>;
  'seal-preferences-show': Record<string, never>;
  'seal-preferences-hide': Record<string, never>;
}

export type SealEventName = keyof SealEventMap;

declare global {
  interface GlobalEventHandlersEventMap {
    'seal-ready': CustomEvent<ConsentState>;
    'seal-change': CustomEvent<ConsentChange>;
    'seal-receipt': CustomEvent<ReceiptRecord>;
    'seal-banner-show': CustomEvent<Record<string, never>>;
    'seal-banner-hide': CustomEvent<Record<string, never>>;
    'seal-preferences-show': CustomEvent<Record<string, never>>;
    'seal-preferences-hide': CustomEvent<Record<string, never>>;
  }
}

/** Dispatch a typed cookie-seal event on the document. Host-page listeners that throw cannot break us. */
export function emit<K extends SealEventName>(name: K, detail: SealEventMap[K], target: EventTarget = document): void {
  target.dispatchEvent(new CustomEvent(name, { detail }));
}
