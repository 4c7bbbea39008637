import type { LanguagePack } from './types.js';

/** Czech: formal address (vykání) with capitalised Vy/Vás/Váš. */
const cs: LanguagePack = {
  lang: 'cs',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Vaše soukromí',
    bannerText:
      'Používáme soubory cookie, které zajišťují bezpečnost a\u00a0správné fungování tohoto webu. S\u00a0Vaším svolením bychom si rádi také pamatovali Vaše nastavení, měřili, jak je web používán, a\u00a0zobrazovali Vám relevantní reklamy. Své rozhodnutí můžete kdykoli změnit.',
    policyLink: 'Zásady používání souborů cookie',
    bannerLabel: 'Souhlas se soubory cookie',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customise: 'Přizpůsobit',
    close: 'Zavřít bez rozhodnutí',
    gpcNotice:
      'Váš prohlížeč nás požádal, abychom Vaše údaje neprodávali ani nesdíleli (Global Privacy Control). Reklamní soubory cookie proto zůstávají vypnuté.',
  },
  more: {
    preferencesTitle: 'Předvolby soukromí',
    preferencesIntro:
      'Vyberte, které soubory cookie smí tento web používat. Dokud nerozhodnete jinak, jsou zapnuté pouze nezbytné soubory cookie. Sem se můžete kdykoli vrátit.',
    saveChoices: 'Uložit nastavení',
    alwaysOn: 'Vždy aktivní',
    serviceCount: {
      one: '{count}\u00a0služba',
      few: '{count}\u00a0služby',
      many: '{count}\u00a0služby',
      other: '{count}\u00a0služeb',
    },
    cookiesUsed: 'Používané soubory cookie',
    cookieName: 'Název',
    cookieProvider: 'Poskytovatel',
    cookiePurpose: 'Účel',
    cookieDuration: 'Doba platnosti',
    serviceDetails: 'Podrobnosti o\u00a0službě {service}',
    provider: 'Poskytovatel:',
    settingsButton: 'Nastavení soukromí',
    downloadReceipts: 'Stáhnout potvrzení o\u00a0udělených souhlasech',
    embedBlocked: 'Tento obsah poskytovatele {provider} je zablokován, dokud nepovolíte kategorii „{category}“.',
    embedLoad: 'Načíst obsah',
    embedSettings: 'Nastavení souborů cookie',
    embedIntro: 'Služba {service} poskytovatele {provider} se zde načte, jakmile ji povolíte.',
    embedCookies: 'Ukládá tyto soubory cookie:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Povolit službu {service}',
    formPrompt: 'Pro odeslání formuláře povolte službu {service}',
    formAllow: 'Povolit',
    formCancel: 'Zrušit',
    formSending: 'Odesílání…',
    formTick: 'Zaškrtněte políčko „Nejsem robot“ a\u00a0poté formulář odešlete.',
    formFailed:
      'Službu {service} se nepodařilo načíst, a\u00a0proto formulář nebyl odeslán. Zkontrolujte připojení k\u00a0internetu a\u00a0zkuste to znovu.',
    menuLabel: 'Možnosti soukromí',
    menuPreferences: 'Předvolby soukromí',
    menuWithdraw: 'Odvolat souhlas',
  },
  categories: {
    essential: {
      label: 'Relace a\u00a0zabezpečení',
      description:
        'Umožňují přihlášení, chrání Vaše údaje a\u00a0zajišťují fungování webu (např. nákupního košíku nebo nahrávání souborů). Bez nich web fungovat nemůže, proto jsou vždy zapnuté.',
    },
    preferences: {
      label: 'Předvolby',
      description:
        'Pamatují si, jak má web vypadat a\u00a0fungovat, například Váš jazyk, region nebo časové pásmo. Web funguje i\u00a0bez nich, jen si nezapamatuje Vaše volby.',
    },
    interaction: {
      label: 'Historie interakcí',
      description:
        'Zaznamenávají, jak s\u00a0webem pracujete: které stránky si prohlížíte a\u00a0která kampaň Vás k\u00a0nám přivedla. Web funguje i\u00a0bez nich.',
    },
    advertising: {
      label: 'Reklama a\u00a0marketing',
      description:
        'Umožňují zobrazovat reklamy, které Vás zajímají, a\u00a0měřit úspěšnost našich kampaní. Třetí strany, například videoplatformy, mohou ukládat vlastní soubory cookie. Web funguje i\u00a0bez nich.',
    },
    analytics: {
      label: 'Analytika',
      description:
        'Pomáhají nám pochopit, jak návštěvníci web používají, abychom ho mohli zlepšovat (Google Analytics). Web funguje i\u00a0bez nich.',
    },
  },
  session: 'Relace',
  units: {
    minute: { one: '#\u00a0minuta', few: '#\u00a0minuty', many: '#\u00a0minuty', other: '#\u00a0minut' },
    hour: { one: '#\u00a0hodina', few: '#\u00a0hodiny', many: '#\u00a0hodiny', other: '#\u00a0hodin' },
    day: { one: '#\u00a0den', few: '#\u00a0dny', many: '#\u00a0dne', other: '#\u00a0dní' },
    month: { one: '#\u00a0měsíc', few: '#\u00a0měsíce', many: '#\u00a0měsíce', other: '#\u00a0měsíců' },
    year: { one: '#\u00a0rok', few: '#\u00a0roky', many: '#\u00a0roku', other: '#\u00a0let' },
  },
  receipt: {
    methods: {
      'accept-all': 'Přijato vše',
      'reject-all': 'Odmítnuto vše',
      custom: 'Uložena vlastní volba',
      withdraw: 'Souhlas odvolán',
      gpc: 'Uplatněn signál Global Privacy Control',
    },
    allowed: 'povoleno',
    nothingAllowed: 'pouze nezbytné soubory cookie',
    countersigned: 'spolupodepsáno webem',
    unsigned: 'nepodepsáno',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Měří návštěvy a\u00a0zobrazení stránek v\u00a0souhrnné podobě.',
      cookies: {
        _ga: { purpose: 'Rozlišuje návštěvníky.' },
        '_ga_*': { purpose: 'Uchovává stav Vaší návštěvy.' },
        _gid: { purpose: 'Rozlišuje návštěvníky po dobu jednoho dne.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Načítá měřicí a\u00a0reklamní tagy webu. Sám žádné soubory cookie neukládá; tagy, které načítá, žádají o\u00a0Váš souhlas.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Měří, které z\u00a0našich reklam vedly k\u00a0návštěvě nebo nákupu, a\u00a0může Vám naše reklamy zobrazovat i\u00a0jinde.',
      cookies: {
        _gcl_au: { purpose: 'Propojuje kliknutí na reklamu s\u00a0pozdější návštěvou nebo nákupem.' },
        _gcl_aw: { purpose: 'Pamatuje si reklamu, která Vás k\u00a0nám přivedla.' },
        _gcl_gb: { purpose: 'Pamatuje si reklamu, na kterou bylo kliknuto, pro měření bez souborů cookie jiných webů.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Při odesílání formuláře odlišuje lidi od robotů. Google ukládá vlastní soubory cookie, a\u00a0proto služba čeká na Váš souhlas.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Provádí analýzu rizik, která chrání formuláře před spamem.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Přehrává vložená videa. YouTube si může pamatovat zhlédnutá videa a\u00a0zobrazovat související reklamy.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Odhaduje rychlost Vašeho připojení a\u00a0pamatuje si nastavení přehrávače.',
        },
        YSC: { provider: 'YouTube', purpose: 'Počítá zhlédnutí vložených videí.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Přehrává vložená videa. Vimeo počítá zhlédnutí a\u00a0může rozpoznat Váš prohlížeč.',
      cookies: {
        vuid: { purpose: 'Rozlišuje diváky kvůli počítání zhlédnutí videí.' },
        __cf_bm: { purpose: 'Odlišuje lidi od robotů (Cloudflare jménem společnosti Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Zobrazuje interaktivní mapy. Google může propojit Vaše používání mapy s\u00a0Vaším profilem Google.',
      cookies: {
        NID: { purpose: 'Pamatuje si nastavení mapy a\u00a0propojuje je s\u00a0reklamou.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informuje společnost Meta (Facebook, Instagram) o\u00a0Vaší návštěvě, aby tam bylo možné měřit a\u00a0cílit naše reklamy.',
      cookies: {
        _fbp: { purpose: 'Rozlišuje návštěvníky pro měření reklam společnosti Meta.' },
        _fbc: { purpose: 'Pamatuje si reklamu na platformách Meta, která Vás k\u00a0nám přivedla.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Počítá návštěvy a\u00a0zobrazení stránek, abychom mohli web zlepšovat.',
      cookies: {
        '_pk_id.*': { purpose: 'Rozlišuje návštěvníky.' },
        '_pk_ses.*': { purpose: 'Seskupuje stránky jedné návštěvy.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Zaznamenává kliknutí, posouvání a\u00a0odpovědi v\u00a0anketách, abychom viděli, kde se web používá obtížně.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Rozlišuje návštěvníky napříč návštěvami.' },
        '_hjSession_*': { purpose: 'Seskupuje stránky jedné návštěvy.' },
        _hjTLDTest: { purpose: 'Zjišťuje doménu, na které lze ukládat soubory cookie; ihned se smaže.' },
      },
    },
  },
};

export default cs;
