import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { get, type ConsentState } from 'cookie-seal';

/**
 * The visitor's consent as a ref. cookie-seal decides outside Vue (its
 * banner, its preference center, a `<seal-embed>` button), so the ref
 * follows the document events; the listeners go with the component.
 */
export function useConsent(): Readonly<ShallowRef<ConsentState>> {
  const consent = shallowRef(get());
  const onReady = (event: CustomEvent<ConsentState>) => (consent.value = event.detail);
  const onChange = (event: DocumentEventMap['seal-change']) => (consent.value = event.detail.state);
  document.addEventListener('seal-ready', onReady);
  document.addEventListener('seal-change', onChange);
  onScopeDispose(() => {
    document.removeEventListener('seal-ready', onReady);
    document.removeEventListener('seal-change', onChange);
  });
  return consent;
}
