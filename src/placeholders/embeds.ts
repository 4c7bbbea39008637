/**
 * The `<seal-embed>` half of the placeholders chunk, fetched only when the
 * page has one: the element (Lit, with its form flow), and everything it
 * shows — all the interface strings, and the default texts of categories,
 * services and cookies (its cookie list with lifetimes).
 */
import type { ConsentStore } from '../core/store.js';
import type { SealEmbed } from '../components/embed/embed.js';
import type { PlaceholderOptions } from './index.js';
import { isObj, isText, text, withSiteTexts, type FieldReader } from './site-names.js';
import type { CategoryDefinition } from '../core/types.js';
import { withDefaultTexts } from '../i18n/default-texts.js';
import { getStrings, type Strings } from '../i18n/index.js';
import '../components/embed/define.js';

export { SealEmbed } from '../components/embed/embed.js';

const ROW = ['name', 'provider', 'purpose', 'duration'];

/**
 * A service's cookie table as an embed lists it: the rows with a name and well-formed texts, each
 * with its table's fields only (what the complete check in the consent chunk keeps, quietly).
 */
const cookieRows: FieldReader = (v) =>
  Array.isArray(v)
    ? v.filter((row) => isObj(row) && typeof row.name === 'string' && row.name !== '' && ROW.every((k) => k === 'name' || row[k] === undefined || isText(row[k])))
      .map((row) => Object.fromEntries(ROW.filter((k) => row[k] !== undefined).map((k) => [k, row[k]])))
    : undefined;

/** What an embed shows of a service: who it is, what it does and the cookies it sets. */
const SERVICE = { label: text, provider: text, description: text, cookies: cookieRows };

/** What embeds show: the strings, and the categories with the services they ask for. */
export interface EmbedTexts {
  strings: Strings;
  categories: CategoryDefinition[];
}

/**
 * What embeds of the `services` on `store`'s page show in `lang`: the strings, and the categories
 * with those services only, with the site's texts for them (read from the raw `input`: on a
 * returning visit the complete check has not run) and the default texts. Only their catalogue
 * entries are fetched, not those of every service the config names.
 */
export async function embedTexts(store: ConsentStore, input: unknown, lang: string, services: ReadonlySet<string>): Promise<EmbedTexts> {
  const asked = withSiteTexts(store.config.categories, input, SERVICE).map((c) => ({ ...c, services: c.services.filter((s) => services.has(s.id)) }));
  const [strings, categories] = await Promise.all([getStrings(lang, store.config.texts), withDefaultTexts(asked, lang)]);
  return { strings, categories };
}

/** The embeds of one page, wired to one store. */
export interface EmbedsHalf {
  /** Wires the `<seal-embed>`s not yet wired; resolves once they are (nothing to wait for: undefined). */
  sync(): Promise<void> | undefined;
  /** Unwires them: a new configuration wires them again to its own store. */
  stop(): void;
}

/**
 * Wires the `<seal-embed>`s of `doc` to `store`: each gets what it shows (`embedTexts()`, fetched
 * for the services of the embeds seen so far, and again when one of another service comes).
 */
export function wireEmbeds(store: ConsentStore, doc: Document, options: PlaceholderOptions): EmbedsHalf {
  /** The wired embeds, each with the service it has its texts for. */
  const embeds = new Map<SealEmbed, string>();
  /** Embeds whose texts are on their way. */
  const wiring = new Set<SealEmbed>();
  let shown: { services: Set<string>; texts: Promise<EmbedTexts> } | undefined;
  let stopped = false;
  const textsFor = (services: string[]): Promise<EmbedTexts> => {
    if (!shown || services.some((id) => !shown!.services.has(id))) {
      const all = new Set([...(shown?.services ?? []), ...services]);
      shown = { services: all, texts: embedTexts(store, options.input, options.lang, all) };
    }
    return shown.texts;
  };
  const customise = (event: Event) => {
    const embed = event.currentTarget as SealEmbed;
    options.openPreferences(embed.settingsControl ?? embed);
  };
  // Frameworks (React 19) may set the property instead of the attribute, or set it after the
  // element is in the page: the element reflects it, so a change comes back through `sync()`.
  const serviceOf = (embed: SealEmbed) => embed.service || embed.getAttribute('service') || '';
  const wire = (embed: SealEmbed, service: string, texts: EmbedTexts) => {
    if (!embeds.has(embed)) embed.addEventListener('seal-customise', customise);
    embeds.set(embed, service);
    embed.store = store;
    embed.strings = texts.strings;
    embed.categories = texts.categories;
    embed.theme = store.config.theme;
  };
  // New embeds, and wired ones whose service changed since (they need that service's texts).
  const sync = (): Promise<void> | undefined => {
    const found = [...doc.querySelectorAll('seal-embed')].filter(
      (embed) => !wiring.has(embed) && embeds.get(embed) !== serviceOf(embed),
    );
    if (!found.length) return;
    for (const embed of found) wiring.add(embed);
    const services = found.map(serviceOf);
    return textsFor(services).then((texts) => {
      for (const [i, embed] of found.entries()) {
        wiring.delete(embed);
        if (!stopped) wire(embed, services[i], texts);
      }
      // A service changed while its texts were on their way: that change was skipped above.
      if (!stopped) return sync();
    });
  };
  return {
    sync,
    stop() {
      stopped = true;
      for (const embed of embeds.keys()) {
        embed.removeEventListener('seal-customise', customise);
        embed.store = undefined;
      }
      embeds.clear();
    },
  };
}
