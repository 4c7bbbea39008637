import type { CategoryId, ConsentModeType } from './types.js';

/**
 * The service catalogue: ready-made definitions a site names in its config
 * (`"services": { "vimeo": true }`) instead of listing cookies itself.
 *
 * The loader needs only the category of a named entry (`CATALOG_CATEGORIES`
 * in categories.ts, checked against this file by a unit test). Everything
 * here — hosts, cookies and their lifetimes, Consent Mode types — is used by
 * chunks fetched later: the withdrawal clean-up and the preference center.
 * The words a visitor reads are in `src/i18n/catalog-*.ts`.
 */

/** A lifetime: a number and a unit (m minutes, h hours, d days, mo months, y years), or `session`. */
export type Lifetime = 'session' | `${number}${'m' | 'h' | 'd' | 'mo' | 'y'}`;

export interface CatalogEntry {
  category: CategoryId;
  provider: string;
  /** Hosts its scripts and frames load from. */
  hosts: string[];
  /** Cookie name (a trailing `*` matches a prefix) → lifetime. */
  cookies: Record<string, Lifetime>;
  /** The Consent Mode types the service reads, for Google tags. */
  consentMode?: ConsentModeType[];
}

const GA: ConsentModeType[] = ['analytics_storage'];
const ADS: ConsentModeType[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];

export const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  'google-analytics': {
    category: 'analytics',
    provider: 'Google',
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
    cookies: { _ga: '2y', '_ga_*': '2y', _gid: '24h' },
    consentMode: GA,
  },
  'google-tag-manager': {
    category: 'analytics',
    provider: 'Google',
    hosts: ['www.googletagmanager.com'],
    // The container itself sets no cookie; the tags it fires are declared as their own services.
    cookies: {},
    consentMode: [...GA, ...ADS],
  },
  'google-ads': {
    category: 'advertising',
    provider: 'Google',
    hosts: ['www.googletagmanager.com', 'googleads.g.doubleclick.net', 'www.googleadservices.com'],
    cookies: { _gcl_au: '90d', _gcl_aw: '90d', _gcl_gb: '90d' },
    consentMode: ADS,
  },
  recaptcha: {
    category: 'essential',
    provider: 'Google',
    hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
    cookies: { _GRECAPTCHA: '6mo' },
  },
  youtube: {
    category: 'advertising',
    provider: 'Google / YouTube',
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com'],
    cookies: { VISITOR_INFO1_LIVE: '6mo', YSC: 'session' },
  },
  vimeo: {
    category: 'advertising',
    provider: 'Vimeo',
    hosts: ['player.vimeo.com', 'f.vimeocdn.com'],
    cookies: { vuid: '2y', __cf_bm: '30m' },
  },
  'google-maps': {
    category: 'advertising',
    provider: 'Google',
    hosts: ['www.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
    cookies: { NID: '6mo' },
  },
  'meta-pixel': {
    category: 'advertising',
    provider: 'Meta',
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    cookies: { _fbp: '90d', _fbc: '90d' },
  },
  matomo: {
    category: 'analytics',
    provider: 'Matomo',
    // Self-hosted or Matomo Cloud: the host is the site's own Matomo.
    hosts: ['cdn.matomo.cloud'],
    cookies: { '_pk_id.*': '13mo', '_pk_ses.*': '30m' },
  },
  hotjar: {
    category: 'analytics',
    provider: 'Hotjar',
    hosts: ['static.hotjar.com', 'script.hotjar.com'],
    cookies: { '_hjSessionUser_*': '1y', '_hjSession_*': '30m', _hjTLDTest: 'session' },
  },
};

/** The cookie names of a catalogue service, or undefined for a service it does not know. */
export const catalogCookies = (id: string): string[] | undefined =>
  Object.prototype.hasOwnProperty.call(CATALOG, id) ? Object.keys(CATALOG[id].cookies) : undefined;

const UNITS: Record<string, string> = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };

/** "13mo" → "13 months" / "13 mois", in the visitor's language. */
export function formatLifetime(lifetime: string, lang: string, session: string): string {
  const [, n, unit] = /^(\d+)(\w+)$/.exec(lifetime) ?? [];
  if (!n || !UNITS[unit]) return session;
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: UNITS[unit], unitDisplay: 'long' }).format(Number(n));
  } catch {
    return `${n} ${UNITS[unit]}`;
  }
}
