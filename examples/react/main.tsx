import { StrictMode, useEffect, type HTMLAttributes } from 'react';
import { createRoot } from 'react-dom/client';
import { showPreferences, start } from 'cookie-seal';
import { useConsent } from './useConsent';

// Start before the first render: the banner shows at once, and useConsent() reads a known state.
start({ policyUrl: '/privacy.html' });

// React 19 renders custom elements as they are; TypeScript only needs to know the tag.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'seal-embed': HTMLAttributes<HTMLElement> & { service: string; label?: string };
    }
  }
}

const GA_ID = 'G-EXAMPLE01';

/** Adds the analytics tag once, the first time `allowed` is true. */
function useAnalytics(allowed: boolean) {
  useEffect(() => {
    if (!allowed || document.getElementById('ga-tag')) return;
    const tag = document.createElement('script');
    tag.id = 'ga-tag';
    tag.async = true;
    tag.src = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`;
    document.head.append(tag);
  }, [allowed]);
}

function App() {
  const consent = useConsent();
  const analytics = consent.categories.analytics === true;
  useAnalytics(analytics);

  return (
    <main>
      <h1>Workshop diary</h1>
      <ul aria-label="Your choices">
        <li id="analytics-status">Analytics: {analytics ? 'on' : 'off'}</li>
        <li id="video-status">YouTube: {consent.services.youtube ? 'allowed' : 'not allowed'}</li>
      </ul>
      {/* Until YouTube is allowed, cookie-seal shows what would load here, with an Allow button. */}
      <seal-embed service="youtube">
        <iframe
          title="Setting type by hand"
          data-category="advertising"
          data-service="youtube"
          data-src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE"
          width="560"
          height="315"
          allow="encrypted-media; picture-in-picture"
        />
      </seal-embed>
      <button type="button" onClick={() => showPreferences()}>
        Cookie settings
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
