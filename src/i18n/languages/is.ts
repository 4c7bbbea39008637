import type { LanguagePack } from './types.js';

/** Icelandic (íslenska): informal address (þú), as Icelandic websites use it. */
const is: LanguagePack = {
  lang: 'is',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Þitt val um persónuvernd',
    bannerText:
      'Við notum vafrakökur sem tryggja öryggi og virkni vefsins. Með leyfi þínu viljum við líka muna stillingarnar þínar, mæla hvernig vefurinn er notaður og birta viðeigandi auglýsingar. Þú getur alltaf skipt um skoðun.',
    policyLink: 'Lestu vafrakökustefnuna okkar',
    bannerLabel: 'Samþykki fyrir vafrakökum',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    customise: 'Sérsníða',
    close: 'Loka án þess að velja',
    gpcNotice:
      'Vafrinn þinn bað okkur að selja ekki gögnin þín né deila þeim með öðrum (Global Privacy Control). Því eru auglýsingar óvirkar.',
  },
  more: {
    preferencesTitle: 'Persónuverndarstillingar',
    preferencesIntro:
      'Veldu hvaða vafrakökur vefurinn má nota. Aðeins nauðsynlegar vafrakökur eru virkar þar til þú ákveður annað og þú getur alltaf komið hingað aftur.',
    saveChoices: 'Vista val',
    alwaysOn: 'Alltaf virkt',
    serviceCount: { one: '{count}\u00a0þjónusta', other: '{count}\u00a0þjónustur' },
    cookiesUsed: 'Vafrakökur í notkun',
    cookieName: 'Heiti',
    cookieProvider: 'Veitandi',
    cookiePurpose: 'Tilgangur',
    cookieDuration: 'Gildistími',
    serviceDetails: 'Nánar um þjónustuna {service}',
    provider: 'Veitandi:',
    settingsButton: 'Persónuverndarstillingar',
    downloadReceipts: 'Sækja samþykkiskvittanir mínar',
    embedBlocked: 'Þetta efni frá {provider} birtist ekki fyrr en þú leyfir flokkinn „{category}“.',
    embedLoad: 'Hlaða efni',
    embedSettings: 'Stillingar fyrir vafrakökur',
    embedIntro: 'Þjónustan {service} frá {provider} birtist hér þegar þú hefur leyft hana.',
    embedCookies: 'Vafrakökur sem eru vistaðar:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Leyfa þjónustuna {service}',
    formPrompt: 'Leyfa þjónustuna {service} til að senda eyðublaðið',
    formAllow: 'Leyfa',
    formCancel: 'Hætta við',
    formSending: 'Sendi…',
    formTick: 'Hakaðu í reitinn til að sýna að þú sért ekki vélmenni og sendu svo eyðublaðið.',
    formFailed:
      'Þjónustan {service} hlóðst ekki inn og því var eyðublaðið ekki sent. Athugaðu nettenginguna og reyndu aftur.',
    menuLabel: 'Persónuverndarvalkostir',
    menuPreferences: 'Persónuverndarstillingar',
    menuWithdraw: 'Afturkalla samþykki',
  },
  categories: {
    essential: {
      label: 'Lota og öryggi',
      description:
        'Sjá um innskráningu, vernda gögnin þín og tryggja að vefurinn virki (t.d. innkaupakarfan og skrár sem þú hleður upp). Vefurinn virkar ekki án þeirra og því eru þær alltaf virkar.',
    },
    preferences: {
      label: 'Kjörstillingar',
      description:
        'Muna hvernig þú vilt að vefurinn líti út og hegði sér, t.d. tungumál, svæði eða tímabelti. Vefurinn virkar án þeirra en gleymir þá vali þínu.',
    },
    interaction: {
      label: 'Notkunarsaga',
      description:
        'Skrá hvernig þú notar vefinn: hvaða síður þú skoðar og hvaða herferð leiddi þig hingað. Vefurinn virkar án þeirra.',
    },
    advertising: {
      label: 'Auglýsingar og markaðssetning',
      description:
        'Gera auglýsingar betur sniðnar að þér og mæla árangur herferða okkar. Þriðju aðilar, t.d. myndbandsveitur, geta sett sínar eigin vafrakökur. Vefurinn virkar án þeirra.',
    },
    analytics: {
      label: 'Tölfræði',
      description:
        'Hjálpa okkur að skilja hvernig gestir nota vefinn svo við getum bætt hann (Google Analytics). Vefurinn virkar án þeirra.',
    },
  },
  session: 'Vafralota',
  units: {
    minute: { one: '#\u00a0mínúta', other: '#\u00a0mínútur' },
    hour: { one: '#\u00a0klukkustund', other: '#\u00a0klukkustundir' },
    day: { one: '#\u00a0dagur', other: '#\u00a0dagar' },
    month: { one: '#\u00a0mánuður', other: '#\u00a0mánuðir' },
    year: { one: '#\u00a0ár', other: '#\u00a0ár' },
  },
  receipt: {
    methods: {
      'accept-all': 'Allar samþykktar',
      'reject-all': 'Öllum hafnað',
      custom: 'Sérsniðið val vistað',
      withdraw: 'Samþykki afturkallað',
      gpc: 'Global Privacy Control beitt',
    },
    allowed: 'leyft',
    nothingAllowed: 'aðeins nauðsynlegar vafrakökur',
    countersigned: 'meðundirritað af vefnum',
    unsigned: 'óundirritað',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mælir heimsóknir og síðuflettingar í samanteknu formi.',
      cookies: {
        _ga: { purpose: 'Greinir á milli gesta.' },
        '_ga_*': { purpose: 'Heldur utan um stöðu heimsóknarinnar.' },
        _gid: { purpose: 'Greinir á milli gesta í einn sólarhring.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Hleður inn mæli- og auglýsingamerkjum vefsins en setur sjálft engar vafrakökur. Merkin sem það hleður inn biðja um samþykki þitt.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mælir hvaða auglýsingar okkar leiddu til heimsóknar eða kaupa og getur birt þér auglýsingar okkar annars staðar.',
      cookies: {
        _gcl_au: { purpose: 'Tengir smell á auglýsingu við síðari heimsókn eða kaup.' },
        _gcl_aw: { purpose: 'Man hvaða auglýsingu þú smelltir á til að komast hingað.' },
        _gcl_gb: { purpose: 'Man hvaða auglýsingu þú smelltir á, til mælinga sem styðjast ekki við vafrakökur annarra vefja.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Greinir á milli fólks og vélmenna þegar þú sendir eyðublað. Google setur eigin vafrakökur og því bíður þjónustan eftir leyfi þínu.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Framkvæmir áhættugreininguna sem ver eyðublöð gegn ruslpósti.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Spilar innfelld myndbönd. YouTube getur munað hvað þú horfðir á og birt tengdar auglýsingar.',
      cookies: {
        VISITOR_INFO1_LIVE: { provider: 'YouTube', purpose: 'Metur bandbreiddina hjá þér og man stillingar spilarans.' },
        YSC: { provider: 'YouTube', purpose: 'Telur áhorf á innfelld myndbönd.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Spilar innfelld myndbönd. Vimeo telur áhorf og getur borið kennsl á vafrann þinn.',
      cookies: {
        vuid: { purpose: 'Greinir á milli áhorfenda til að telja áhorf.' },
        __cf_bm: { purpose: 'Greinir á milli fólks og vélmenna (Cloudflare fyrir hönd Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description: 'Sýnir gagnvirk kort. Google getur tengt notkun þína á kortinu við Google-prófílinn þinn.',
      cookies: {
        NID: { purpose: 'Man kortastillingarnar þínar og tengir þær við auglýsingar.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Lætur Meta (Facebook, Instagram) vita af heimsókn þinni svo við getum mælt og miðað auglýsingar okkar þar.',
      cookies: {
        _fbp: { purpose: 'Greinir á milli gesta fyrir auglýsingamælingar Meta.' },
        _fbc: { purpose: 'Man hvaða Meta-auglýsingu þú smelltir á til að komast hingað.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Telur heimsóknir og síðuflettingar til að bæta vefinn.',
      cookies: {
        '_pk_id.*': { purpose: 'Greinir á milli gesta.' },
        '_pk_ses.*': { purpose: 'Flokkar saman síður úr sömu heimsókn.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Skráir smelli, skrun og svör við könnunum svo við sjáum hvar erfitt er að nota vefinn.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Greinir á milli gesta frá einni heimsókn til annarrar.' },
        '_hjSession_*': { purpose: 'Flokkar saman síður úr sömu heimsókn.' },
        _hjTLDTest: { purpose: 'Finnur lénið sem hægt er að vista vafrakökur á; henni er eytt strax.' },
      },
    },
  },
};

export default is;
