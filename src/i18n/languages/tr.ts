import type { LanguagePack } from './types.js';

/** Turkish: polite address (siz), imperative buttons as Turkish interfaces write them. */
const tr: LanguagePack = {
  lang: 'tr',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Gizlilik tercihleriniz',
    bannerText:
      'Bu sitenin güvenli ve düzgün çalışmasını sağlayan çerezler kullanıyoruz. İzin verirseniz ayarlarınızı hatırlamak, sitenin nasıl kullanıldığını ölçmek ve size ilginizi çekebilecek reklamlar göstermek de istiyoruz. Fikrinizi istediğiniz zaman değiştirebilirsiniz.',
    policyLink: 'Çerez politikamızı okuyun',
    bannerLabel: 'Çerez onayı',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    customise: 'Özelleştir',
    close: 'Seçim yapmadan kapat',
    gpcNotice:
      'Tarayıcınız verilerinizi satmamamızı veya paylaşmamamızı istedi (Global Privacy Control): reklam çerezleri kapalı kalır.',
  },
  more: {
    preferencesTitle: 'Gizlilik tercihleri',
    preferencesIntro:
      'Bu sitenin hangi çerezleri kullanabileceğini seçin. Siz aksini belirtmedikçe yalnızca zorunlu çerezler etkindir; istediğiniz zaman buraya geri dönebilirsiniz.',
    saveChoices: 'Seçimleri kaydet',
    alwaysOn: 'Her zaman etkin',
    serviceCount: { one: '{count} hizmet', other: '{count} hizmet' },
    cookiesUsed: 'Kullanılan çerezler',
    cookieName: 'Ad',
    cookieProvider: 'Sağlayıcı',
    cookiePurpose: 'Amaç',
    cookieDuration: 'Süre',
    serviceDetails: '{service} hizmeti hakkında ayrıntılar',
    provider: 'Sağlayıcı:',
    settingsButton: 'Gizlilik ayarları',
    downloadReceipts: 'Onay kayıtlarımı indir',
    embedBlocked: '{provider} tarafından sağlanan bu içerik, “{category}” kategorisine izin verene kadar engellenmiştir.',
    embedLoad: 'İçeriği yükle',
    embedSettings: 'Çerez ayarları',
    embedIntro: '{provider} tarafından sağlanan {service} hizmeti, izin verdiğinizde burada yüklenir.',
    embedCookies: 'Kullandığı çerezler:',
    embedCookie: '{name} ({duration})',
    embedAllow: '{service} hizmetine izin ver',
    formPrompt: 'Bu formu göndermek için {service} hizmetine izin verin',
    formAllow: 'İzin ver',
    formCancel: 'İptal',
    formSending: 'Gönderiliyor…',
    formTick: 'Robot olmadığınızı göstermek için kutuyu işaretleyin, ardından formu gönderin.',
    formFailed:
      '{service} hizmeti yüklenemediği için form gönderilmedi. Bağlantınızı kontrol edip tekrar deneyin.',
    menuLabel: 'Gizlilik seçenekleri',
    menuPreferences: 'Gizlilik tercihleri',
    menuWithdraw: 'Onayı geri çek',
  },
  categories: {
    essential: {
      label: 'Oturum ve güvenlik',
      description:
        'Oturum açmanızı sağlar, verilerinizi korur ve sitenin çalışmasını sürdürür (alışveriş sepetiniz, yüklediğiniz dosyalar). Site bu çerezler olmadan çalışamaz, bu nedenle her zaman etkindir.',
    },
    preferences: {
      label: 'Tercihler',
      description:
        'Dil, bölge veya saat dilimi gibi, sitenin görünümü ve davranışıyla ilgili tercihlerinizi hatırlar. Site bu çerezler olmadan da çalışır, yalnızca seçimlerinizi unutur.',
    },
    interaction: {
      label: 'Etkileşim geçmişi',
      description:
        'Siteyle nasıl etkileşimde bulunduğunuzu kaydeder: görüntülediğiniz sayfalar ve sizi buraya getiren kampanya. Site bu çerezler olmadan da çalışır.',
    },
    advertising: {
      label: 'Reklam ve pazarlama',
      description:
        'Reklamları ilgi alanlarınıza daha uygun hâle getirir ve kampanyalarımızın performansını ölçer. Video platformları gibi üçüncü taraflar kendi çerezlerini yerleştirebilir. Site bu çerezler olmadan da çalışır.',
    },
    analytics: {
      label: 'Analitik',
      description:
        'Ziyaretçilerin siteyi nasıl kullandığını anlamamıza ve böylece siteyi geliştirmemize yardımcı olur (Google Analytics). Site bu çerezler olmadan da çalışır.',
    },
  },
  session: 'Oturum',
  units: {
    minute: { one: '# dakika', other: '# dakika' },
    hour: { one: '# saat', other: '# saat' },
    day: { one: '# gün', other: '# gün' },
    month: { one: '# ay', other: '# ay' },
    year: { one: '# yıl', other: '# yıl' },
  },
  receipt: {
    methods: {
      'accept-all': 'Tümü kabul edildi',
      'reject-all': 'Tümü reddedildi',
      custom: 'Özel seçimler kaydedildi',
      withdraw: 'Onay geri çekildi',
      gpc: 'Global Privacy Control uygulandı',
    },
    allowed: 'izin verilenler',
    nothingAllowed: 'yalnızca zorunlu çerezler',
    countersigned: 'site tarafından da imzalı',
    unsigned: 'imzasız',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Ziyaretleri ve sayfa görüntülemelerini toplu olarak ölçer.',
      cookies: {
        _ga: { purpose: 'Ziyaretçileri birbirinden ayırt eder.' },
        '_ga_*': { purpose: 'Ziyaretinizin durumunu saklar.' },
        _gid: { purpose: 'Ziyaretçileri bir gün boyunca birbirinden ayırt eder.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Sitenin ölçüm ve reklam etiketlerini yükler. Kendisi çerez yerleştirmez; yüklediği etiketler sizden onay ister.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Reklamlarımızdan hangisinin bir ziyarete veya satın almaya yol açtığını ölçer; reklamlarımızı size başka yerlerde de gösterebilir.',
      cookies: {
        _gcl_au: { purpose: 'Bir reklam tıklamasını sonraki bir ziyaret veya satın almayla ilişkilendirir.' },
        _gcl_aw: { purpose: 'Bize ulaşmak için tıkladığınız reklamı hatırlar.' },
        _gcl_gb: { purpose: 'Diğer sitelerin çerezleri olmadan ölçüm yapabilmek için tıkladığınız reklamı hatırlar.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Form gönderdiğinizde insanları botlardan ayırt eder. Google kendi çerezlerini yerleştirdiği için izninizi bekler.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Formları spama karşı koruyan risk analizini yürütür.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Yerleştirilmiş videoları oynatır. YouTube, izlediklerinizi hatırlayabilir ve size bunlarla ilgili reklamlar gösterebilir.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Bant genişliğinizi tahmin eder ve oynatıcı ayarlarını hatırlar.',
        },
        YSC: { provider: 'YouTube', purpose: 'Yerleştirilmiş videoların kaç kez izlendiğini sayar.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Yerleştirilmiş videoları oynatır. Vimeo, izlenme sayısını ölçer ve tarayıcınızı tanıyabilir.',
      cookies: {
        vuid: { purpose: 'İzlenme sayısını ölçmek için izleyicileri birbirinden ayırt eder.' },
        __cf_bm: { purpose: 'İnsanları botlardan ayırt eder (Vimeo adına Cloudflare).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Etkileşimli haritalar gösterir. Google, haritayı nasıl kullandığınızı Google profilinizle ilişkilendirebilir.',
      cookies: {
        NID: { purpose: 'Harita ayarlarınızı hatırlar ve bunları reklamlarla ilişkilendirir.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Reklamlarımızı Meta platformlarında ölçüp hedefleyebilmemiz için ziyaretinizi Meta’ya (Facebook, Instagram) bildirir.',
      cookies: {
        _fbp: { purpose: 'Meta’nın reklam ölçümü için ziyaretçileri birbirinden ayırt eder.' },
        _fbc: { purpose: 'Bize ulaşmak için tıkladığınız Meta reklamını hatırlar.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Siteyi geliştirmek için ziyaretleri ve sayfa görüntülemelerini sayar.',
      cookies: {
        '_pk_id.*': { purpose: 'Ziyaretçileri birbirinden ayırt eder.' },
        '_pk_ses.*': { purpose: 'Aynı ziyarete ait sayfaları gruplar.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Sitenin hangi noktalarda zor kullanıldığını görebilmemiz için tıklamaları, kaydırmaları ve anket yanıtlarını kaydeder.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Ziyaretçileri ziyaretler arasında birbirinden ayırt eder.' },
        '_hjSession_*': { purpose: 'Aynı ziyarete ait sayfaları gruplar.' },
        _hjTLDTest: { purpose: 'Çerezlerin yerleştirilebileceği alan adını belirler; hemen silinir.' },
      },
    },
  },
};

export default tr;
