import type { LanguagePack } from './types.js';

/** Irish: standard written Irish (An Caighdeán Oifigiúil), addressing the visitor as "tú" as Irish public sites do. */
const ga: LanguagePack = {
  lang: 'ga',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Do roghanna príobháideachais',
    bannerText:
      'Úsáidimid fianáin a choinníonn an suíomh seo slán agus ag obair i gceart. Le do chead, ba mhaith linn freisin do shocruithe a choinneáil i gcuimhne, úsáid an tsuímh a thomhas agus fógraí ábhartha a thaispeáint duit. Is féidir leat d’intinn a athrú am ar bith.',
    policyLink: 'Léigh ár mbeartas fianán',
    bannerLabel: 'Toiliú le fianáin',
    acceptAll: 'Glac leis an iomlán',
    rejectAll: 'Diúltaigh don iomlán',
    customise: 'Saincheap',
    close: 'Dún gan rogha a dhéanamh',
    gpcNotice:
      'D’iarr do bhrabhsálaí orainn gan do shonraí a dhíol ná a roinnt (Global Privacy Control): fanfaidh an fhógraíocht múchta.',
  },
  more: {
    preferencesTitle: 'Sainroghanna príobháideachais',
    preferencesIntro:
      'Roghnaigh na fianáin is féidir leis an suíomh seo a úsáid. Ní bheidh ach na fianáin riachtanacha ar siúl mura roghnaíonn tú a mhalairt, agus is féidir leat filleadh anseo aon uair is mian leat.',
    saveChoices: 'Sábháil na roghanna',
    alwaysOn: 'Ar siúl i gcónaí',
    serviceCount: {
      one: '{count} seirbhís',
      two: '{count} sheirbhís',
      few: '{count} sheirbhís',
      many: '{count} seirbhís',
      other: '{count} seirbhís',
    },
    cookiesUsed: 'Fianáin a úsáidtear',
    cookieName: 'Ainm',
    cookieProvider: 'Soláthraí',
    cookiePurpose: 'Cuspóir',
    cookieDuration: 'Fad',
    serviceDetails: 'Eolas faoin tseirbhís {service}',
    provider: 'Soláthraí:',
    settingsButton: 'Socruithe príobháideachais',
    downloadReceipts: 'Íoslódáil m’admhálacha toilithe',
    embedBlocked: 'Tá an t-ábhar seo ó {provider} blocáilte go dtí go gceadaíonn tú an chatagóir “{category}”.',
    embedLoad: 'Lódáil an t-ábhar',
    embedSettings: 'Socruithe fianán',
    embedIntro: 'Lódálfar an tseirbhís {service} ó {provider} anseo nuair a cheadóidh tú í.',
    embedCookies: 'Fianáin a shocraítear:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Ceadaigh an tseirbhís {service}',
    formPrompt: 'Ceadaigh an tseirbhís {service} chun an fhoirm seo a sheoladh',
    formAllow: 'Ceadaigh',
    formCancel: 'Cealaigh',
    formSending: 'Ag seoladh…',
    formTick: 'Cuir tic sa bhosca lena thaispeáint nach róbat thú, agus ansin seol an fhoirm.',
    formFailed:
      'Níorbh fhéidir an tseirbhís {service} a lódáil, mar sin níor seoladh an fhoirm. Seiceáil do nasc agus bain triail eile as.',
    menuLabel: 'Roghanna príobháideachais',
    menuPreferences: 'Sainroghanna príobháideachais',
    menuWithdraw: 'Tarraing siar an toiliú',
  },
  categories: {
    essential: {
      label: 'Seisiún agus slándáil',
      description:
        'Ligeann siad duit logáil isteach, cosnaíonn siad do shonraí agus coinníonn siad an suíomh ag obair (do chiseán siopadóireachta, na comhaid a uaslódálann tú). Ní féidir leis an suíomh oibriú gan iad, mar sin bíonn siad ar siúl i gcónaí.',
    },
    preferences: {
      label: 'Sainroghanna',
      description:
        'Cuimhníonn siad ar na socruithe is fearr leat ar an suíomh, mar shampla do theanga, do réigiún nó do chrios ama. Oibríonn an suíomh gan iad, ach déanann sé dearmad ar do roghanna.',
    },
    interaction: {
      label: 'Stair idirghníomhaíochta',
      description:
        'Taifeadann siad conas a idirghníomhaíonn tú leis an suíomh: na leathanaigh a bhféachann tú orthu agus an feachtas a thug anseo thú. Oibríonn an suíomh gan iad.',
    },
    advertising: {
      label: 'Fógraíocht agus margaíocht',
      description:
        'Déanann siad fógraí níos ábhartha duit agus tomhaiseann siad torthaí ár bhfeachtas. Féadfaidh tríú páirtithe, amhail ardáin físeán, a gcuid fianán féin a shocrú. Oibríonn an suíomh gan iad.',
    },
    analytics: {
      label: 'Anailísíocht',
      description:
        'Cabhraíonn siad linn a thuiscint conas a úsáideann cuairteoirí an suíomh, ionas gur féidir linn é a fheabhsú (Google Analytics). Oibríonn an suíomh gan iad.',
    },
  },
  session: 'Seisiún',
  units: {
    minute: { one: '# nóiméad', two: '# nóiméad', few: '# nóiméad', many: '# nóiméad', other: '# nóiméad' },
    hour: {
      one: '# uair an chloig',
      two: '# uair an chloig',
      few: '# huaire an chloig',
      many: '# n-uaire an chloig',
      other: '# uair an chloig',
    },
    day: { one: '# lá', two: '# lá', few: '# lá', many: '# lá', other: '# lá' },
    month: { one: '# mhí', two: '# mhí', few: '# mhí', many: '# mí', other: '# mí' },
    year: { one: '# bhliain', two: '# bhliain', few: '# bliana', many: '# mbliana', other: '# bliain' },
  },
  receipt: {
    methods: {
      'accept-all': 'Glacadh leis an iomlán',
      'reject-all': 'Diúltaíodh don iomlán',
      custom: 'Sábháladh roghanna saincheaptha',
      withdraw: 'Tarraingíodh siar an toiliú',
      gpc: 'Cuireadh Global Privacy Control i bhfeidhm',
    },
    allowed: 'ceadaithe',
    nothingAllowed: 'fianáin riachtanacha amháin',
    countersigned: 'frithsínithe ag an suíomh',
    unsigned: 'gan síniú',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Tomhaiseann sé cuairteanna agus amhairc ar leathanaigh ar bhonn comhiomlán.',
      cookies: {
        _ga: { purpose: 'Déanann sé idirdhealú idir cuairteoirí.' },
        '_ga_*': { purpose: 'Coinníonn sé staid do chuairte.' },
        _gid: { purpose: 'Déanann sé idirdhealú idir cuairteoirí ar feadh lae.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Lódálann sé clibeanna tomhais agus fógraíochta an tsuímh. Ní shocraíonn sé féin aon fhianán; iarrann na clibeanna a lódálann sé do thoiliú.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Tomhaiseann sé cé acu dár bhfógraí ba chúis le cuairt nó le ceannach, agus féadfaidh sé ár bhfógraí a thaispeáint duit in áiteanna eile.',
      cookies: {
        _gcl_au: { purpose: 'Nascann sé cliceáil ar fhógra le cuairt nó ceannach níos déanaí.' },
        _gcl_aw: { purpose: 'Cuimhníonn sé ar an bhfógra ar chliceáil tú air chun teacht chugainn.' },
        _gcl_gb: { purpose: 'Cuimhníonn sé ar an bhfógra ar chliceáil tú air, chun tomhas a dhéanamh gan fianáin ó shuímh eile.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Déanann sé idirdhealú idir daoine agus róbait nuair a sheolann tú foirm. Socraíonn Google a chuid fianán féin, mar sin fanann sé le do chead.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Déanann sé an anailís riosca a chosnaíonn foirmeacha ar thurscar.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Seinneann sé físeáin leabaithe. Féadfaidh YouTube cuimhneamh ar na físeáin a d’fhéach tú orthu agus fógraí gaolmhara a thaispeáint duit.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Déanann sé meastachán ar do leithead banda agus cuimhníonn sé ar shocruithe an tseinnteora.',
        },
        YSC: { provider: 'YouTube', purpose: 'Comhaireann sé amhairc ar fhíseáin leabaithe.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Seinneann sé físeáin leabaithe. Comhaireann Vimeo amhairc agus féadfaidh sé do bhrabhsálaí a aithint.',
      cookies: {
        vuid: { purpose: 'Déanann sé idirdhealú idir lucht féachana chun amhairc a chomhaireamh.' },
        __cf_bm: { purpose: 'Déanann sé idirdhealú idir daoine agus róbait (Cloudflare, thar ceann Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Taispeánann sé léarscáileanna idirghníomhacha. Féadfaidh Google d’úsáid na léarscáile a nascadh le do phróifíl Google.',
      cookies: {
        NID: { purpose: 'Cuimhníonn sé ar do shocruithe léarscáile agus nascann sé iad le fógraíocht.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Insíonn sé do Meta (Facebook, Instagram) gur thug tú cuairt orainn, chun ár bhfógraí ansin a thomhas agus a dhíriú.',
      cookies: {
        _fbp: { purpose: 'Déanann sé idirdhealú idir cuairteoirí ionas gur féidir le Meta fógraí a thomhas.' },
        _fbc: { purpose: 'Cuimhníonn sé ar an bhfógra Meta ar chliceáil tú air chun teacht chugainn.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Comhaireann sé cuairteanna agus amhairc ar leathanaigh chun an suíomh a fheabhsú.',
      cookies: {
        '_pk_id.*': { purpose: 'Déanann sé idirdhealú idir cuairteoirí.' },
        '_pk_ses.*': { purpose: 'Grúpálann sé leathanaigh na cuairte céanna le chéile.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Taifeadann sé cliceanna, scrollú agus freagraí ar shuirbhéanna, ionas go bhfeicfimid cá bhfuil an suíomh deacair le húsáid.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Déanann sé idirdhealú idir cuairteoirí ó chuairt go cuairt.' },
        '_hjSession_*': { purpose: 'Grúpálann sé leathanaigh na cuairte céanna le chéile.' },
        _hjTLDTest: { purpose: 'Aimsíonn sé an fearann ar féidir fianáin a shocrú air; scriostar é láithreach.' },
      },
    },
  },
};

export default ga;
