import type { LanguagePack } from './types.js';

/** Portuguese: European spelling (AO90) in the neutral, pronoun-free style of careful sites, readable in Brazil too. */
const pt: LanguagePack = {
  lang: 'pt',
  // European Portuguese: 0 takes the plural ("0 serviços"), as pt-PT's rule says; pt's is Brazil's.
  pluralLocale: 'pt-PT',
  dir: 'ltr',
  banner: {
    bannerTitle: 'As suas opções de privacidade',
    bannerText:
      'Utilizamos cookies que mantêm este site seguro e em funcionamento. Com a sua autorização, gostaríamos também de memorizar as suas preferências, medir a utilização do site e mostrar anúncios relevantes. Pode alterar a sua escolha a qualquer momento.',
    policyLink: 'Consulte a nossa política de cookies',
    bannerLabel: 'Consentimento de cookies',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customise: 'Personalizar',
    close: 'Fechar sem escolher',
    gpcNotice:
      'O seu navegador indicou que não pretende que os seus dados sejam vendidos ou partilhados (Global Privacy Control): a publicidade permanece desativada.',
  },
  more: {
    preferencesTitle: 'Preferências de privacidade',
    preferencesIntro:
      'Escolha que cookies este site pode utilizar. Apenas os essenciais estão ativos até indicar o contrário, e pode voltar aqui sempre que quiser.',
    saveChoices: 'Guardar escolhas',
    alwaysOn: 'Sempre ativos',
    serviceCount: { one: '{count} serviço', many: '{count} serviços', other: '{count} serviços' },
    cookiesUsed: 'Cookies utilizados',
    cookieName: 'Nome',
    cookieProvider: 'Fornecedor',
    cookiePurpose: 'Finalidade',
    cookieDuration: 'Duração',
    serviceDetails: 'Detalhes sobre {service}',
    provider: 'Fornecedor:',
    settingsButton: 'Definições de privacidade',
    downloadReceipts: 'Descarregar os meus recibos de consentimento',
    embedBlocked: 'Este conteúdo de {provider} está bloqueado até autorizar a categoria «{category}».',
    embedLoad: 'Carregar conteúdo',
    embedSettings: 'Definições de cookies',
    embedIntro: '{service}, de {provider}, será carregado aqui assim que o autorizar.',
    embedCookies: 'Cookies que instala:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Permitir {service}',
    formPrompt: 'Permitir {service} para enviar este formulário',
    formAllow: 'Permitir',
    formCancel: 'Cancelar',
    formSending: 'A enviar…',
    formTick: 'Marque a caixa para confirmar que não é um robô e, em seguida, envie o formulário.',
    formFailed:
      'Não foi possível carregar {service}, por isso o formulário não foi enviado. Verifique a sua ligação à Internet e tente novamente.',
    menuLabel: 'Opções de privacidade',
    menuPreferences: 'Preferências de privacidade',
    menuWithdraw: 'Retirar consentimento',
  },
  categories: {
    essential: {
      label: 'Sessão e segurança',
      description:
        'Permitem iniciar sessão, protegem os seus dados e mantêm o site em funcionamento (o seu carrinho de compras, os ficheiros que envia). O site não funciona sem eles, por isso estão sempre ativos.',
    },
    preferences: {
      label: 'Preferências',
      description:
        'Memorizam como prefere ver e utilizar o site, por exemplo o idioma, a região ou o fuso horário. Sem eles, o site funciona normalmente, mas esquece as suas escolhas.',
    },
    interaction: {
      label: 'Histórico de interação',
      description:
        'Guardam informação sobre a forma como interage com o site: as páginas que visita e a campanha que deu origem à sua visita. O site funciona sem eles.',
    },
    advertising: {
      label: 'Publicidade e marketing',
      description:
        'Tornam os anúncios mais adequados aos seus interesses e medem o desempenho das nossas campanhas. Terceiros, como as plataformas de vídeo, podem instalar os seus próprios cookies. O site funciona sem eles.',
    },
    analytics: {
      label: 'Análise',
      description:
        'Ajudam-nos a compreender como os visitantes utilizam o site, para que o possamos melhorar (Google Analytics). O site funciona sem eles.',
    },
  },
  session: 'Sessão',
  units: {
    minute: { one: '# minuto', many: '# minutos', other: '# minutos' },
    hour: { one: '# hora', many: '# horas', other: '# horas' },
    day: { one: '# dia', many: '# dias', other: '# dias' },
    month: { one: '# mês', many: '# meses', other: '# meses' },
    year: { one: '# ano', many: '# anos', other: '# anos' },
  },
  receipt: {
    methods: {
      'accept-all': 'Aceitação total',
      'reject-all': 'Rejeição total',
      custom: 'Escolhas personalizadas guardadas',
      withdraw: 'Consentimento retirado',
      gpc: 'Global Privacy Control aplicado',
    },
    allowed: 'categorias permitidas',
    nothingAllowed: 'apenas cookies essenciais',
    countersigned: 'contra-assinado pelo site',
    unsigned: 'não assinado',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mede as visitas e as visualizações de páginas de forma agregada.',
      cookies: {
        _ga: { purpose: 'Distingue os visitantes.' },
        '_ga_*': { purpose: 'Mantém o estado da sua visita.' },
        _gid: { purpose: 'Distingue os visitantes durante um dia.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Carrega as etiquetas de medição e de publicidade do site. Não instala nenhum cookie; as etiquetas que carrega pedem o seu consentimento.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mede quais dos nossos anúncios levaram a uma visita ou a uma compra, e pode mostrar os nossos anúncios noutros sites.',
      cookies: {
        _gcl_au: { purpose: 'Associa um clique num anúncio a uma visita ou compra posterior.' },
        _gcl_aw: { purpose: 'Memoriza o anúncio em que clicou para chegar até nós.' },
        _gcl_gb: { purpose: 'Memoriza o anúncio em que clicou, para medição sem cookies de outros sites.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Distingue pessoas de bots quando envia um formulário. A Google instala os seus próprios cookies, por isso o serviço aguarda a sua autorização.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Efetua a análise de risco que protege os formulários contra spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Reproduz vídeos incorporados. O YouTube pode memorizar o que viu e mostrar anúncios relacionados.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Estima a sua largura de banda e memoriza as definições do leitor de vídeo.',
        },
        YSC: { provider: 'YouTube', purpose: 'Conta as visualizações dos vídeos incorporados.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description:
        'Reproduz vídeos incorporados. O Vimeo conta as visualizações e pode reconhecer o seu navegador.',
      cookies: {
        vuid: { purpose: 'Distingue os espectadores para contar as visualizações.' },
        __cf_bm: { purpose: 'Distingue pessoas de bots (Cloudflare, em nome do Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Apresenta mapas interativos. A Google pode associar a utilização do mapa ao seu perfil Google.',
      cookies: {
        NID: { purpose: 'Memoriza as definições do mapa e associa-as à publicidade.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informa a Meta (Facebook, Instagram) da sua visita, para medir e direcionar os nossos anúncios nessas plataformas.',
      cookies: {
        _fbp: { purpose: 'Distingue os visitantes para a medição de anúncios da Meta.' },
        _fbc: { purpose: 'Memoriza o anúncio da Meta em que clicou para chegar até nós.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Conta as visitas e as visualizações de páginas para melhorar o site.',
      cookies: {
        '_pk_id.*': { purpose: 'Distingue os visitantes.' },
        '_pk_ses.*': { purpose: 'Agrupa as páginas de uma mesma visita.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Grava cliques, o deslocamento na página e respostas a questionários, para identificarmos onde o site é difícil de utilizar.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Distingue os visitantes de uma visita para a outra.' },
        '_hjSession_*': { purpose: 'Agrupa as páginas de uma mesma visita.' },
        _hjTLDTest: { purpose: 'Determina o domínio em que os cookies podem ser instalados; é eliminado de imediato.' },
      },
    },
  },
};

export default pt;
