import type { LanguagePack } from './types.js';

/** Polish: formal, impersonal style with „Państwo” where the visitor is addressed. */
const pl: LanguagePack = {
  lang: 'pl',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Prywatność i\u00a0pliki cookie',
    bannerText:
      'Używamy plików cookie, które zapewniają bezpieczeństwo i\u00a0prawidłowe działanie tej strony. Za Państwa zgodą chcielibyśmy także zapamiętywać Państwa ustawienia, analizować sposób korzystania ze strony i\u00a0wyświetlać dopasowane reklamy. Decyzję można zmienić w\u00a0każdej chwili.',
    policyLink: 'Polityka plików cookie',
    bannerLabel: 'Zgoda na pliki cookie',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customise: 'Dostosuj',
    close: 'Zamknij bez dokonywania wyboru',
    gpcNotice:
      'Państwa przeglądarka poprosiła nas, abyśmy nie sprzedawali ani nie udostępniali Państwa danych (Global Privacy Control), dlatego reklamowe pliki cookie pozostają wyłączone.',
  },
  more: {
    preferencesTitle: 'Preferencje prywatności',
    preferencesIntro:
      'Prosimy wybrać, z\u00a0jakich plików cookie może korzystać ta strona. Dopóki nie zdecydują Państwo inaczej, włączone są tylko niezbędne pliki cookie. Do tych ustawień można wrócić w\u00a0każdej chwili.',
    saveChoices: 'Zapisz wybór',
    alwaysOn: 'Zawsze włączone',
    serviceCount: {
      one: '{count}\u00a0usługa',
      few: '{count}\u00a0usługi',
      many: '{count}\u00a0usług',
      other: '{count}\u00a0usługi',
    },
    cookiesUsed: 'Używane pliki cookie',
    cookieName: 'Nazwa',
    cookieProvider: 'Dostawca',
    cookiePurpose: 'Cel',
    cookieDuration: 'Czas przechowywania',
    serviceDetails: 'Szczegóły usługi {service}',
    provider: 'Dostawca:',
    settingsButton: 'Ustawienia prywatności',
    downloadReceipts: 'Pobierz potwierdzenia udzielonych zgód',
    embedBlocked:
      'Ta treść dostawcy {provider} jest zablokowana, dopóki nie zezwolą Państwo na pliki cookie z\u00a0kategorii „{category}”.',
    embedLoad: 'Wczytaj treść',
    embedSettings: 'Ustawienia plików cookie',
    embedIntro: 'Usługa {service} dostawcy {provider} zostanie wczytana w\u00a0tym miejscu po wyrażeniu zgody.',
    embedCookies: 'Ustawiane pliki cookie:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Zezwól na usługę {service}',
    formPrompt: 'Wysłanie formularza wymaga zgody na usługę {service}',
    formAllow: 'Zezwól',
    formCancel: 'Anuluj',
    formSending: 'Wysyłanie…',
    formTick: 'Prosimy zaznaczyć pole „Nie jestem robotem”, a\u00a0następnie wysłać formularz.',
    formFailed:
      'Usługa {service} nie została wczytana, więc formularz nie został wysłany. Prosimy sprawdzić połączenie z\u00a0internetem i\u00a0spróbować ponownie.',
    menuLabel: 'Opcje prywatności',
    menuPreferences: 'Preferencje prywatności',
    menuWithdraw: 'Wycofaj zgodę',
  },
  categories: {
    essential: {
      label: 'Sesja i\u00a0bezpieczeństwo',
      description:
        'Umożliwiają logowanie, chronią Państwa dane i\u00a0zapewniają działanie strony (np. koszyka czy przesyłania plików). Strona nie może bez nich działać, dlatego są zawsze włączone.',
    },
    preferences: {
      label: 'Preferencje',
      description:
        'Zapamiętują, jak ma wyglądać i\u00a0działać strona, np. wybrany język, region lub strefę czasową. Bez nich strona działa, ale nie pamięta Państwa wyborów.',
    },
    interaction: {
      label: 'Historia interakcji',
      description:
        'Rejestrują sposób korzystania ze strony: odwiedzane podstrony i\u00a0kampanię, dzięki której trafili Państwo na stronę. Strona działa bez nich.',
    },
    advertising: {
      label: 'Reklama i\u00a0marketing',
      description:
        'Pozwalają dopasowywać reklamy do Państwa zainteresowań i\u00a0mierzyć skuteczność naszych kampanii. Podmioty zewnętrzne, np. platformy wideo, mogą ustawiać własne pliki cookie. Strona działa bez nich.',
    },
    analytics: {
      label: 'Analityka',
      description:
        'Pomagają nam zrozumieć, jak odwiedzający korzystają ze strony, abyśmy mogli ją ulepszać (Google Analytics). Strona działa bez nich.',
    },
  },
  session: 'Sesja',
  units: {
    minute: { one: '#\u00a0minuta', few: '#\u00a0minuty', many: '#\u00a0minut', other: '#\u00a0minuty' },
    hour: { one: '#\u00a0godzina', few: '#\u00a0godziny', many: '#\u00a0godzin', other: '#\u00a0godziny' },
    day: { one: '#\u00a0dzień', few: '#\u00a0dni', many: '#\u00a0dni', other: '#\u00a0dnia' },
    month: { one: '#\u00a0miesiąc', few: '#\u00a0miesiące', many: '#\u00a0miesięcy', other: '#\u00a0miesiąca' },
    year: { one: '#\u00a0rok', few: '#\u00a0lata', many: '#\u00a0lat', other: '#\u00a0roku' },
  },
  receipt: {
    methods: {
      'accept-all': 'Zaakceptowano wszystkie',
      'reject-all': 'Odrzucono wszystkie',
      custom: 'Zapisano własny wybór',
      withdraw: 'Wycofano zgodę',
      gpc: 'Zastosowano sygnał Global Privacy Control',
    },
    allowed: 'dozwolone',
    nothingAllowed: 'tylko niezbędne pliki cookie',
    countersigned: 'podpisane również przez stronę',
    unsigned: 'niepodpisane',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mierzy liczbę odwiedzin i\u00a0wyświetleń stron w\u00a0ujęciu zbiorczym.',
      cookies: {
        _ga: { purpose: 'Rozróżnia odwiedzających.' },
        '_ga_*': { purpose: 'Przechowuje stan bieżącej wizyty.' },
        _gid: { purpose: 'Rozróżnia odwiedzających przez jeden dzień.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Wczytuje tagi pomiarowe i\u00a0reklamowe strony. Sam nie ustawia żadnych plików cookie; wczytywane przez niego tagi proszą o\u00a0Państwa zgodę.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mierzy, które z\u00a0naszych reklam doprowadziły do wizyty lub zakupu, i\u00a0może wyświetlać nasze reklamy w\u00a0innych miejscach.',
      cookies: {
        _gcl_au: { purpose: 'Łączy kliknięcie reklamy z\u00a0późniejszą wizytą lub zakupem.' },
        _gcl_aw: { purpose: 'Zapamiętuje reklamę, która doprowadziła do wizyty.' },
        _gcl_gb: { purpose: 'Zapamiętuje klikniętą reklamę, aby umożliwić pomiar bez plików cookie innych stron.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Odróżnia ludzi od botów przy wysyłaniu formularzy. Google ustawia własne pliki cookie, dlatego usługa czeka na Państwa zgodę.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Przeprowadza analizę ryzyka, która chroni formularze przed spamem.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description: 'Odtwarza osadzone filmy. YouTube może zapamiętywać obejrzane filmy i\u00a0wyświetlać powiązane reklamy.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Szacuje przepustowość łącza i\u00a0zapamiętuje ustawienia odtwarzacza.',
        },
        YSC: { provider: 'YouTube', purpose: 'Zlicza wyświetlenia osadzonych filmów.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Odtwarza osadzone filmy. Vimeo zlicza wyświetlenia i\u00a0może rozpoznawać Państwa przeglądarkę.',
      cookies: {
        vuid: { purpose: 'Rozróżnia widzów, aby zliczać wyświetlenia filmów.' },
        __cf_bm: { purpose: 'Odróżnia ludzi od botów (Cloudflare w\u00a0imieniu Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Wyświetla interaktywne mapy. Google może powiązać korzystanie z\u00a0mapy z\u00a0Państwa profilem Google.',
      cookies: {
        NID: { purpose: 'Zapamiętuje ustawienia mapy i\u00a0wiąże je z\u00a0reklamami.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informuje firmę Meta (Facebook, Instagram) o\u00a0wizycie na stronie, aby mierzyć skuteczność naszych reklam na tych platformach i\u00a0lepiej je kierować.',
      cookies: {
        _fbp: { purpose: 'Rozróżnia odwiedzających na potrzeby pomiaru reklam Meta.' },
        _fbc: { purpose: 'Zapamiętuje reklamę Meta, która doprowadziła do wizyty.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Zlicza odwiedziny i\u00a0wyświetlenia stron, abyśmy mogli ulepszać serwis.',
      cookies: {
        '_pk_id.*': { purpose: 'Rozróżnia odwiedzających.' },
        '_pk_ses.*': { purpose: 'Grupuje strony wyświetlone podczas jednej wizyty.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Rejestruje kliknięcia, przewijanie i\u00a0odpowiedzi w\u00a0ankietach, abyśmy mogli ustalić, w\u00a0których miejscach korzystanie ze strony sprawia trudności.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Rozróżnia odwiedzających podczas kolejnych wizyt.' },
        '_hjSession_*': { purpose: 'Grupuje strony wyświetlone podczas jednej wizyty.' },
        _hjTLDTest: { purpose: 'Ustala domenę, w\u00a0której można zapisywać pliki cookie; jest od razu usuwany.' },
      },
    },
  },
};

export default pl;
