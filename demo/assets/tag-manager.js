// Stands in for a tag manager or a single-page-app route: it adds third-party
// tags two seconds after load. They carry the same gating markup as static
// tags, so cookie-seal keeps them inert until their category is granted.
(function () {
  'use strict';
  var DELAY_MS = 2000;

  function injectLateTags() {
    var slot = document.getElementById('late-slot');
    if (!slot) return;

    var script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.category = 'analytics';
    script.dataset.service = 'google-analytics';
    script.async = true;
    // data-src rather than src: under Trusted Types (the demo's CSP) a script's
    // src takes only a TrustedScriptURL, and the gate sets it on consent anyway.
    script.dataset.src = 'https://www.googletagmanager.com/gtag/js?id=G-LATE5678';
    document.head.appendChild(script);

    var frame = document.createElement('iframe');
    frame.className = 'video-frame';
    frame.title = document.documentElement.lang === 'fr'
      ? "Visite de l'atelier (vidéo hébergée par YouTube)"
      : 'Workshop tour (video hosted by YouTube)';
    frame.dataset.category = 'advertising';
    frame.dataset.service = 'youtube';
    frame.dataset.src = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=30';
    slot.appendChild(frame);

    document.documentElement.dataset.lateTags = 'injected';
  }

  window.addEventListener('load', function () {
    setTimeout(injectLateTags, DELAY_MS);
  });
})();
