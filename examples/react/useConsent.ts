import { useEffect, useState } from 'react';
import { get, type ConsentState } from 'cookie-seal';

/**
 * The visitor's consent as React state. cookie-seal decides outside React
 * (its banner, its preference center, a `<seal-embed>` button), so the hook
 * follows the document events rather than the components that caused them.
 */
export function useConsent(): ConsentState {
  const [consent, setConsent] = useState(get);
  useEffect(() => {
    const onReady = (event: CustomEvent<ConsentState>) => setConsent(event.detail);
    const onChange = (event: DocumentEventMap['seal-change']) => setConsent(event.detail.state);
    document.addEventListener('seal-ready', onReady);
    document.addEventListener('seal-change', onChange);
    // A decision taken between the first render and this effect sent its event to nobody.
    setConsent(get());
    return () => {
      document.removeEventListener('seal-ready', onReady);
      document.removeEventListener('seal-change', onChange);
    };
  }, []);
  return consent;
}
