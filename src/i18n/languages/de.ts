import type { LanguagePack } from './types.js';

/** German (Deutsch): formal address (Sie), as German websites use it. */
const de: LanguagePack = {
  lang: 'de',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Ihre Privatsphäre, Ihre Entscheidung',
    bannerText:
      'Wir verwenden Cookies, die diese Website sicher und funktionsfähig halten. Mit Ihrer Einwilligung möchten wir außerdem Ihre Einstellungen speichern, die Nutzung der Website messen und Ihnen relevante Werbung zeigen. Sie können Ihre Entscheidung jederzeit ändern.',
    policyLink: 'Unsere Cookie-Richtlinie lesen',
    bannerLabel: 'Cookie-Einwilligung',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customise: 'Anpassen',
    close: 'Ohne Auswahl schließen',
    gpcNotice:
      'Ihr Browser hat uns gebeten, Ihre Daten nicht zu verkaufen oder weiterzugeben (Global Privacy Control). Werbung bleibt deshalb deaktiviert.',
  },
  more: {
    preferencesTitle: 'Datenschutzeinstellungen',
    preferencesIntro:
      'Wählen Sie, welche Cookies diese Website verwenden darf. Solange Sie nichts anderes festlegen, sind nur die notwendigen aktiv. Sie können jederzeit hierher zurückkehren.',
    saveChoices: 'Auswahl speichern',
    alwaysOn: 'Immer aktiv',
    serviceCount: { one: '{count}\u00a0Dienst', other: '{count}\u00a0Dienste' },
    cookiesUsed: 'Verwendete Cookies',
    cookieName: 'Name',
    cookieProvider: 'Anbieter',
    cookiePurpose: 'Zweck',
    cookieDuration: 'Speicherdauer',
    serviceDetails: 'Details zu {service}',
    provider: 'Anbieter:',
    settingsButton: 'Datenschutzeinstellungen',
    downloadReceipts: 'Meine Einwilligungsnachweise herunterladen',
    embedBlocked: 'Dieser Inhalt von {provider} wird erst geladen, wenn Sie „{category}“ zulassen.',
    embedLoad: 'Inhalt laden',
    embedSettings: 'Cookie-Einstellungen',
    embedIntro: '{service} von {provider} wird hier geladen, sobald Sie zustimmen.',
    embedCookies: 'Gesetzte Cookies:',
    embedCookie: '{name} ({duration})',
    embedAllow: '{service} zulassen',
    formPrompt: '{service} zulassen, um dieses Formular zu senden',
    formAllow: 'Zulassen',
    formCancel: 'Abbrechen',
    formSending: 'Wird gesendet\u00a0…',
    formTick: 'Setzen Sie das Häkchen, um zu bestätigen, dass Sie kein Roboter sind, und senden Sie dann das Formular ab.',
    formFailed:
      '{service} konnte nicht geladen werden, daher wurde das Formular nicht gesendet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    menuLabel: 'Datenschutzoptionen',
    menuPreferences: 'Datenschutzeinstellungen',
    menuWithdraw: 'Einwilligung widerrufen',
  },
  categories: {
    essential: {
      label: 'Sitzung und Sicherheit',
      description:
        'Diese Cookies ermöglichen die Anmeldung, schützen Ihre Daten und sorgen dafür, dass die Website funktioniert – etwa für Ihren Warenkorb oder Ihre Uploads. Ohne sie funktioniert die Website nicht, daher sind sie immer aktiv.',
    },
    preferences: {
      label: 'Präferenzen',
      description:
        'Diese Cookies merken sich, wie Sie die Website darstellen und nutzen möchten, etwa Ihre Sprache, Region oder Zeitzone. Ohne sie funktioniert die Website trotzdem, vergisst aber Ihre Auswahl.',
    },
    interaction: {
      label: 'Interaktionsverlauf',
      description:
        'Diese Cookies erfassen, wie Sie mit der Website interagieren: welche Seiten Sie aufrufen und über welche Kampagne Sie zu uns gekommen sind. Die Website funktioniert auch ohne sie.',
    },
    advertising: {
      label: 'Werbung und Marketing',
      description:
        'Diese Cookies machen Werbung für Sie relevanter und messen den Erfolg unserer Kampagnen. Drittanbieter wie Videoplattformen können eigene Cookies setzen. Die Website funktioniert auch ohne sie.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Diese Cookies helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können (Google Analytics). Die Website funktioniert auch ohne sie.',
    },
  },
  session: 'Sitzung',
  units: {
    minute: { one: '#\u00a0Minute', other: '#\u00a0Minuten' },
    hour: { one: '#\u00a0Stunde', other: '#\u00a0Stunden' },
    day: { one: '#\u00a0Tag', other: '#\u00a0Tage' },
    month: { one: '#\u00a0Monat', other: '#\u00a0Monate' },
    year: { one: '#\u00a0Jahr', other: '#\u00a0Jahre' },
  },
  receipt: {
    methods: {
      'accept-all': 'Alle akzeptiert',
      'reject-all': 'Alle abgelehnt',
      custom: 'Individuelle Auswahl gespeichert',
      withdraw: 'Einwilligung widerrufen',
      gpc: 'Global Privacy Control angewendet',
    },
    allowed: 'zugelassen',
    nothingAllowed: 'nur notwendige Cookies',
    countersigned: 'von der Website gegengezeichnet',
    unsigned: 'nicht signiert',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Erfasst Besuche und Seitenaufrufe in zusammengefasster Form.',
      cookies: {
        _ga: { purpose: 'Unterscheidet Besucher voneinander.' },
        '_ga_*': { purpose: 'Speichert den Stand Ihres Besuchs.' },
        _gid: { purpose: 'Unterscheidet Besucher einen Tag lang voneinander.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Lädt die Mess- und Werbe-Tags der Website, setzt selbst aber keine Cookies. Die Tags, die er lädt, warten auf Ihre Einwilligung.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Misst, welche unserer Anzeigen zu einem Besuch oder Kauf geführt haben, und kann Ihnen unsere Anzeigen auch auf anderen Websites zeigen.',
      cookies: {
        _gcl_au: { purpose: 'Verknüpft einen Anzeigenklick mit einem späteren Besuch oder Kauf.' },
        _gcl_aw: { purpose: 'Speichert, über welche Anzeige Sie zu uns gekommen sind.' },
        _gcl_gb: { purpose: 'Speichert die angeklickte Anzeige, um ohne Cookies anderer Websites messen zu können.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Unterscheidet Menschen von Bots, wenn Sie ein Formular senden. Google setzt eigene Cookies, daher wartet reCAPTCHA auf Ihre Einwilligung.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Führt die Risikoanalyse durch, die Formulare vor Spam schützt.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Spielt eingebettete Videos ab. YouTube kann sich merken, was Sie angesehen haben, und passende Werbung zeigen.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Schätzt Ihre Bandbreite und speichert die Player-Einstellungen.' },
        YSC: { provider: 'YouTube', purpose: 'Zählt die Aufrufe eingebetteter Videos.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Spielt eingebettete Videos ab. Vimeo zählt Aufrufe und kann Ihren Browser wiedererkennen.',
      cookies: {
        vuid: { purpose: 'Unterscheidet Zuschauer voneinander, um Videoaufrufe zu zählen.' },
        __cf_bm: { purpose: 'Unterscheidet Menschen von Bots (Cloudflare, im Auftrag von Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Zeigt interaktive Karten. Google kann Ihre Kartennutzung mit Ihrem Google-Profil verknüpfen.',
      cookies: {
        NID: { purpose: 'Speichert Ihre Karteneinstellungen und verknüpft sie mit Werbung.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Teilt Meta (Facebook, Instagram) Ihren Besuch mit, damit wir unsere Anzeigen dort messen und gezielt ausspielen können.',
      cookies: {
        _fbp: { purpose: 'Unterscheidet Besucher für die Anzeigenmessung von Meta voneinander.' },
        _fbc: { purpose: 'Speichert, über welche Meta-Anzeige Sie zu uns gekommen sind.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Zählt Besuche und Seitenaufrufe, damit wir die Website verbessern können.',
      cookies: {
        '_pk_id.*': { purpose: 'Unterscheidet Besucher voneinander.' },
        '_pk_ses.*': { purpose: 'Fasst die Seiten eines Besuchs zusammen.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Zeichnet Klicks, Scrollen und Antworten auf Umfragen auf, damit wir sehen, wo die Website schwer zu bedienen ist.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Unterscheidet Besucher über mehrere Besuche hinweg.' },
        '_hjSession_*': { purpose: 'Fasst die Seiten eines Besuchs zusammen.' },
        _hjTLDTest: { purpose: 'Ermittelt die Domain, auf der Cookies gesetzt werden können; wird sofort gelöscht.' },
      },
    },
  },
};

export default de;
