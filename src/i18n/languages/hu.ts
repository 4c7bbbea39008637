import type { LanguagePack } from './types.js';

/** Hungarian (magyar): formal address (Ön, mostly through the verb forms), nominal button labels. */
const hu: LanguagePack = {
  lang: 'hu',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Az Ön adatvédelmi döntései',
    bannerText:
      'Olyan sütiket használunk, amelyek a webhely biztonságos és megfelelő működéséhez szükségesek. Az Ön hozzájárulásával szeretnénk megjegyezni a beállításait, mérni a webhely használatát és az Önt érdeklő hirdetéseket megjeleníteni. Döntését bármikor megváltoztathatja.',
    policyLink: 'Olvassa el sütikezelési tájékoztatónkat',
    bannerLabel: 'Hozzájárulás a sütik használatához',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customise: 'Testreszabás',
    close: 'Bezárás döntés nélkül',
    gpcNotice:
      'Böngészője arra kért minket, hogy ne adjuk el és ne osszuk meg az adatait (Global Privacy Control), ezért a hirdetések kikapcsolva maradnak.',
  },
  more: {
    preferencesTitle: 'Adatvédelmi beállítások',
    preferencesIntro:
      'Válassza ki, mely sütiket használhatja a webhely. Amíg másként nem dönt, csak a szükséges sütik aktívak, és ide bármikor visszatérhet.',
    saveChoices: 'Beállítások mentése',
    alwaysOn: 'Mindig aktív',
    serviceCount: { one: '{count}\u00a0szolgáltatás', other: '{count}\u00a0szolgáltatás' },
    cookiesUsed: 'Használt sütik',
    cookieName: 'Név',
    cookieProvider: 'Szolgáltató',
    cookiePurpose: 'Cél',
    cookieDuration: 'Időtartam',
    serviceDetails: 'Részletek: {service}',
    provider: 'Szolgáltató:',
    settingsButton: 'Adatvédelmi beállítások',
    downloadReceipts: 'Hozzájárulási igazolásaim letöltése',
    embedBlocked: 'Ez a tartalom ({provider}) mindaddig le van tiltva, amíg nem engedélyezi a következő kategóriát: {category}.',
    embedLoad: 'Tartalom betöltése',
    embedSettings: 'Sütibeállítások',
    embedIntro: 'Ez a tartalom ({service}, szolgáltató: {provider}) itt töltődik be, amint engedélyezi.',
    embedCookies: 'Az általa elhelyezett sütik:',
    embedCookie: '{name} ({duration})',
    embedAllow: '{service} engedélyezése',
    formPrompt: 'Az űrlap elküldéséhez engedélyezze a következőt: {service}',
    formAllow: 'Engedélyezés',
    formCancel: 'Mégse',
    formSending: 'Küldés…',
    formTick: 'Jelölje be a négyzetet annak igazolására, hogy nem robot, majd küldje el az űrlapot.',
    formFailed:
      'A szolgáltatás ({service}) nem töltődött be, ezért az űrlapot nem küldtük el. Ellenőrizze az internetkapcsolatát, és próbálja újra.',
    menuLabel: 'Adatvédelmi lehetőségek',
    menuPreferences: 'Adatvédelmi beállítások',
    menuWithdraw: 'Hozzájárulás visszavonása',
  },
  categories: {
    essential: {
      label: 'Munkamenet és biztonság',
      description:
        'Lehetővé teszik a bejelentkezést, védik az adatait, és biztosítják a webhely működését (például a kosár és a feltöltések esetében). Nélkülük a webhely nem működik, ezért mindig aktívak.',
    },
    preferences: {
      label: 'Preferenciák',
      description:
        'Megjegyzik, hogyan szeretné látni és használni a webhelyet, például a nyelvet, a régiót vagy az időzónát. Nélkülük is működik a webhely, csak nem emlékszik a választásaira.',
    },
    interaction: {
      label: 'Interakciós előzmények',
      description:
        'Rögzítik, hogyan használja a webhelyet: mely oldalakat tekinti meg, és melyik kampány révén érkezett hozzánk. A webhely nélkülük is működik.',
    },
    advertising: {
      label: 'Hirdetés és marketing',
      description:
        'Relevánsabbá teszik az Ön számára a hirdetéseket, és mérik kampányaink eredményességét. Harmadik felek, például videoplatformok, saját sütiket is elhelyezhetnek. A webhely nélkülük is működik.',
    },
    analytics: {
      label: 'Statisztika',
      description:
        'Segítenek megérteni, hogyan használják a látogatók a webhelyet, hogy fejleszthessük (Google Analytics). A webhely nélkülük is működik.',
    },
  },
  session: 'Munkamenet',
  units: {
    minute: { one: '#\u00a0perc', other: '#\u00a0perc' },
    hour: { one: '#\u00a0óra', other: '#\u00a0óra' },
    day: { one: '#\u00a0nap', other: '#\u00a0nap' },
    month: { one: '#\u00a0hónap', other: '#\u00a0hónap' },
    year: { one: '#\u00a0év', other: '#\u00a0év' },
  },
  receipt: {
    methods: {
      'accept-all': 'Összes elfogadva',
      'reject-all': 'Összes elutasítva',
      custom: 'Egyéni beállítások mentve',
      withdraw: 'Hozzájárulás visszavonva',
      gpc: 'Global Privacy Control alkalmazva',
    },
    allowed: 'engedélyezve',
    nothingAllowed: 'csak a szükséges sütik',
    countersigned: 'a webhely ellenjegyezte',
    unsigned: 'nincs aláírva',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Összesítve méri a látogatásokat és az oldalmegtekintéseket.',
      cookies: {
        _ga: { purpose: 'Megkülönbözteti a látogatókat.' },
        '_ga_*': { purpose: 'Tárolja a látogatás állapotát.' },
        _gid: { purpose: 'Egy napig megkülönbözteti a látogatókat.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Betölti a webhely mérési és hirdetési címkéit, de maga nem helyez el sütit. Az általa betöltött címkék az Ön hozzájárulását kérik.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Méri, mely hirdetéseink vezettek látogatáshoz vagy vásárláshoz, és máshol is megjelenítheti Önnek a hirdetéseinket.',
      cookies: {
        _gcl_au: { purpose: 'Összekapcsolja a hirdetésre való kattintást egy későbbi látogatással vagy vásárlással.' },
        _gcl_aw: { purpose: 'Megjegyzi, melyik hirdetésre kattintva érkezett hozzánk.' },
        _gcl_gb: { purpose: 'Megjegyzi, melyik hirdetésre kattintott, hogy más webhelyek sütijei nélkül is mérhessünk.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Űrlapküldéskor megkülönbözteti az embereket a robotoktól. A Google saját sütiket helyez el, ezért a szolgáltatás az Ön hozzájárulására vár.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Elvégzi a kockázatelemzést, amely megvédi az űrlapokat a spamtől.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Lejátssza a beágyazott videókat. A YouTube megjegyezheti, mit nézett meg, és ehhez kapcsolódó hirdetéseket jeleníthet meg.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Megbecsüli a sávszélességet, és megjegyzi a lejátszó beállításait.' },
        YSC: { provider: 'YouTube', purpose: 'Számolja a beágyazott videók megtekintéseit.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Lejátssza a beágyazott videókat. A Vimeo számolja a megtekintéseket, és felismerheti a böngészőjét.',
      cookies: {
        vuid: { purpose: 'Megkülönbözteti a nézőket a videómegtekintések számlálásához.' },
        __cf_bm: { purpose: 'Megkülönbözteti az embereket a robotoktól (a Cloudflare, a Vimeo megbízásából).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Interaktív térképeket jelenít meg. A Google összekapcsolhatja a térkép használatát az Ön Google-profiljával.',
      cookies: {
        NID: { purpose: 'Megjegyzi a térképbeállításait, és hirdetésekhez kapcsolja őket.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Jelzi a Metának (Facebook, Instagram) az Ön látogatását, hogy ott mérhessük és célozhassuk a hirdetéseinket.',
      cookies: {
        _fbp: { purpose: 'Megkülönbözteti a látogatókat a Meta hirdetésméréséhez.' },
        _fbc: { purpose: 'Megjegyzi, melyik Meta-hirdetésre kattintva érkezett hozzánk.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Számolja a látogatásokat és az oldalmegtekintéseket a webhely fejlesztése érdekében.',
      cookies: {
        '_pk_id.*': { purpose: 'Megkülönbözteti a látogatókat.' },
        '_pk_ses.*': { purpose: 'Csoportosítja egy látogatás oldalait.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Rögzíti a kattintásokat, a görgetést és a kérdőívekre adott válaszokat, hogy lássuk, hol nehéz használni a webhelyet.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Több látogatáson keresztül is megkülönbözteti a látogatókat.' },
        '_hjSession_*': { purpose: 'Csoportosítja egy látogatás oldalait.' },
        _hjTLDTest: { purpose: 'Megállapítja, melyik domainen helyezhetők el sütik; azonnal törlődik.' },
      },
    },
  },
};

export default hu;
