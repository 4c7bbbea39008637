import type { LanguagePack } from './types.js';

/** Spanish (Spain): formal address (usted), as careful European Spanish sites write. */
const es: LanguagePack = {
  lang: 'es',
  dir: 'ltr',
  banner: {
    bannerTitle: 'Sus opciones de privacidad',
    bannerText:
      'Utilizamos cookies que mantienen este sitio seguro y en funcionamiento. Con su permiso, también nos gustaría recordar sus ajustes, medir cómo se usa el sitio y mostrarle anuncios de su interés. Puede cambiar de opinión en cualquier momento.',
    policyLink: 'Consulte nuestra política de cookies',
    bannerLabel: 'Consentimiento de cookies',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customise: 'Personalizar',
    close: 'Cerrar sin elegir',
    gpcNotice:
      'Su navegador nos ha pedido que no vendamos ni compartamos sus datos (Global Privacy Control): la publicidad permanece desactivada.',
  },
  more: {
    preferencesTitle: 'Preferencias de privacidad',
    preferencesIntro:
      'Elija qué cookies puede utilizar este sitio. Solo las esenciales están activas mientras no indique lo contrario, y puede volver aquí siempre que quiera.',
    saveChoices: 'Guardar mis opciones',
    alwaysOn: 'Siempre activas',
    serviceCount: { one: '{count} servicio', many: '{count} servicios', other: '{count} servicios' },
    cookiesUsed: 'Cookies utilizadas',
    cookieName: 'Nombre',
    cookieProvider: 'Proveedor',
    cookiePurpose: 'Finalidad',
    cookieDuration: 'Duración',
    serviceDetails: 'Detalles sobre {service}',
    provider: 'Proveedor:',
    settingsButton: 'Configuración de privacidad',
    downloadReceipts: 'Descargar mis comprobantes de consentimiento',
    embedBlocked: 'Este contenido de {provider} está bloqueado hasta que acepte la categoría «{category}».',
    embedLoad: 'Cargar contenido',
    embedSettings: 'Configuración de cookies',
    embedIntro: '{service}, de {provider}, se cargará aquí en cuanto lo permita.',
    embedCookies: 'Cookies que instala:',
    embedCookie: '{name} ({duration})',
    embedAllow: 'Permitir {service}',
    formPrompt: 'Permita el uso de {service} para enviar este formulario',
    formAllow: 'Permitir',
    formCancel: 'Cancelar',
    formSending: 'Enviando…',
    formTick: 'Marque la casilla para confirmar que no es un robot y, después, envíe el formulario.',
    formFailed:
      '{service} no se ha cargado, así que el formulario no se ha enviado. Compruebe su conexión e inténtelo de nuevo.',
    menuLabel: 'Opciones de privacidad',
    menuPreferences: 'Preferencias de privacidad',
    menuWithdraw: 'Retirar el consentimiento',
  },
  categories: {
    essential: {
      label: 'Sesión y seguridad',
      description:
        'Sirven para iniciar su sesión, proteger sus datos y mantener el sitio en funcionamiento (su cesta de la compra, los archivos que sube). El sitio no puede funcionar sin ellas, por eso están siempre activas.',
    },
    preferences: {
      label: 'Preferencias',
      description:
        'Recuerdan cómo prefiere que se vea y se comporte el sitio, por ejemplo, su idioma, su región o su zona horaria. Sin ellas el sitio sigue funcionando, pero olvida sus elecciones.',
    },
    interaction: {
      label: 'Historial de interacción',
      description:
        'Registran cómo interactúa con el sitio: las páginas que visita y la campaña que le ha traído hasta aquí. El sitio funciona sin ellas.',
    },
    advertising: {
      label: 'Publicidad y marketing',
      description:
        'Hacen que los anuncios sean más relevantes para usted y miden el rendimiento de nuestras campañas. Terceros, como las plataformas de vídeo, pueden instalar sus propias cookies. El sitio funciona sin ellas.',
    },
    analytics: {
      label: 'Analítica',
      description:
        'Nos ayudan a entender cómo usan el sitio los visitantes para poder mejorarlo (Google Analytics). El sitio funciona sin ellas.',
    },
  },
  session: 'Sesión',
  units: {
    minute: { one: '# minuto', many: '# minutos', other: '# minutos' },
    hour: { one: '# hora', many: '# horas', other: '# horas' },
    day: { one: '# día', many: '# días', other: '# días' },
    month: { one: '# mes', many: '# meses', other: '# meses' },
    year: { one: '# año', many: '# años', other: '# años' },
  },
  receipt: {
    methods: {
      'accept-all': 'Todas aceptadas',
      'reject-all': 'Todas rechazadas',
      custom: 'Selección personalizada guardada',
      withdraw: 'Consentimiento retirado',
      gpc: 'Global Privacy Control aplicado',
    },
    allowed: 'categorías permitidas',
    nothingAllowed: 'solo cookies esenciales',
    countersigned: 'refrendado por el sitio',
    unsigned: 'sin firmar',
  },
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      description: 'Mide las visitas y las páginas vistas de forma agregada.',
      cookies: {
        _ga: { purpose: 'Distingue a los visitantes.' },
        '_ga_*': { purpose: 'Conserva el estado de su visita.' },
        _gid: { purpose: 'Distingue a los visitantes durante un día.' },
      },
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      description:
        'Carga las etiquetas de medición y de publicidad del sitio. No instala ninguna cookie por sí mismo; las etiquetas que carga solicitan su consentimiento.',
      cookies: {},
    },
    'google-ads': {
      label: 'Google Ads',
      description:
        'Mide cuáles de nuestros anuncios han dado lugar a una visita o a una compra, y puede mostrarle nuestros anuncios en otros sitios.',
      cookies: {
        _gcl_au: { purpose: 'Vincula un clic en un anuncio con una visita o una compra posterior.' },
        _gcl_aw: { purpose: 'Recuerda el anuncio en el que hizo clic para llegar hasta nosotros.' },
        _gcl_gb: { purpose: 'Recuerda el anuncio en el que hizo clic, para medir sin cookies de otros sitios.' },
      },
    },
    recaptcha: {
      label: 'Google reCAPTCHA',
      description:
        'Distingue a las personas de los bots cuando envía un formulario. Google instala sus propias cookies, por lo que espera a que usted lo permita.',
      cookies: {
        _GRECAPTCHA: { purpose: 'Realiza el análisis de riesgo que protege los formularios contra el spam.' },
      },
    },
    youtube: {
      label: 'YouTube',
      description:
        'Reproduce vídeos insertados. YouTube puede recordar lo que ha visto y mostrarle anuncios relacionados.',
      cookies: {
        VISITOR_INFO1_LIVE: {
          provider: 'YouTube',
          purpose: 'Estima su ancho de banda y recuerda los ajustes del reproductor.',
        },
        YSC: { provider: 'YouTube', purpose: 'Cuenta las reproducciones de los vídeos insertados.' },
      },
    },
    vimeo: {
      label: 'Vimeo',
      description: 'Reproduce vídeos insertados. Vimeo cuenta las reproducciones y puede reconocer su navegador.',
      cookies: {
        vuid: { purpose: 'Distingue a los espectadores para contar las reproducciones.' },
        __cf_bm: { purpose: 'Distingue a las personas de los bots (Cloudflare, en nombre de Vimeo).' },
      },
    },
    'google-maps': {
      label: 'Google Maps',
      description:
        'Muestra mapas interactivos. Google puede vincular el uso que haga del mapa con su perfil de Google.',
      cookies: {
        NID: { purpose: 'Recuerda sus ajustes del mapa y los vincula con la publicidad.' },
      },
    },
    'meta-pixel': {
      label: 'Meta Pixel',
      description:
        'Informa a Meta (Facebook, Instagram) de su visita para medir y orientar allí nuestros anuncios.',
      cookies: {
        _fbp: { purpose: 'Distingue a los visitantes para la medición publicitaria de Meta.' },
        _fbc: { purpose: 'Recuerda el anuncio de Meta en el que hizo clic para llegar hasta nosotros.' },
      },
    },
    matomo: {
      label: 'Matomo',
      description: 'Cuenta las visitas y las páginas vistas para mejorar el sitio.',
      cookies: {
        '_pk_id.*': { purpose: 'Distingue a los visitantes.' },
        '_pk_ses.*': { purpose: 'Agrupa las páginas de una misma visita.' },
      },
    },
    hotjar: {
      label: 'Hotjar',
      description:
        'Registra clics, desplazamientos y respuestas a encuestas para que veamos en qué partes del sitio cuesta más usarlo.',
      cookies: {
        '_hjSessionUser_*': { purpose: 'Distingue a los visitantes de una visita a otra.' },
        '_hjSession_*': { purpose: 'Agrupa las páginas de una misma visita.' },
        _hjTLDTest: { purpose: 'Determina en qué dominio pueden instalarse las cookies; se elimina de inmediato.' },
      },
    },
  },
};

export default es;
