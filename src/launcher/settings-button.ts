/**
 * The small floating button that opens the quick menu (preferences,
 * withdraw, receipts) once the visitor has decided. A chunk of its own
 * (`chunks/settings-button.js`), fetched when the page is idle after load,
 * so it is small: plain DOM (no Lit) in its own shadow root with a
 * constructable stylesheet (CSP-safe).
 */

export interface SettingsButton {
  /** Settles once the button is in the page (or will not be: removed before its name arrived). */
  ready: Promise<void>;
  remove(): void;
}

export interface SettingsButtonOptions {
  lang: string;
  /**
   * Its accessible name: the site's override, else the visitor's language's
   * piece (`words/<code>/settings-button.js`), fetched by whoever creates the
   * button; the button appears once the name is there, never without one.
   */
  label?: string | Promise<string>;
  theme: 'auto' | 'light' | 'dark';
  open: (opener: HTMLElement) => void;
}

// Colours through two local properties, so the dark theme (forced or from the system) only swaps them.
const CSS = `:host{all:initial;position:fixed;inset-block-end:16px;inset-inline-start:16px;z-index:2147483000;--b:var(--seal-color-bg,#fff);--c:var(--seal-color-primary,#1f4fb8)}:host([data-side=end]){inset-inline-start:auto;inset-inline-end:16px}button{display:grid;place-items:center;inline-size:44px;block-size:44px;border-radius:50%;border:2px solid;background:var(--b);color:var(--c);cursor:pointer;box-shadow:0 2px 8px #0004;padding:0}button:focus-visible{outline:3px solid currentColor;outline-offset:3px}svg{inline-size:24px;block-size:24px;fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round}:host([data-theme=dark]){--b:var(--seal-color-bg-dark,#1d2026);--c:var(--seal-color-primary-dark,#9dbaff)}@media(prefers-color-scheme:dark){:host(:not([data-theme])){--b:var(--seal-color-bg-dark,#1d2026);--c:var(--seal-color-primary-dark,#9dbaff)}}`;

// A cookie with three bites of chocolate, drawn with paths so no markup string is parsed.
const ICON = ['M12 3a9 9 0 1 0 9 9 3 3 0 0 1-3-3 3 3 0 0 1-3-3 3 3 0 0 1-3-3z', 'M8.5 11.5h.01', 'M12 16h.01', 'M15.5 13.5h.01'];

/** An element with attributes; SVG ones in the SVG namespace. */
function make(tag: string, attributes: Record<string, string>): Element {
  const el = tag === 'button' ? document.createElement(tag) : document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

export function createSettingsButton(options: SettingsButtonOptions): SettingsButton {
  const host = document.createElement('cookie-seal-settings');
  // `auto` follows the system like the Lit UI; `light`/`dark` force it (config `theme`).
  if (options.theme !== 'auto') host.dataset.theme = options.theme;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  // It opens the quick menu, which keeps aria-expanded up to date.
  const button = make('button', { type: 'button', part: 'settings-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
  const svg = make('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' });
  for (const d of ICON) svg.append(make('path', { d }));
  button.append(svg);
  button.addEventListener('click', () => options.open(button as HTMLElement));
  root.append(button);

  // WCAG 2.4.11: if the page's focused element would sit under the button, move to the other side.
  const onFocus = (event: FocusEvent) => {
    const target = event.target as Element | null;
    if (!target || target === host || typeof target.getBoundingClientRect !== 'function') return;
    const a = target.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    if (!overlaps) return;
    if (host.dataset.side === 'end') delete host.dataset.side;
    else host.dataset.side = 'end';
  };
  let removed = false;
  const ready = Promise.resolve(options.label)
    .then((label) => {
      if (removed || !label) return;
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
      document.addEventListener('focusin', onFocus);
      host.setAttribute('lang', options.lang);
      document.body.append(host);
    })
    .catch((error: unknown) => console.error('[cookie-seal] the settings button has no words:', error));
  return {
    ready,
    remove() {
      removed = true;
      document.removeEventListener('focusin', onFocus);
      host.remove();
    },
  };
}
