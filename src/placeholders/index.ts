/**
 * Entry of the placeholders chunk (`dist/chunks/placeholders.js`): the loader
 * fetches it only when the page has a gated iframe still blocked or a
 * `<seal-embed>` with work to do, so a visitor who refused sees what is
 * missing without downloading the banner or the preference center.
 *
 * It stays light for the common case, a gated iframe: the placeholder is a
 * plain custom element and its words are one small piece (`words/<code>/embed.js`).
 * Neither Lit nor the decision rules come with it: "Load content" fetches
 * the consent chunk through the store when it is pressed. `<seal-embed>`,
 * which shows more (cookie lists, the form flow) and is built with Lit,
 * comes in a chunk of its own (`embeds.ts`), only on pages that have one.
 */
import { withSiteTexts } from './site-names.js';
import type { ScriptGate } from '../core/gating.js';
import type { ConsentStore } from '../core/store.js';
import type { CategoryDefinition } from '../core/types.js';
import { loadPiece } from '../i18n/pieces.js';
import { withOverrides } from '../i18n/tables.js';
import '../components/placeholder/define.js';
import type { PlaceholderWords, SealPlaceholder } from '../components/placeholder/placeholder.js';
import type { SealEmbed } from '../components/embed/embed.js';
import type { EmbedsHalf } from './embeds.js';

export interface PlaceholderOptions {
  /** The resolved UI language. */
  lang: string;
  /** The running gate; without it, blocked iframes are found by their `data-seal-state`. */
  gate?: ScriptGate;
  document?: Document;
  /** Opens the preference center; focus returns to `opener` when it closes. */
  openPreferences: (opener: HTMLElement) => void;
  /** The page's raw config, for the names it gives categories and services (`withSiteTexts()`). */
  input?: unknown;
}

export interface Placeholders {
  /** Resolves once the embeds on the page are wired to the store (their forms ask for consent from then on). */
  ready: Promise<void>;
  /** Removes every placeholder, shows the iframes again and stops watching the page. */
  stop(): void;
}

export type { SealEmbed, SealPlaceholder };

const STATE = 'data-seal-state';

interface Mounted {
  placeholder: SealPlaceholder;
  /** The iframe's own inline `display`, put back when the placeholder goes. */
  display: string;
  priority: string;
}

/**
 * Puts a `<seal-placeholder>` before each gated iframe that is still blocked,
 * with the iframe's size, and hides the iframe; when the iframe is activated
 * (by the placeholder's button or any other decision) or leaves the page,
 * its placeholder goes and the iframe shows again.
 */
