/**
 * What the banner shows, the first half of every language's table (fetched
 * with the banner). Site owners override any key per language through
 * `config.texts`, so values are plain strings: placeholders are written
 * `{name}` and filled by `format()`.
 */
export interface BannerStrings {
  /** BCP 47 tag of this table, used for `lang` on the rendered elements. */
  lang: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';

  bannerTitle: string;
  bannerText: string;
  /** Link text to the site's cookie policy (`policyUrl`). */
  policyLink: string;
  /** Accessible name of the non-modal banner region. */
  bannerLabel: string;
  acceptAll: string;
  rejectAll: string;
  customise: string;
  /** Accessible name of the close button: closing refuses without storing. */
  close: string;
  /** Shown when the browser sends Global Privacy Control. */
  gpcNotice: string;
}

/**
 * Everything else: the preference center, the quick menu, placeholders and
 * embeds. A separate half so the banner does not wait for it.
 */
export interface MoreStrings {
  preferencesTitle: string;
  preferencesIntro: string;
  saveChoices: string;
  alwaysOn: string;
  /** `{count}` services, singular form (as chosen by `Intl.PluralRules`). */
  serviceCountOne: string;
  /** `{count}` services, plural form. */
  serviceCountOther: string;
  /** Summary of the cookie table disclosure. */
  cookiesUsed: string;
  cookieName: string;
  cookieProvider: string;
  cookiePurpose: string;
  cookieDuration: string;
  /** Accessible name of a service's info button; `{service}` is its label. */
  serviceDetails: string;
  /** Label before a service's provider in its details, punctuation included. */
  provider: string;
  /** Accessible name of the button that opens the preference center again. */
  settingsButton: string;
  downloadReceipts: string;

  /** Placeholder of a blocked embed; `{provider}` and `{category}` are filled in. */
  embedBlocked: string;
  embedLoad: string;
  /** The placeholder's way to the preference center. */
  embedSettings: string;
  /** `<seal-embed>`: what will load; `{service}` and `{provider}` are filled in. */
  embedIntro: string;
  /** `<seal-embed>`: heading of the list of cookies the service sets. */
  embedCookies: string;
  /** `<seal-embed>`: one cookie of that list; `{name}` and `{duration}`. */
  embedCookie: string;
  /** `<seal-embed>`: the one-click consent button; `{service}` is its label. */
  embedAllow: string;
  /** Inline prompt when a form protected by `{service}` is sent before consent. */
  formPrompt: string;
  formAllow: string;
  formCancel: string;
  /** Status while the protection loads and the form is being sent. */
  formSending: string;
  /** Status after Allow on a checkbox-style reCAPTCHA (v2). */
  formTick: string;
  /** Status when the protection did not load; `{service}` is its label. */
  formFailed: string;

  /** Accessible name of the settings button's quick menu. */
  menuLabel: string;
  /** Quick menu item that opens the preference center. */
  menuPreferences: string;
  /** Quick menu item that withdraws every non-essential consent. */
  menuWithdraw: string;
}

/** Every text the visitor interface shows. */
export interface Strings extends BannerStrings, MoreStrings {}

export type StringKey = Exclude<keyof Strings, 'lang' | 'dir'>;
