/**
 * The consent model shared by every part of cookie-seal. This file holds
 * types only, so any chunk may import it without paying bytes for it.
 */

/** Identifier of a category: one of the five defaults or one added by the site. */
export type CategoryId = string;
/** Identifier of a service such as `google-analytics` or `recaptcha`. */
export type ServiceId = string;

/** A text in every language the site speaks, or one string for all. */
export type LocalizedText = string | Record<string, string>;

/** One cookie a service sets, shown in the preference center's table. */
export interface CookieInfo {
  /** Cookie name; a trailing `*` matches a prefix (`_ga_*`). */
  name: string;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  /** Lifetime as shown to the visitor, e.g. "2 years" / { en, fr }. */
  duration?: LocalizedText;
}

/** A third-party service inside a category that the visitor may toggle on its own. */
export interface ServiceDefinition {
  id: ServiceId;
  label?: LocalizedText;
  provider?: LocalizedText;
  description?: LocalizedText;
  /** Cookies deleted when this service is withdrawn and listed in the cookie table. */
  cookies?: CookieInfo[];
  /**
   * Only meaningful inside the `essential` category: the service needs its own
   * opt-in (off by default, Accept all turns it on, Reject all turns it off).
   */
  optIn?: boolean;
  /**
   * The service sells or shares personal data (CCPA/CPRA sense): with Global
   * Privacy Control it stays denied like advertising, until the visitor
   * switches it on themselves.
   */
  saleOrSharing?: boolean;
}

export interface CategoryDefinition {
  id: CategoryId;
  label?: LocalizedText;
  description?: LocalizedText;
  /** Essential categories are always granted and cannot be refused. */
  required?: boolean;
  services: ServiceDefinition[];
  /** Cookies of the category not tied to a service. */
  cookies?: CookieInfo[];
}

/** Who is responsible for the processing (Kantara `piiControllers`). */
export interface ControllerInfo {
  name: string;
  email?: string;
  phone?: string;
  contact?: string;
  url?: string;
  address?: Record<string, string>;
}

export type BannerPosition = 'bar' | 'box' | 'modal';
export type Theme = 'auto' | 'light' | 'dark';
export type ConsentModeType =
  | 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage'
  | 'functionality_storage' | 'personalization_storage' | 'security_storage';

/** The validated configuration every part works with. */
export interface SealConfig {
  /** `auto` or a BCP 47 tag; resolved to a built-in language. */
  lang: string;
  revision: number;
  policyUrl: string;
  controller?: ControllerInfo;
  jurisdiction?: string;
  receiptEndpoint?: string;
  categories: CategoryDefinition[];
  cookieName: string;
  cookieDomain?: string;
  maxAgeDays: number;
  position: BannerPosition;
  theme: Theme;
  /**
   * The floating settings button, shown once the visitor has decided: `"auto"` only on pages
   * without a `[data-seal-open]` element (the site's own link already reopens the settings),
   * `true` always, `false` never.
   */
  settingsButton: boolean | 'auto';
  /** Reload after a withdrawal, because running scripts cannot be un-run. */
  reloadOnWithdraw: boolean;
  /**
   * Google Consent Mode v2. `true` (basic mode): gated Google tags wait for
   * consent like any tag. `"advanced"`: gated scripts of the services
   * google-analytics, google-tag-manager and google-ads load at once, after
   * the denied default, and send cookieless pings until consent. `false`: off.
   */
  googleConsentMode: boolean | 'advanced';
  /** Category → Consent Mode types it grants. */
  consentModeMap: Record<CategoryId, ConsentModeType[]>;
  /** Milliseconds for `wait_for_update`. */
  consentModeWait: number;
  /** ISO 3166 codes the Consent Mode default applies to (its `region`); every region when absent. */
  consentModeRegion?: string[];
  /** `gtag('set', 'ads_data_redaction', true)` while ad storage is denied; default true. */
  adsDataRedaction?: boolean;
  /** `gtag('set', 'url_passthrough', true)`: ad click ids travel in links while storage is denied. */
  urlPassthrough?: boolean;
  /** Per-language overrides of any UI string, e.g. { fr: { acceptAll: "…" } }. */
  texts: Record<string, Record<string, string>>;
  /** Base URL the UI chunks are fetched from (defaults to the loader's own folder). */
  assetsUrl?: string;
}

