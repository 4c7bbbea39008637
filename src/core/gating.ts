import type { ConsentStore } from './store.js';
import { trustedScript, trustedScriptURL } from './trusted-types.js';

const STATE = 'data-seal-state';
const MEDIA = ['iframe', 'img', 'video', 'audio', 'source', 'link'];
const SELECTOR = ['script[data-category]', ...MEDIA.map((tag) => `${tag}[data-src][data-category]`)].join(',');

const isScript = (el: Element): el is HTMLScriptElement => el.localName === 'script';
const isInert = (el: Element) => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
const describe = (el: Element) =>
  `<${el.localName}${el.getAttribute('src') ? ` src="${el.getAttribute('src')}"` : ''}>${
    el.getAttribute('src') ? '' : (el.textContent ?? '').trim().slice(0, 60)}`;
const loaded = (script: HTMLScriptElement) =>
  new Promise<void>((resolve) => {
    // An error counts as done: one blocked tracker must not hold back the scripts after it.
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });

/** The services whose scripts run before consent in advanced Consent Mode (they send cookieless pings). */
const GOOGLE_TAGS = /^google-(analytics|tag-manager|ads)$/;

/**
 * Turns gated markup into live markup once its category (and service) is
 * granted: `<script type="text/plain" data-category>` becomes an executable
 * script, `data-src` becomes `src`/`href`. Elements still waiting carry
 * `data-seal-state="blocked"`, activated ones `data-seal-state="activated"`.
 */
export class ScriptGate {
  private readonly store: ConsentStore;
  private readonly doc: Document;
  private observer: MutationObserver | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Activations of ordered scripts, chained so they run in document order. */
  private chain: Promise<void> = Promise.resolve();
  /** Loads of ordered external scripts inserted since the last inline one. */
  private loads: Promise<void>[] = [];
  private readonly warned = new WeakSet<Element>();

  constructor(store: ConsentStore, doc: Document = document) {
    this.store = store;
    this.doc = doc;
  }

  /** Activates what is granted now, then follows decisions and tags added later. */
  start(): void {
    if (this.observer) return;
    this.unsubscribe = this.store.subscribe(() => this.scan(this.doc));
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1) this.scan(node as Element);
      }
    });
    this.observer.observe(this.doc, { childList: true, subtree: true });
    this.scan(this.doc);
  }

  stop(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.observer = this.unsubscribe = null;
  }

  /** Gated elements still inert, optionally only those of one category and service. */
  pending(category?: string, service?: string): Element[] {
    return Array.from(this.doc.querySelectorAll(`[${STATE}="blocked"]`)).filter(
      (el) =>
        (category === undefined || el.getAttribute('data-category') === category) &&
        (service === undefined || el.getAttribute('data-service') === service),
    );
  }

  private scan(root: Element | Document): void {
    const found: Element[] = 'matches' in root && root.matches(SELECTOR) ? [root] : [];
    found.push(...root.querySelectorAll(SELECTOR));
    for (const el of found) {
      try {
        this.process(el);
      } catch (error) {
        console.error('cookie-seal: could not activate', describe(el), error);
      }
    }
  }

  private process(el: Element): void {
    const state = el.getAttribute(STATE);
    if (state === 'activated' || state === 'queued' || !el.isConnected) return;
    if (isScript(el) && !isInert(el)) {
      this.warn(el, `has data-category="${el.getAttribute('data-category')}" but no type="text/plain": it already ran before consent; set type="text/plain" to gate it.`);
      return;
    }
    const category = el.getAttribute('data-category') ?? '';
    const service = el.getAttribute('data-service') || undefined;
    if (!this.store.isGranted(category, service) && !(isScript(el) && this.store.config.googleConsentMode === 'advanced' && GOOGLE_TAGS.test(service!))) {
      const { categories, services } = this.store.state;
      if (!(category in categories) || (service !== undefined && !(service in services))) {
        this.warn(el, `names data-category="${category}"${service ? ` data-service="${service}"` : ''}, which the config does not define: it will never run.`);
      }
      if (state !== 'blocked') el.setAttribute(STATE, 'blocked');
      return;
    }
    if (isScript(el)) this.activateScript(el);
    else this.activateSource(el);
  }

  private warn(el: Element, message: string): void {
    if (this.warned.has(el)) return;
    this.warned.add(el);
    console.warn(`cookie-seal: ${describe(el)} ${message}`);
  }

  private activateSource(el: Element): void {
    const srcset = el.getAttribute('data-srcset');
    if (srcset !== null) el.setAttribute('srcset', srcset);
    el.setAttribute(el.localName === 'link' ? 'href' : 'src', el.getAttribute('data-src') ?? '');
    el.setAttribute(STATE, 'activated');
    // A new <source> is only picked up when its media element reloads.
    if (el.localName === 'source') (el.parentElement as HTMLMediaElement | null)?.load?.();
  }

  /**
   * Without gating, the parser would run each inline script after the
   * external scripts before it. Dynamically inserted external scripts with
   * `async = false` keep their relative order on their own; inline ones run
   * on insertion, so they wait for the loads of the external ones before them.
   */
  private activateScript(old: HTMLScriptElement): void {
    const external = old.hasAttribute('src') || old.hasAttribute('data-src');
    old.setAttribute(STATE, 'queued');
    const insert = () => {
      if (!old.isConnected) return null;
      const script = this.clone(old);
      old.replaceWith(script);
      return script;
    };
    if (external && old.hasAttribute('async')) {
      insert();
    } else if (external) {
      this.enqueue(() => {
        const script = insert();
        if (script) this.loads.push(loaded(script));
      });
    } else {
      this.enqueue(() => {
        const before = this.loads;
        this.loads = [];
        return Promise.all(before).then(() => void insert());
      });
    }
  }

  private enqueue(task: () => unknown): void {
    this.chain = this.chain.then(task).then(() => undefined, (error) => console.error('cookie-seal: a gated script failed to start', error));
  }

  private clone(old: HTMLScriptElement): HTMLScriptElement {
    const script = this.doc.createElement('script');
    for (const { name, value } of Array.from(old.attributes)) {
      // src is a Trusted Types sink even through setAttribute: it is set once below, through the policy.
      if (name !== 'type' && name !== 'data-type' && name !== 'nonce' && name !== 'src') script.setAttribute(name, value);
    }
    const type = old.getAttribute('data-type');
    if (type) script.type = type;
    // Browsers blank the nonce attribute to protect it from CSS probing; the property keeps it.
    if (old.nonce) script.nonce = old.nonce;
    const src = old.getAttribute('src') ?? old.getAttribute('data-src');
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
