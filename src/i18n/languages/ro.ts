import type { LanguagePack } from './types.js';

/** Romanian: formal address (dumneavoastră, verbs in the polite plural), ș and ț with comma below. */
const ro: LanguagePack = {
  lang: 'ro',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Opțiunile dumneavoastră de confidențialitate',
    bannerText:
      'Folosim cookie-uri care mențin acest site sigur și funcțional. Cu permisiunea dumneavoastră, am dori, de asemenea, să vă reținem setările, să măsurăm modul în care este folosit site-ul și să vă afișăm reclame relevante. Vă puteți răzgândi oricând.',
    policyLink: 'Citiți politica noastră privind cookie-urile',
    bannerLabel: 'Consimțământ pentru cookie-uri',
    acceptAll: 'Acceptați toate',
    rejectAll: 'Refuzați toate',
    customise: 'Personalizați',
    close: 'Închideți fără a alege',
    gpcNotice:
      'Browserul dumneavoastră ne-a cerut să nu vă vindem și să nu vă partajăm datele (Global Privacy Control): publicitatea rămâne dezactivată.',
  },
  more: {
    preferencesTitle: 'Preferințe de confidențialitate',
    preferencesIntro:
      'Alegeți ce cookie-uri poate folosi acest site. Până nu decideți altfel, sunt active doar cele esențiale și puteți reveni aici oricând doriți.',
    saveChoices: 'Salvați opțiunile',
    alwaysOn: 'Întotdeauna active',
    serviceCount: { one: '{count} serviciu', few: '{count} servicii', other: '{count} de servicii' },
    cookiesUsed: 'Cookie-uri folosite',
    cookieName: 'Nume',
    cookieProvider: 'Furnizor',
    cookiePurpose: 'Scop',
    cookieDuration: 'Durată',
    serviceDetails: 'Detalii despre {service}',
    provider: 'Furnizor:',
    settingsButton: 'Setări de confidențialitate',
    downloadReceipts: 'Descărcați dovezile consimțământului',
    embedBlocked: 'Acest conținut de la {provider} este blocat până când permiteți categoria „{category}”.',
    embedLoad: 'Încărcați conținutul',
    embedSettings: 'Setări pentru cookie-uri',
    embedIntro: 'Serviciul {service} de la {provider} se va încărca aici după ce îl permiteți.',
    embedCookies: 'Cookie-uri pe care le setează:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Permiteți serviciul {service}',
    formPrompt: 'Permiteți serviciul {service} pentru a trimite acest formular',
    formAllow: 'Permiteți',
    formCancel: 'Anulați',
    formSending: 'Se trimite…',
    formTick: 'Bifați caseta pentru a confirma că nu sunteți robot, apoi trimiteți formularul.',
    formFailed:
      'Serviciul {service} nu s-a încărcat, așa că formularul nu a fost trimis. Verificați conexiunea și încercați din nou.',
    menuLabel: 'Opțiuni de confidențialitate',
    menuPreferences: 'Preferințe de confidențialitate',
    menuWithdraw: 'Retrageți consimțământul',
  },
  categories: {
    essential: {
      label: 'Sesiune și securitate',
      description:
        'Vă permit să vă autentificați, vă protejează datele și mențin site-ul funcțional (coșul de cumpărături, fișierele încărcate). Site-ul nu poate funcționa fără ele, de aceea sunt mereu active.',
    },
    preferences: {
      label: 'Preferințe',
      description:
        'Rețin cum preferați să arate și să se comporte site-ul, de exemplu limba, regiunea sau fusul orar. Fără ele, site-ul funcționează în continuare, doar că nu vă mai reține alegerile.',
    },
    interaction: {
      label: 'Istoricul interacțiunilor',
      description:
        'Înregistrează modul în care interacționați cu site-ul: paginile pe care le vizualizați și campania prin care ați ajuns aici. Site-ul funcționează și fără ele.',
    },
    advertising: {
      label: 'Publicitate și marketing',
      description:
        'Fac reclamele mai relevante pentru dumneavoastră și măsoară performanța campaniilor noastre. Terțe părți, cum ar fi platformele video, își pot seta propriile cookie-uri. Site-ul funcționează și fără ele.',
    },
    analytics: {
      label: 'Statistici',
      description:
        'Ne ajută să înțelegem cum folosesc vizitatorii site-ul, ca să îl putem îmbunătăți (Google Analytics). Site-ul funcționează și fără ele.',
    },
  },
  session: 'Sesiune',
  units: {
    minute: { one: '# minut', few: '# minute', other: '# de minute' },
    hour: { one: '# oră', few: '# ore', other: '# de ore' },
    day: { one: '# zi', few: '# zile', other: '# de zile' },
    month: { one: '# lună', few: '# luni', other: '# de luni' },
    year: { one: '# an', few: '# ani', other: '# de ani' },
  },
  receipt: {
    methods: {
      'accept-all': 'Toate acceptate',
      'reject-all': 'Toate refuzate',
      custom: 'Opțiuni personalizate salvate',
      withdraw: 'Consimțământ retras',
      gpc: 'Global Privacy Control aplicat',
    },
    allowed: 'categorii permise',
    nothingAllowed: 'doar cookie-uri esențiale',
    countersigned: 'contrasemnat de site',
    unsigned: 'nesemnat',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Măsoară vizitele și afișările de pagini în mod agregat.',
      cookies: {
        _ga: { purpose: 'Deosebește vizitatorii între ei.' },
        '_ga_*': { purpose: 'Păstrează starea vizitei dumneavoastră.' },
        _gid: { purpose: 'Deosebește vizitatorii între ei timp de o zi.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Încarcă etichetele de măsurare și de publicitate ale site-ului. Nu setează el însuși niciun cookie; etichetele pe care le încarcă vă cer consimțământul.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Măsoară care dintre reclamele noastre au dus la o vizită sau la o achiziție și vă poate afișa reclamele noastre și în alte locuri.',
      cookies: {
        _gcl_au: { purpose: 'Asociază un clic pe o reclamă cu o vizită sau o achiziție ulterioară.' },
        _gcl_aw: { purpose: 'Reține reclama pe care ați dat clic ca să ajungeți la noi.' },
        _gcl_gb: { purpose: 'Reține reclama pe care ați dat clic, pentru măsurare fără cookie-urile altor site-uri.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Deosebește oamenii de roboți atunci când trimiteți un formular. Google setează propriile cookie-uri, așa că serviciul așteaptă consimțământul dumneavoastră.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Efectuează analiza de risc care protejează formularele împotriva spamului.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Redă videoclipurile încorporate. YouTube poate reține ce ați vizionat și vă poate afișa reclame asemănătoare.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Estimează lățimea de bandă și reține setările playerului.',
        },
        YSC: { provider: 'YouTube', purpose: 'Numără vizionările videoclipurilor încorporate.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Redă videoclipurile încorporate. Vimeo numără vizionările și vă poate recunoaște browserul.',
      cookies: {
        vuid: { purpose: 'Deosebește spectatorii între ei pentru a număra vizionările.' },
        __cf_bm: { purpose: 'Deosebește oamenii de roboți (Cloudflare, în numele Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Afișează hărți interactive. Google poate asocia utilizarea hărții cu profilul dumneavoastră Google.',
      cookies: {
        NID: { purpose: 'Reține setările hărții și le asociază cu publicitatea.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Transmite companiei Meta (Facebook, Instagram) că ați vizitat site-ul, pentru a măsura și a direcționa reclamele noastre pe platformele sale.',
      cookies: {
        _fbp: { purpose: 'Deosebește vizitatorii între ei pentru măsurarea reclamelor de către Meta.' },
        _fbc: { purpose: 'Reține reclama Meta pe care ați dat clic ca să ajungeți la noi.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Numără vizitele și afișările de pagini pentru a îmbunătăți site-ul.',
      cookies: {
        '_pk_id.*': { purpose: 'Deosebește vizitatorii între ei.' },
        '_pk_ses.*': { purpose: 'Grupează paginile aceleiași vizite.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Înregistrează clicurile, derularea și răspunsurile la sondaje, ca să vedem unde site-ul este greu de folosit.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Deosebește vizitatorii de la o vizită la alta.' },
        '_hjSession_*': { purpose: 'Grupează paginile aceleiași vizite.' },
        _hjTLDTest: { purpose: 'Determină domeniul pe care pot fi setate cookie-urile; se șterge imediat.' },
      },
    },
  },
};

export default ro;
