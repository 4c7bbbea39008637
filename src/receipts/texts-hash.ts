/**
 * Proof of what the visitor was shown: a SHA-256 over a canonical JSON of the
 * interface strings in their language and every category, service and cookie
 * text of the config. A later change of wording gives a different hash, so a
 * receipt stays tied to the exact texts of its time.
 */
import type { CookieInfo, SealConfig } from '../core/types.js';
import { withDefaultTexts } from '../i18n/default-texts.js';
import { getStrings } from '../i18n/index.js';
import { sha256b64url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';
import { localize } from './localize.js';

/** The document that is hashed; exported so a site owner can reproduce a hash. */
export async function shownTexts(config: SealConfig, lang: string): Promise<Record<string, unknown>> {
  // The built-in texts ship with the languages, not in the config.
  const categories = await withDefaultTexts(config.categories, lang);
  const l = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const cookies = (list: CookieInfo[] | undefined) =>
    (list ?? []).map((c) => ({ name: c.name, provider: l(c.provider), purpose: l(c.purpose), duration: l(c.duration) }));
  return {
    lang,
    policyUrl: config.policyUrl,
    revision: config.revision,
    strings: await getStrings(lang, config.texts),
    categories: categories.map((cat) => ({
      id: cat.id,
      label: l(cat.label),
      description: l(cat.description),
      required: cat.required === true,
      cookies: cookies(cat.cookies),
      services: cat.services.map((svc) => ({
        id: svc.id,
        label: l(svc.label),
        provider: l(svc.provider),
        description: l(svc.description),
        cookies: cookies(svc.cookies),
      })),
    })),
  };
}

export async function textsHash(config: SealConfig, lang: string): Promise<string> {
  return sha256b64url(canonicalJson(await shownTexts(config, lang)));
}
