/**
 * The receipt payload: a Kantara Consent Receipt v1.1 document, the JWT
 * claims that make it a self-describing token, and cookie-seal's `consent`
 * object with the full picture (refusals included) and the hash chain.
 */
import type { CategoryDefinition, ConsentChange, DecisionMethod, SealConfig, ServiceDefinition } from '../core/types.js';
import { localize } from './localize.js';
import { piiCategoriesFor, purposeCategoriesFor } from './kantara-vocabulary.js';
import { uuidv4 } from '../core/uuid.js';

export const KANTARA_VERSION = 'KI-CR-v1.1.0';
const DEFAULT_JURISDICTION = 'EU';
/** Written where the site owner left a controller field out: the policy page must say it. */
export const CONTROLLER_PLACEHOLDER = 'see policyUrl';

export interface ReceiptPayloadInput {
  change: ConsentChange;
  config: SealConfig;
  lang: string;
  /** SHA-256 (base64url) of the texts the visitor was shown, or null when it could not be computed. */
  textsHash: string | null;
  /** SHA-256 (base64url) of the previous receipt's JWS, or null for the first one. */
  prev: string | null;
  /** Milliseconds since the epoch. */
  now: number;
  /** The site origin, e.g. `https://shop.example`. */
  origin: string;
}

export interface ConsentSummary {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  method: DecisionMethod;
  revision: number;
  language: string;
  textsHash: string | null;
  prev: string | null;
}

export function buildReceiptPayload(input: ReceiptPayloadInput): Record<string, unknown> {
  const { change, config, lang, origin } = input;
  const { state } = change;
  const visitorId = state.visitorId ?? 'unknown';
  const id = uuidv4();
  const iat = Math.floor(input.now / 1000);
  const decidedAt = state.decidedAt ? Math.floor(Date.parse(state.decidedAt) / 1000) : NaN;
  const consent: ConsentSummary = {
    categories: { ...state.categories },
    services: { ...state.services },
    method: change.method,
    revision: state.revision,
    language: lang,
    textsHash: input.textsHash,
    prev: input.prev,
  };
  return {
    version: KANTARA_VERSION,
    jurisdiction: config.jurisdiction || DEFAULT_JURISDICTION,
    consentTimestamp: Number.isFinite(decidedAt) && decidedAt >= 0 ? decidedAt : iat,
    collectionMethod: collectionMethod(change.method, origin),
    consentReceiptID: id,
    language: lang,
    piiPrincipalId: visitorId,
    piiControllers: [controller(config, origin)],
    policyUrl: absoluteUrl(config.policyUrl, origin),
    services: grantedServices(change, config, lang),
    sensitive: false,
    spiCat: [],
    iat,
    jti: id,
    iss: origin,
    sub: visitorId,
    consent,
  };
}

function collectionMethod(method: DecisionMethod, origin: string): string {
  if (method === 'gpc') return `Global Privacy Control signal honoured by cookie-seal on ${origin}`;
  return `cookie-seal banner on ${origin} (${method})`;
}

function controller(config: SealConfig, origin: string): Record<string, unknown> {
  const c = config.controller;
  return {
    piiController: c?.name || origin,
    onBehalf: false,
    contact: c?.contact || c?.name || CONTROLLER_PLACEHOLDER,
    address: c?.address ?? {},
    email: c?.email || CONTROLLER_PLACEHOLDER,
    phone: c?.phone || CONTROLLER_PLACEHOLDER,
    piiControllerUrl: c?.url ? absoluteUrl(c.url, origin) : origin,
  };
}

function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    return origin;
  }
}

/**
 * One entry per granted service. A granted category with no granted service,
 * and every required category (the site's own session cookies exist whether
 * or not an opt-in service such as reCAPTCHA is on), gets an entry of its own,
 * so even a refusal lists what still runs.
 */
function grantedServices(change: ConsentChange, config: SealConfig, lang: string): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (const cat of config.categories) {
    if (change.state.categories[cat.id] !== true) continue;
    const services = cat.services.filter((svc) => change.state.services[svc.id] === true);
    if (cat.required === true || services.length === 0) {
      entries.push({ service: localize(cat.label, lang) ?? cat.id, purposes: [purpose(cat, undefined, config, lang)] });
    }
    for (const svc of services) {
      entries.push({ service: localize(svc.label, lang) ?? svc.id, purposes: [purpose(cat, svc, config, lang)] });
    }
  }
  return entries;
}

function purpose(cat: CategoryDefinition, svc: ServiceDefinition | undefined, config: SealConfig, lang: string): Record<string, unknown> {
  const label = localize(cat.label, lang) ?? cat.id;
  const provider = svc ? localize(svc.provider, lang) : undefined;
  // Strictly necessary processing does not rest on consent; an opt-in service inside it does.
  const needsConsent = cat.required !== true || svc?.optIn === true;
  return {
    purpose: localize(svc?.description, lang) ?? localize(cat.description, lang) ?? label,
    purposeCategory: purposeCategoriesFor(cat.id, label),
    consentType: needsConsent ? 'EXPLICIT' : 'N/A',
    piiCategory: piiCategoriesFor(cat.id),
    primaryPurpose: cat.required === true,
    termination: `withdrawal in the preference center or after ${config.maxAgeDays} days`,
    ...(provider ? { thirdPartyDisclosure: true, thirdPartyName: provider } : { thirdPartyDisclosure: false }),
  };
}
