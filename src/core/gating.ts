import { notice } from './notice.js';
import { trustedScript, trustedScriptURL } from './trusted-types.js';
import type { ConsentStore } from './store.js';

const STATE = 'data-seal-state';
const SELECTOR = ['script', 'iframe[data-src]', 'img[data-src]', 'video[data-src]', 'audio[data-src]', 'source[data-src]', 'link[data-src]']
  .map((s) => `${s}[data-category]`).join();

const isScript = (el: Element): el is HTMLScriptElement => el.localName === 'script';
const attr = (el: Element, name: string) => el.getAttribute(name);

/** The services whose scripts run before consent in advanced Consent Mode (they send cookieless pings). */
const GOOGLE_TAGS = /^google-(analytics|tag-manager|ads)$/;

/**
 * Turns gated markup into live markup once its category (and service) is
 * granted: `<script type="text/plain" data-category>` becomes an executable
 * script, `data-src` becomes `src`/`href`. Elements still waiting carry
 * `data-seal-state="blocked"`, activated ones `data-seal-state="activated"`.
 */
export class ScriptGate {
  readonly #store: ConsentStore;
  readonly #doc: Document;
  #observer?: MutationObserver;
  #unsubscribe?: () => void;
  /** Activations of ordered scripts, chained so they run in document order. */
  #chain: Promise<unknown> = Promise.resolve();
  /** Loads of ordered external scripts inserted since the last inline one. */
  #loads: Promise<unknown>[] = [];
  readonly #warned = new WeakSet<Element>();

  constructor(store: ConsentStore, doc: Document = document) {
    this.#store = store;
    this.#doc = doc;
  }

  /** Activates what is granted now, then follows decisions and tags added later. */
  start(): void {
    if (this.#observer) return;
    this.#unsubscribe = this.#store.subscribe(() => this.#scan(this.#doc), true);
    this.#observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) this.#scan(node as Element);
    });
    this.#observer.observe(this.#doc, { childList: true, subtree: true });
    this.#scan(this.#doc);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#unsubscribe?.();
    this.#observer = this.#unsubscribe = undefined;
  }

  /** Gated elements still inert, optionally only those of one category and service. */
  pending(category?: string, service?: string): Element[] {
    return [...this.#doc.querySelectorAll(`[${STATE}=blocked]`)].filter(
      (el) => (category ?? attr(el, 'data-category')) === attr(el, 'data-category') &&
        (service ?? attr(el, 'data-service')) === attr(el, 'data-service'),
    );
  }

  #scan(root: Element | Document): void {
    // While the page is parsed, the observer sees every element as it is added, still empty:
    // cheap attribute and child checks keep that off the page's load time.
    const found = root.firstElementChild ? [...root.querySelectorAll(SELECTOR)] : [];
    if ('matches' in root && root.hasAttribute('data-category') && root.matches(SELECTOR)) found.unshift(root);
    for (const el of found) {
      try {
        this.#process(el);
      } catch (error) {
        notice('activate', el, error);
      }
    }
  }

  /** `now`: the element already waited for the parser (see the iframe case below). */
  #process(el: Element, now = false): void {
    const state = attr(el, STATE);
    if (state === 'activated' || state === 'queued' || !el.isConnected) return;
    if (isScript(el) && (attr(el, 'type') ?? '').trim().toLowerCase() !== 'text/plain') return this.#warn(el, 'ungated');
    const category = attr(el, 'data-category')!;
    const service = attr(el, 'data-service') || undefined;
    const store = this.#store;
    if (!store.isGranted(category, service) && !(isScript(el) && store.config.googleConsentMode === 'advanced' && GOOGLE_TAGS.test(service!))) {
      const { categories, services } = store.state;
      if (!(category in categories) || (service !== undefined && !(service in services))) this.#warn(el, 'undefined');
      if (state !== 'blocked') el.setAttribute(STATE, 'blocked');
      return;
    }
    if (!isScript(el)) {
      /*
       * Chromium drops the navigation of an <iframe> the parser has just inserted when its src
       * is set before the parser's task ends (as from this observer while the page is parsed):
       * the src attribute is there but the frame stays on about:blank. The frame gets its src
       * one task later instead, once the parser has let go of it.
       */
      if (!now && el.localName === 'iframe' && this.#doc.readyState === 'loading') {
        el.setAttribute(STATE, 'queued');
        setTimeout(() => {
          el.removeAttribute(STATE);
          try {
            this.#process(el, true);
          } catch (error) {
            notice('activate', el, error);
          }
        });
        return;
      }
      const srcset = attr(el, 'data-srcset');
      if (srcset !== null) el.setAttribute('srcset', srcset);
      el.setAttribute(el.localName === 'link' ? 'href' : 'src', attr(el, 'data-src')!);
      el.setAttribute(STATE, 'activated');
      // A new <source> is only picked up when its media element reloads.
      if (el.localName === 'source') (el.parentElement as HTMLMediaElement | null)?.load?.();
      return;
    }
    /*
     * Without gating, the parser would run each inline script after the
     * external scripts before it. Dynamically inserted external scripts with
     * `async = false` keep their relative order on their own; inline ones run
     * on insertion, so they wait for the loads of the external ones before them.
     */
    el.setAttribute(STATE, 'queued');
    const external = el.hasAttribute('src') || el.hasAttribute('data-src');
    const insert = () => {
      if (!el.isConnected) return;
      const script = this.#clone(el);
      el.replaceWith(script);
      return script;
    };
    if (external && el.hasAttribute('async')) {
      insert();
    } else if (external) {
      this.#enqueue(() => {
        const script = insert();
        // An error counts as done: one blocked tracker must not hold back the scripts after it.
        if (script) this.#loads.push(new Promise((done) => ['load', 'error'].map((type) => script.addEventListener(type, done))));
      });
    } else {
      this.#enqueue(() => {
        const before = this.#loads;
        this.#loads = [];
        return Promise.all(before).then(insert);
      });
    }
  }

  #warn(el: Element, code: string): void {
    if (this.#warned.has(el)) return;
    this.#warned.add(el);
    notice(code, el);
  }

  #enqueue(task: () => unknown): void {
    this.#chain = this.#chain.then(task).catch((error) => notice('start', undefined, error));
  }

  #clone(old: HTMLScriptElement): HTMLScriptElement {
    const script = this.#doc.createElement('script');
    // src is a Trusted Types sink even through setAttribute: it is set once below, through the policy.
    for (const { name, value } of old.attributes) if (!/^(type|data-type|nonce|src)$/.test(name)) script.setAttribute(name, value);
    const type = attr(old, 'data-type');
    if (type) script.type = type;
    // Browsers blank the nonce attribute to protect it from CSS probing; the property keeps it.
    script.nonce = old.nonce;
    const src = attr(old, 'src') ?? attr(old, 'data-src');
    if (src !== null) {
      script.src = trustedScriptURL(src);
      // Created scripts default to async; ordered ones must not be.
      if (!old.hasAttribute('async')) script.async = false;
    } else {
      script.text = trustedScript(old.text);
    }
    script.setAttribute(STATE, 'activated');
    return script;
  }
}