/** A category as a site owner writes it: texts overriding a default one, or a new category. */
export interface CategoryInput {
  label?: LocalizedText;
  description?: LocalizedText;
  /** Only for new categories; `essential` always stays required. */
  required?: boolean;
  cookies?: CookieInfo[];
}

/** A service as a site owner writes it. `category` is required for a new service. */
export interface ServiceInput {
  category?: CategoryId;
  label?: LocalizedText;
  provider?: LocalizedText;
  description?: LocalizedText;
  cookies?: CookieInfo[];
  optIn?: boolean;
  /** Denied under Global Privacy Control like advertising (see `ServiceDefinition.saleOrSharing`). */
  saleOrSharing?: boolean;
}

/**
 * The config as a site owner writes it (`#cookie-seal-config`, `data-*`,
 * `CookieSeal.configure()`): every field optional, see `parseConfig()`.
 *
 * - `categories`: keyed by id — `{ "analytics": { "label": { "en": "Stats" } } }`
 *   overrides texts of a default category, `{ "newsletter": { "label": …,
 *   "description": … } }` adds one, `"advertising": false` removes a default
 *   one. An array of full `CategoryDefinition`s is accepted as well.
 * - `services`: keyed by id — `{ "vimeo": { "category": "advertising",
 *   "label": "Vimeo", "provider": "Vimeo", "cookies": [{ "name": "vuid" }] } }`
 *   adds or overrides a service; `"youtube": false` removes one; `"hotjar": true`
 *   adds a service of the catalogue (`src/catalog/<id>.ts`) with its category,
 *   cookies and texts.
 * - `consentModeMap`: per category, replaces that category's Consent Mode types.
 * - `texts`: per language, overrides UI strings: `{ "fr": { "acceptAll": "…" } }`.
 */
export type SealConfigInput = Partial<Omit<SealConfig, 'categories' | 'consentModeMap'>> & {
  categories?: CategoryDefinition[] | Record<CategoryId, CategoryInput | false>;
  services?: Record<ServiceId, ServiceInput | boolean>;
  consentModeMap?: Record<CategoryId, ConsentModeType[]>;
  [key: string]: unknown;
};

export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc';

/** The public state, as returned by `CookieSeal.get()`. */
export interface ConsentState {
  decided: boolean;
  categories: Record<CategoryId, boolean>;
  services: Record<ServiceId, boolean>;
  revision: number;
  /** ISO 8601 time of the decision, or null before one. */
  decidedAt: string | null;
  visitorId: string | null;
}

/** What `seal-change` carries. `granted`/`revoked` list category ids and `category:service` ids. */
export interface ConsentChange {
  state: ConsentState;
  method: DecisionMethod;
  granted: string[];
  revoked: string[];
}

/** The record kept in the `eu-consent` cookie (short keys keep it small). */
export interface StoredConsent {
  /** Schema version of this record. */
  v: 1;
  /** Policy revision the visitor answered. */
  r: number;
  /** Pseudonymous visitor id (UUID v4). */
  id: string;
  /** Decision time, seconds since the epoch. */
  t: number;
  /** Category id → granted. */
  c: Record<CategoryId, boolean>;
  /** Service id → granted. */
  s: Record<ServiceId, boolean>;
  /** Method of the decision. */
  m: DecisionMethod;
  /** base64url SHA-256 of the latest receipt JWS, once one exists. */
  h?: string;
}

export interface ReceiptRecord {
  jws: string;
  payload: Record<string, unknown>;
  serverJws?: string;
  /** The receipt's leaf in the receipt service's log (from the countersignature). */
  leafIndex?: number;
}
