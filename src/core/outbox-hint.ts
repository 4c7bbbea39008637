/**
 * A one-key note in localStorage that receipts are waiting for the receipt
 * service. The loader reads it to decide whether to fetch the receipts chunk
 * on a later page: without it, every returning visitor would download that
 * chunk just to find an empty IndexedDB outbox.
 */
const KEY = 'cookie-seal-outbox';

export function outboxPending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false; // Storage blocked: receipts could not have been queued durably either.
  }
}

export function markOutbox(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Blocked storage only costs the retry on a later page.
  }
}
