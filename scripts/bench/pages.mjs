// The one test page, dressed for each library: same content, same five
// categories, the same gated Google Analytics (external gtag.js + inline
// config) and reCAPTCHA tags, each in the form that library expects.
const GA_SRC = 'https://www.googletagmanager.com/gtag/js?id=G-BENCH0001';
const GA_INLINE = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH0001');";
const RECAPTCHA_SRC = 'https://www.google.com/recaptcha/api.js?render=explicit';

const CONTENT = `
<header><h1>Atelier Bench</h1><nav><a href="#a">Work</a> · <a href="#b">Visit</a> · <a href="#c">Contact</a></nav></header>
<main>
${Array.from({ length: 6 }, (_, i) => `<section id="s${i}"><h2>Section ${i + 1}</h2><p>${'Letterpress printing and hand bookbinding, made to order in small runs. '.repeat(6)}</p></section>`).join('\n')}
<form><label>Email <input type="email" name="email"></label><button type="submit">Send</button></form>
</main>`;

const page = (head, body = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench page</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}</style>
${head}
</head><body>${CONTENT}
${body}
</body></html>`;

const CATEGORIES = {
  essential: ['Session & security', 'Keeps the site secure and working.'],
  preferences: ['Preferences', 'Remembers your settings.'],
  interaction: ['Interaction history', 'Records how you use the site.'],
  advertising: ['Advertising & marketing', 'Makes ads relevant.'],
  analytics: ['Analytics', 'Measures visits (Google Analytics).'],
};

export const LIBRARIES = {
  'cookie-seal': {
    banner: 'seal-banner',
    accept: 'seal-banner >> role=button[name=/accept all/i]',
    html: page(`<script type="application/json" id="cookie-seal-config">{"lang":"en","revision":1,"policyUrl":"/privacy"}</script>
<script src="/cookie-seal/cookie-seal.js"></script>
<script type="text/plain" data-category="analytics" data-service="google-analytics" src="${GA_SRC}" async></script>
<script type="text/plain" data-category="analytics" data-service="google-analytics">${GA_INLINE}</script>
<script type="text/plain" data-category="essential" data-service="recaptcha" src="${RECAPTCHA_SRC}" async></script>`),
  },

  'vanilla-cookieconsent': {
    banner: '#cc-main .cm',
    accept: '#cc-main .cm__btn[data-role="all"]',
    html: page(`<link rel="stylesheet" href="/peers/vanilla-cookieconsent/cookieconsent.css">
<script type="text/plain" data-category="analytics" data-service="google-analytics" src="${GA_SRC}" async></script>
<script type="text/plain" data-category="analytics" data-service="google-analytics">${GA_INLINE}</script>
<script type="text/plain" data-category="essential" data-service="recaptcha" src="${RECAPTCHA_SRC}" async></script>`,
    `<script src="/peers/vanilla-cookieconsent/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  hideFromBots: false,
  categories: {
    essential: { enabled: true, services: { recaptcha: { label: 'Google reCAPTCHA' } } },
    preferences: {}, interaction: {}, advertising: { services: { youtube: { label: 'YouTube' } } },
    analytics: { services: { 'google-analytics': { label: 'Google Analytics', cookies: [{ name: /^_ga/ }] } } }
  },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Your privacy choices', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Customise' },
    preferencesModal: { title: 'Privacy preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save choices',
      sections: ${JSON.stringify(Object.entries(CATEGORIES).map(([id, [title, description]]) => ({ title, description, linkedCategory: id })))} }
  } } }
});
</script>`),
  },

  orejime: {
    banner: '.orejime-Banner',
    accept: '.orejime-Banner-saveButton',
    html: page(`<link rel="stylesheet" href="/peers/orejime/orejime-standard.css">
<script>
window.orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  lang: 'en',
  purposes: [
    { id: 'essential', title: 'Session & security', purposes: [
      { id: 'session', title: 'Session', isMandatory: true },
      { id: 'recaptcha', title: 'Google reCAPTCHA', cookies: ['_GRECAPTCHA'] } ] },
    { id: 'preferences', title: 'Preferences', cookies: [] },
    { id: 'interaction', title: 'Interaction history', cookies: [] },
    { id: 'advertising', title: 'Advertising & marketing', purposes: [{ id: 'youtube', title: 'YouTube', cookies: ['YSC'] }] },
    { id: 'analytics', title: 'Analytics', purposes: [{ id: 'google-analytics', title: 'Google Analytics', cookies: ['_ga', /^_ga_/] }] }
  ]
};
</script>
<script src="/peers/orejime/orejime-standard-en.js"></script>`,
    `<template data-purpose="google-analytics"><script async src="${GA_SRC}"></script><script>${GA_INLINE}</script></template>
<template data-purpose="recaptcha"><script async src="${RECAPTCHA_SRC}"></script></template>`),
  },

  klaro: {
    banner: '.klaro .cookie-notice:not(.cookie-notice-hidden)',
    accept: '.klaro .cookie-notice .cm-btn-success',
    html: page(`<script>
window.klaroConfig = {
  version: 1, elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro', htmlTexts: false,
  acceptAll: true, mustConsent: false, default: false, lang: 'en', privacyPolicy: '/privacy',
  translations: { en: { purposes: ${JSON.stringify(Object.fromEntries(Object.entries(CATEGORIES).map(([id, [title]]) => [id, title])))} } },
  services: [
    { name: 'recaptcha', title: 'Google reCAPTCHA', purposes: ['essential'], cookies: ['_GRECAPTCHA'] },
    { name: 'youtube', title: 'YouTube', purposes: ['advertising'], cookies: ['YSC'] },
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga/] },
    { name: 'preferences', title: 'Preferences', purposes: ['preferences'] },
    { name: 'interaction', title: 'Interaction history', purposes: ['interaction'] }
  ]
};
</script>
<script defer src="/peers/klaro/klaro.js" data-config="klaroConfig"></script>
<script type="text/plain" data-type="text/javascript" data-name="google-analytics" data-src="${GA_SRC}" async></script>
<script type="text/plain" data-type="text/javascript" data-name="google-analytics">${GA_INLINE}</script>
<script type="text/plain" data-type="text/javascript" data-name="recaptcha" data-src="${RECAPTCHA_SRC}" async></script>`),
  },

  tarteaucitron: {
    banner: '#tarteaucitronAlertBig',
    accept: '#tarteaucitronPersonalize2',
    // A bar at the bottom like the others (its default is a centred modal). Its Consent Mode
    // defaults are off: with them it would load gtag.js before any choice, which the run refuses.
    html: page(`<script src="/peers/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({ privacyUrl: '/privacy', orientation: 'bottom', googleConsentMode: false, bingConsentMode: false, pianoConsentMode: false });
tarteaucitron.user.gtagUa = 'G-BENCH0001';
(tarteaucitron.job = tarteaucitron.job || []).push('gtag');
(tarteaucitron.job = tarteaucitron.job || []).push('recaptcha');
</script>`),
  },
};

/** Paths whose bytes belong to each library (the page itself is the same for all, bar its config). */
export const ASSETS = {
  'cookie-seal': '/cookie-seal/',
  'vanilla-cookieconsent': '/peers/vanilla-cookieconsent/',
  orejime: '/peers/orejime/',
  klaro: '/peers/klaro/',
  tarteaucitron: '/peers/tarteaucitronjs/',
};