export function mountPlaceholders(store: ConsentStore, options: PlaceholderOptions): Placeholders {
  const doc = options.document ?? document;
  const mounted = new Map<HTMLIFrameElement, Mounted>();
  let strings: PlaceholderWords | null = null;
  /** The categories with the site's names for them: the default names come with the words. */
  let names: CategoryDefinition[] | undefined;
  let stopped = false;
  const failed = (error: unknown) => console.error('[cookie-seal] could not show the embed placeholders:', error);

  // An iframe inside a <seal-embed> has its consent asked there: one placeholder, not two.
  const blocked = (): HTMLIFrameElement[] =>
    (options.gate ? options.gate.pending() : [...doc.querySelectorAll(`[${STATE}="blocked"]`)]).filter(
      (el): el is HTMLIFrameElement => el.localName === 'iframe' && !el.closest('seal-embed'),
    );
  /** The `<seal-embed>`s' half (`embeds.ts`, with the element), fetched with the first one on the page. */
  let embedsHalf: Promise<EmbedsHalf> | undefined;
  let half: EmbedsHalf | undefined;
  /** The first embeds' wiring (what `ready` waits for). */
  let embedsLoaded: Promise<void> | undefined;

  // An iframe naming a category or service the config lacks can never load (the
  // gate says so in the console); a button that cannot work would only confuse.
  const loadable = (iframe: HTMLIFrameElement): boolean => {
    const category = store.config.categories.find((c) => c.id === iframe.getAttribute('data-category'));
    const service = iframe.getAttribute('data-service');
    return category !== undefined && (!service || category.services.some((s) => s.id === service));
  };

  function mount(iframe: HTMLIFrameElement, s: PlaceholderWords): void {
    const placeholder = doc.createElement('seal-placeholder');
    placeholder.store = store;
    placeholder.strings = s;
    placeholder.categories = (names ??= withSiteTexts(store.config.categories, options.input));
    placeholder.theme = store.config.theme;
    placeholder.category = iframe.getAttribute('data-category') ?? '';
    placeholder.service = iframe.getAttribute('data-service') || undefined;
    placeholder.source = iframe.getAttribute('data-src') ?? undefined;
    placeholder.label = iframe.title || undefined;
    copyBox(iframe, placeholder);
    placeholder.addEventListener('seal-customise', () => options.openPreferences(placeholder.settingsControl ?? placeholder));
    const display = iframe.style.getPropertyValue('display');
    const priority = iframe.style.getPropertyPriority('display');
    iframe.before(placeholder);
    iframe.style.setProperty('display', 'none', 'important');
    mounted.set(iframe, { placeholder, display, priority });
  }

  function unmount(iframe: HTMLIFrameElement, { placeholder, display, priority }: Mounted): void {
    mounted.delete(iframe);
    const hadFocus = placeholder.matches(':focus-within');
    placeholder.remove();
    if (display) iframe.style.setProperty('display', display, priority);
    else iframe.style.removeProperty('display');
    // The button the visitor pressed is gone: keep their place on the page.
    if (hadFocus && iframe.isConnected) iframe.focus({ preventScroll: true });
  }

  /** The placeholder's words, fetched with the first iframe that needs one (a page of `<seal-embed>`s never does). */
  let words: Promise<void> | null = null;
  const loadWords = () =>
    (words ??= loadPiece(options.lang, 'embed')
      .then((piece) => {
        strings = withOverrides(piece, options.lang, store.config.texts);
        if (!stopped) sync();
      })
      .catch(failed));

  function sync(): void {
    for (const [iframe, entry] of mounted) {
      if (!iframe.isConnected || iframe.getAttribute(STATE) !== 'blocked') unmount(iframe, entry);
    }
    for (const iframe of blocked()) {
      if (mounted.has(iframe) || !loadable(iframe)) continue;
      if (strings) mount(iframe, strings);
      else void loadWords();
    }
    if (!doc.querySelector('seal-embed')) return;
    embedsHalf ??= import('./embeds.js').then((m) => (half = m.wireEmbeds(store, doc, options)));
    const wired = embedsHalf.then((h) => (stopped ? undefined : h.sync())).catch(failed);
    embedsLoaded ??= wired;
  }

  // The gate marks iframes added later as blocked and activated ones as
  // activated: watching that attribute covers both, whatever decided. An embed's
  // `service` (reflected from the property) may change after it is wired.
  const observer = new MutationObserver(sync);
  observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: [STATE, 'service'] });
  sync();
  // The placeholders and embeds already on the page are in place (a form an embed holds may be sent from then on).
  const ready = Promise.all([words, embedsLoaded]).then(() => {});

  return {
    ready,
    stop() {
      stopped = true;
      observer.disconnect();
      for (const [iframe, entry] of mounted) unmount(iframe, entry);
      half?.stop();
    },
  };
}

/**
 * Gives the placeholder the iframe's box so the page does not move: its
 * width (shrinking with the container), its aspect ratio and its margins.
 * Measured while the iframe is still laid out; an iframe that is not
 * (hidden tab, `display: none`) falls back to its attributes or the
 * browser's default 300 × 150.
 */
function copyBox(iframe: HTMLIFrameElement, placeholder: HTMLElement): void {
  const rect = iframe.getBoundingClientRect();
  const width = rect.width || Number.parseFloat(iframe.getAttribute('width') ?? '') || 300;
  const height = rect.height || Number.parseFloat(iframe.getAttribute('height') ?? '') || 150;
  const computed = getComputedStyle(iframe);
  const style = placeholder.style;
  style.inlineSize = `${width}px`;
  style.maxInlineSize = '100%';
  style.aspectRatio = `${width} / ${height}`;
  for (const side of ['marginTop', 'marginRight', 'marginBottom', 'marginLeft'] as const) style[side] = computed[side];
  // An inline iframe sits on a line of text; a block placeholder would break it.
  if (computed.display === 'inline') style.display = 'inline-grid';
}
