import type { LanguagePack } from './types.js';

/** Maltese: plain, courteous second person singular (int), as Maltese public and commercial sites write. */
const mt: LanguagePack = {
  lang: 'mt',
  dir: 'ltr',
  banner: {
    bannerTitle: 'L-għażliet tiegħek dwar il-privatezza',
    bannerText:
      'Nużaw cookies li jżommu dan is-sit sigur u jaħdem sew. Bil-permess tiegħek, nixtiequ wkoll niftakru l-issettjar tiegħek, inkejlu kif jintuża s-sit u nurulek reklami rilevanti. Tista’ tbiddel fehmtek fi kwalunkwe ħin.',
    policyLink: 'Aqra l-politika tagħna dwar il-cookies',
    bannerLabel: 'Kunsens għall-cookies',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customise: 'Ippersonalizza',
    close: 'Agħlaq mingħajr ma tagħżel',
    gpcNotice:
      'Il-browser tiegħek talabna biex ma nbigħux u ma naqsmux id-data tiegħek (Global Privacy Control): ir-reklamar jibqa’ mitfi.',
  },
  more: {
    preferencesTitle: 'Preferenzi tal-privatezza',
    preferencesIntro:
      'Agħżel liema cookies jista’ juża dan is-sit. Sakemm ma tgħidx mod ieħor, ikunu attivi biss dawk essenzjali, u tista’ terġa’ lura hawn meta trid.',
    saveChoices: 'Ikkonferma l-għażliet',
    alwaysOn: 'Dejjem attivi',
    serviceCount: {
      one: '{count} servizz',
      two: '{count} servizzi',
      few: '{count} servizzi',
      many: '{count}-il servizz',
      other: '{count} servizz',
    },
    cookiesUsed: 'Cookies użati',
    cookieName: 'Isem',
    cookieProvider: 'Fornitur',
    cookiePurpose: 'Għan',
    cookieDuration: 'Tul ta’ żmien',
    serviceDetails: 'Dettalji dwar {service}',
    provider: 'Fornitur:',
    settingsButton: 'Issettjar tal-privatezza',
    downloadReceipts: 'Niżżel l-irċevuti tal-kunsens tiegħi',
    embedBlocked: 'Dan il-kontenut minn {provider} huwa mblukkat sakemm tippermetti l-kategorija “{category}”.',
    embedLoad: 'Tella’ l-kontenut',
    embedSettings: 'Issettjar tal-cookies',
    embedIntro: '{service} minn {provider} jitla’ hawn hekk kif tippermettih.',
    embedCookies: 'Cookies li jpoġġi:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Ippermetti {service}',
    formPrompt: 'Ippermetti {service} biex tintbagħat din il-formola',
    formAllow: 'Ippermetti',
    formCancel: 'Ikkanċella',
    formSending: 'Qed tintbagħat…',
    formTick: 'Immarka l-kaxxa biex turi li m’intix robot, imbagħad ibgħat il-formola.',
    formFailed:
      '{service} ma telax, għalhekk il-formola ma ntbagħtitx. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
    menuLabel: 'Għażliet tal-privatezza',
    menuPreferences: 'Preferenzi tal-privatezza',
    menuWithdraw: 'Irtira l-kunsens',
  },
  categories: {
    essential: {
      label: 'Sessjoni u sigurtà',
      description:
        'Jippermettulek tidħol fil-kont tiegħek, jipproteġu d-data tiegħek u jżommu s-sit jaħdem (il-karrettun tax-xiri, il-fajls li ttella’). Is-sit ma jistax jaħdem mingħajrhom, għalhekk dejjem ikunu attivi.',
    },
    preferences: {
      label: 'Preferenzi',
      description:
        'Jiftakru kif tixtieq li s-sit jidher u jaġixxi, bħall-lingwa, ir-reġjun jew iż-żona tal-ħin tiegħek. Mingħajrhom is-sit xorta jaħdem, iżda jinsa l-għażliet tiegħek.',
    },
    interaction: {
      label: 'Storja tal-interazzjoni',
      description:
        'Jirreġistraw kif tinteraġixxi mas-sit: il-paġni li tara u l-kampanja li ġabitek hawn. Is-sit jaħdem ukoll mingħajrhom.',
    },
    advertising: {
      label: 'Reklamar u marketing',
      description:
        'Jagħmlu r-reklami aktar rilevanti għalik u jkejlu kemm qed jirnexxu l-kampanji tagħna. Partijiet terzi, bħall-pjattaformi tal-vidjo, jistgħu jpoġġu l-cookies tagħhom stess. Is-sit jaħdem ukoll mingħajrhom.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Jgħinuna nifhmu kif il-viżitaturi jużaw is-sit, biex inkunu nistgħu ntejbuh (Google Analytics). Is-sit jaħdem ukoll mingħajrhom.',
    },
  },
  session: 'Sessjoni',
  units: {
    minute: { one: '# minuta', two: '# minuti', few: '# minuti', many: '#-il minuta', other: '# minuta' },
    hour: { one: '# siegħa', two: 'sagħtejn', few: '# sigħat', many: '#-il siegħa', other: '# siegħa' },
    day: { one: '# jum', two: 'jumejn', few: '# ijiem', many: '#-il jum', other: '# jum' },
    month: { one: '# xahar', two: 'xahrejn', few: '# xhur', many: '#-il xahar', other: '# xahar' },
    year: { one: '# sena', two: 'sentejn', few: '# snin', many: '#-il sena', other: '# sena' },
  },
  receipt: {
    methods: {
      'accept-all': 'Ġew aċċettati kollha',
      'reject-all': 'Ġew irrifjutati kollha',
      custom: 'Ġew ikkonfermati għażliet personalizzati',
      withdraw: 'Il-kunsens ġie rtirat',
      gpc: 'Ġie applikat il-Global Privacy Control',
    },
    allowed: 'permessi',
    nothingAllowed: 'cookies essenzjali biss',
    countersigned: 'kontrofirmat mis-sit',
    unsigned: 'mhux iffirmat',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Ikejjel iż-żjarat u l-paġni li jintwerew b’mod aggregat.',
      cookies: {
        _ga: { purpose: 'Jiddistingwi bejn il-viżitaturi.' },
        '_ga_*': { purpose: 'Iżomm l-istat taż-żjara tiegħek.' },
        _gid: { purpose: 'Jiddistingwi bejn il-viżitaturi għal ġurnata.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Itella’ t-tags tal-kejl u tar-reklamar tas-sit. Hu stess ma jpoġġi l-ebda cookie; it-tags li jtella’ jitolbu l-kunsens tiegħek.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Ikejjel liema mir-reklami tagħna wasslu għal żjara jew xiri, u jista’ jurik ir-reklami tagħna x’imkien ieħor.',
      cookies: {
        _gcl_au: { purpose: 'Jorbot klikk fuq reklam ma’ żjara jew xiri aktar tard.' },
        _gcl_aw: { purpose: 'Jiftakar ir-reklam li għafast biex wasalt għandna.' },
        _gcl_gb: { purpose: 'Jiftakar ir-reklam li għafast, għal kejl mingħajr cookies ta’ siti oħra.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Jiddistingwi lin-nies mill-bots meta tibgħat formola. Google ipoġġi l-cookies tiegħu stess, għalhekk jistenna l-permess tiegħek.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Iwettaq l-analiżi tar-riskju li tipproteġi l-formoli mill-ispam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Idoqq il-vidjows inkorporati. YouTube jista’ jiftakar x’rajt u jurik reklami relatati.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Jistma l-veloċità tal-konnessjoni tiegħek u jiftakar l-issettjar tal-plejer.',
        },
        YSC: { provider: 'YouTube', purpose: 'Jgħodd kemm-il darba jintwerew il-vidjows inkorporati.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Idoqq il-vidjows inkorporati. Vimeo jgħodd kemm-il darba jintwerew u jista’ jagħraf il-browser tiegħek.',
      cookies: {
        vuid: { purpose: 'Jiddistingwi bejn it-telespettaturi biex jgħodd kemm-il darba jintwerew il-vidjows.' },
        __cf_bm: { purpose: 'Jiddistingwi lin-nies mill-bots (Cloudflare, f’isem Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Juri mapep interattivi. Google jista’ jorbot l-użu li tagħmel mill-mappa mal-profil Google tiegħek.',
      cookies: {
        NID: { purpose: 'Jiftakar l-issettjar tal-mappa tiegħek u jorbtu mar-reklamar.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Jgħarraf lil Meta (Facebook, Instagram) li żort is-sit, biex inkunu nistgħu nkejlu u nimmiraw ir-reklami tagħna hemmhekk.',
      cookies: {
        _fbp: { purpose: 'Jiddistingwi bejn il-viżitaturi għall-kejl tar-reklami ta’ Meta.' },
        _fbc: { purpose: 'Jiftakar ir-reklam ta’ Meta li għafast biex wasalt għandna.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Jgħodd iż-żjarat u l-paġni li jintwerew biex intejbu s-sit.',
      cookies: {
        '_pk_id.*': { purpose: 'Jiddistingwi bejn il-viżitaturi.' },
        '_pk_ses.*': { purpose: 'Jiġbor flimkien il-paġni ta’ żjara waħda.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Jirreġistra l-klikks, l-iscrolling u t-tweġibiet għall-istħarriġ, biex naraw fejn is-sit huwa diffiċli biex jintuża.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Jiddistingwi bejn il-viżitaturi minn żjara għal oħra.' },
        '_hjSession_*': { purpose: 'Jiġbor flimkien il-paġni ta’ żjara waħda.' },
        _hjTLDTest: { purpose: 'Isib id-dominju fejn jistgħu jitpoġġew il-cookies; jitħassar minnufih.' },
      },
    },
  },
};

export default mt;
