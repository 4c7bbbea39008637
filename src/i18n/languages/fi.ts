import type { LanguagePack } from './types.js';

/** Finnish (suomi): the neutral style of Finnish websites (imperative buttons, "voit" where a subject is needed). */
const fi: LanguagePack = {
  lang: 'fi',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Tietosuojavalintasi',
    bannerText:
      'Käytämme evästeitä, jotka pitävät sivuston turvallisena ja toimivana. Suostumuksellasi haluaisimme myös muistaa asetuksesi, mitata sivuston käyttöä ja näyttää kiinnostavia mainoksia. Voit muuttaa valintaasi milloin tahansa.',
    policyLink: 'Lue evästekäytäntömme',
    bannerLabel: 'Evästesuostumus',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customise: 'Mukauta',
    close: 'Sulje valitsematta',
    gpcNotice:
      'Selaimesi pyysi, ettemme myy tai jaa tietojasi (Global Privacy Control), joten mainonta pysyy pois päältä.',
  },
  more: {
    preferencesTitle: 'Tietosuoja-asetukset',
    preferencesIntro:
      'Valitse, mitä evästeitä sivusto saa käyttää. Vain välttämättömät evästeet ovat käytössä, kunnes päätät toisin, ja voit palata tänne milloin tahansa.',
    saveChoices: 'Tallenna valinnat',
    alwaysOn: 'Aina käytössä',
    serviceCount: { one: '{count}\u00a0palvelu', other: '{count}\u00a0palvelua' },
    cookiesUsed: 'Käytetyt evästeet',
    cookieName: 'Nimi',
    cookieProvider: 'Tarjoaja',
    cookiePurpose: 'Käyttötarkoitus',
    cookieDuration: 'Voimassaolo',
    serviceDetails: 'Palvelun {service} tiedot',
    provider: 'Tarjoaja:',
    settingsButton: 'Tietosuoja-asetukset',
    downloadReceipts: 'Lataa suostumuskuittini',
    embedBlocked: 'Tämä sisältö (tarjoaja: {provider}) on estetty, kunnes sallit evästeluokan ”{category}”.',
    embedLoad: 'Lataa sisältö',
    embedSettings: 'Evästeasetukset',
    embedIntro: 'Palvelu {service} (tarjoaja: {provider}) latautuu tähän, kun sallit sen.',
    embedCookies: 'Palvelun asettamat evästeet:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Salli palvelu {service}',
    formPrompt: 'Salli palvelu {service}, jotta lomake voidaan lähettää',
    formAllow: 'Salli',
    formCancel: 'Peruuta',
    formSending: 'Lähetetään…',
    formTick: 'Rastita ruutu osoittaaksesi, ettet ole robotti, ja lähetä sitten lomake.',
    formFailed:
      'Palvelu {service} ei latautunut, joten lomaketta ei lähetetty. Tarkista verkkoyhteys ja yritä uudelleen.',
    menuLabel: 'Tietosuojavalinnat',
    menuPreferences: 'Tietosuoja-asetukset',
    menuWithdraw: 'Peru suostumus',
  },
  categories: {
    essential: {
      label: 'Istunto ja tietoturva',
      description:
        'Mahdollistavat kirjautumisen, suojaavat tietojasi ja pitävät sivuston toiminnassa (esimerkiksi ostoskori ja lataamasi tiedostot). Sivusto ei toimi ilman niitä, joten ne ovat aina käytössä.',
    },
    preferences: {
      label: 'Mieltymykset',
      description:
        'Muistavat, miltä haluat sivuston näyttävän ja miten sen toivot toimivan, esimerkiksi kielen, alueen tai aikavyöhykkeen. Sivusto toimii ilman niitäkin, mutta valintasi eivät silloin säily.',
    },
    interaction: {
      label: 'Vuorovaikutushistoria',
      description:
        'Tallentavat, miten käytät sivustoa: katsomasi sivut ja kampanjan, jonka kautta tulit sivustolle. Sivusto toimii ilman niitä.',
    },
    advertising: {
      label: 'Mainonta ja markkinointi',
      description:
        'Tekevät mainoksista sinulle osuvampia ja mittaavat kampanjoidemme tuloksia. Kolmannet osapuolet, kuten videopalvelut, voivat asettaa omia evästeitään. Sivusto toimii ilman niitä.',
    },
    analytics: {
      label: 'Analytiikka',
      description:
        'Auttavat meitä ymmärtämään, miten kävijät käyttävät sivustoa, jotta voimme parantaa sitä (Google Analytics). Sivusto toimii ilman niitä.',
    },
  },
  session: 'Istunto',
  units: {
    minute: { one: '#\u00a0minuutti', other: '#\u00a0minuuttia' },
    hour: { one: '#\u00a0tunti', other: '#\u00a0tuntia' },
    day: { one: '#\u00a0päivä', other: '#\u00a0päivää' },
    month: { one: '#\u00a0kuukausi', other: '#\u00a0kuukautta' },
    year: { one: '#\u00a0vuosi', other: '#\u00a0vuotta' },
  },
  receipt: {
    methods: {
      'accept-all': 'Kaikki hyväksytty',
      'reject-all': 'Kaikki hylätty',
      custom: 'Omat valinnat tallennettu',
      withdraw: 'Suostumus peruttu',
      gpc: 'Global Privacy Control otettu huomioon',
    },
    allowed: 'sallittu',
    nothingAllowed: 'vain välttämättömät evästeet',
    countersigned: 'myös sivuston allekirjoittama',
    unsigned: 'allekirjoittamaton',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mittaa käyntejä ja sivujen katselukertoja koostetusti.',
      cookies: {
        _ga: { purpose: 'Erottaa kävijät toisistaan.' },
        '_ga_*': { purpose: 'Säilyttää käyntisi tilan.' },
        _gid: { purpose: 'Erottaa kävijät toisistaan vuorokauden ajan.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Lataa sivuston mittaus- ja mainostunnisteet, mutta ei itse aseta evästeitä. Sen lataamat tunnisteet pyytävät suostumustasi.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mittaa, mitkä mainoksistamme johtivat käyntiin tai ostoon, ja voi näyttää mainoksiamme sinulle muualla.',
      cookies: {
        _gcl_au: { purpose: 'Yhdistää mainoksen klikkauksen myöhempään käyntiin tai ostoon.' },
        _gcl_aw: { purpose: 'Muistaa mainoksen, jota klikkaamalla tulit sivustolle.' },
        _gcl_gb: { purpose: 'Muistaa klikkaamasi mainoksen, jotta mittaus onnistuu ilman muiden sivustojen evästeitä.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Erottaa ihmiset boteista, kun lähetät lomakkeen. Google asettaa omia evästeitään, joten palvelu odottaa suostumustasi.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Tekee riskianalyysin, joka suojaa lomakkeita roskapostilta.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Toistaa upotettuja videoita. YouTube voi muistaa, mitä katsoit, ja näyttää aiheeseen liittyviä mainoksia.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Arvioi yhteytesi kaistanleveyden ja muistaa soittimen asetukset.' },
        YSC: { provider: 'YouTube', purpose: 'Laskee upotettujen videoiden katselukerrat.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Toistaa upotettuja videoita. Vimeo laskee katselukertoja ja voi tunnistaa selaimesi.',
      cookies: {
        vuid: { purpose: 'Erottaa katsojat toisistaan katselukertojen laskemista varten.' },
        __cf_bm: { purpose: 'Erottaa ihmiset boteista (Cloudflare Vimeon puolesta).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Näyttää vuorovaikutteisia karttoja. Google voi yhdistää kartan käytön Google-profiiliisi.',
      cookies: {
        NID: { purpose: 'Muistaa kartta-asetuksesi ja yhdistää ne mainontaan.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Kertoo Metalle (Facebook, Instagram) käynnistäsi, jotta voimme mitata ja kohdentaa mainoksiamme siellä.',
      cookies: {
        _fbp: { purpose: 'Erottaa kävijät toisistaan Metan mainosmittausta varten.' },
        _fbc: { purpose: 'Muistaa Meta-mainoksen, jota klikkaamalla tulit sivustolle.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Laskee käyntejä ja sivujen katselukertoja, jotta voimme parantaa sivustoa.',
      cookies: {
        '_pk_id.*': { purpose: 'Erottaa kävijät toisistaan.' },
        '_pk_ses.*': { purpose: 'Ryhmittelee yhden käynnin sivut.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Tallentaa klikkauksia, vierityksiä ja kyselyvastauksia, jotta näemme, missä sivustoa on vaikea käyttää.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Erottaa kävijät toisistaan käynnistä toiseen.' },
        '_hjSession_*': { purpose: 'Ryhmittelee yhden käynnin sivut.' },
        _hjTLDTest: { purpose: 'Selvittää, mille verkkotunnukselle evästeet voidaan asettaa; poistetaan heti.' },
      },
    },
  },
};

export default fi;
