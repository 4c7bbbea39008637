/**
 * The shape of one built-in language: every word cookie-seal shows in it,
 * interface and service catalogue alike, in one file (`<code>.ts` beside this
 * one). The build splits each file into the pieces its chunks need (banner,
 * preference center, catalogue entries, receipt summary), so a visitor
 * downloads only the pieces of their own language that the page uses.
 *
 * Placeholders are written `{name}` and must appear exactly as in English.
 * Plural forms follow `Intl.PluralRules` for the language: give every
 * category the language has (`one`, `two`, `few`, `many`, `other`, and `zero`
 * where CLDR uses it); `other` is required. In unit forms `#` stands for the
 * number.
 */

/** A text in each plural category of the language (`other` required). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The five default categories. */
export type DefaultCategoryId = 'essential' | 'preferences' | 'interaction' | 'advertising' | 'analytics';

/** The catalogue's services (src/catalog/<id>.ts). */
export type CatalogServiceId =
  | 'google-analytics'
  | 'google-tag-manager'
  | 'google-ads'
  | 'recaptcha'
  | 'youtube'
  | 'vimeo'
  | 'google-maps'
  | 'meta-pixel'
  | 'matomo'
  | 'hotjar';

/** How a decision was made, as the receipt summary names it. */
export type MethodId = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc';

/** A lifetime unit of a cookie (`"13mo"` in the catalogue). */
export type UnitId = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface LanguagePack {
  /** BCP 47 primary language subtag: `de`, `nb`, `he`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * The locale whose `Intl.PluralRules` the plural forms follow, when it is not
   * `lang`'s default: European Portuguese says "0 serviços", which is `pt-PT`'s
   * rule, while `pt` (Brazil's) puts 0 with 1.
   */
  pluralLocale?: string;

  /** What the first layer shows (fetched with the banner). */
  banner: {
    bannerTitle: string;
    /** One or two short sentences; no placeholder. */
    bannerText: string;
    /** Link text to the site's cookie policy. */
    policyLink: string;
    /** Accessible name of the banner region. */
    bannerLabel: string;
    acceptAll: string;
    rejectAll: string;
    customise: string;
    /** Accessible name of the ✕ button: closing refuses without storing. */
    close: string;
    /** Shown when the browser sends Global Privacy Control. */
    gpcNotice: string;
  };

  /** The preference center, quick menu, placeholders and form flow. */
  more: {
    preferencesTitle: string;
    preferencesIntro: string;
    saveChoices: string;
    /** Shown instead of a switch on the essential category. */
    alwaysOn: string;
    /** "{count} services" under a category, in every plural form. */
    serviceCount: PluralForms;
    /** Summary of the cookie table disclosure. */
    cookiesUsed: string;
    cookieName: string;
    cookieProvider: string;
    cookiePurpose: string;
    cookieDuration: string;
    /** Accessible name of a service's info button; `{service}`. */
    serviceDetails: string;
    /** Label before a service's provider, punctuation included ("Provider:"). */
    provider: string;
    /** Accessible name of the floating button that reopens the preferences. */
    settingsButton: string;
    downloadReceipts: string;
    /** Blocked embed; `{provider}` and `{category}`. */
    embedBlocked: string;
    embedLoad: string;
    embedSettings: string;
    /** `{service}` and `{provider}`. */
    embedIntro: string;
    embedCookies: string;
    /** `{name}` and `{duration}`. */
    embedCookie: string;
    /** `{service}`. */
    embedAllow: string;
    /** `{service}`. */
    formPrompt: string;
    formAllow: string;
    formCancel: string;
    formSending: string;
    formTick: string;
    /** `{service}`. */
    formFailed: string;
    menuLabel: string;
    menuPreferences: string;
    menuWithdraw: string;
  };

  /** The five default categories' names and purposes. */
  categories: Record<DefaultCategoryId, { label: string; description: string }>;

  /** Lifetime of a cookie deleted when the browser closes. */
  session: string;
  /** "# months" in every plural form, `#` standing for the number. */
  units: Record<UnitId, PluralForms>;

  /** The human-readable summary in the visitor's receipt download. */
  receipt: {
    /** How the decision was made. */
    methods: Record<MethodId, string>;
    /** Before the list of allowed categories: "allowed: Analytics, …". */
    allowed: string;
    /** When no category beyond the essential ones was allowed. */
    nothingAllowed: string;
    countersigned: string;
    unsigned: string;
  };

  /**
   * The catalogue's services: label (a brand name stays as it is),
   * description, and each cookie's purpose by cookie name (names as in
   * src/catalog/<id>.ts). `provider` only where it reads differently.
   */
  services: Record<CatalogServiceId, {
    label: string;
    provider?: string;
    description: string;
    cookies: Record<string, { purpose: string; provider?: string }>;
  }>;
}
