// Runs in every frame before the page's own scripts (a Playwright init
// script), to learn *which script* stores something: the browser's cookie
// jar says what is there, not who put it there. Writes through
// document.cookie, cookieStore.set and Storage.setItem are reported to the
// scanner with the JavaScript stack of the write. The page's writes go
// through unchanged, and nothing here can throw into the page.

/* global location, Document, CookieStore -- hooks() runs in the page, as an init script */

/** Name of the binding the scanner exposes to receive the writes. */
export const BINDING = '__cookieSealScanWrite';

/** The script text (a function source, called with the binding's name). */
export function initScript() {
  return `(${hooks.toString()})(${JSON.stringify(BINDING)});`;
}

/* c8 ignore start — runs in the browser */
function hooks(binding) {
  const send = (kind, text) => {
    try {
      const stack = String(new Error().stack || '').split('\n').slice(2, 12).join('\n');
      const fn = globalThis[binding];
      if (typeof fn === 'function') fn({ kind, text: String(text).slice(0, 4096), stack, href: location.href }).catch(() => {});
    } catch {
      // a frame that forbids this (sandbox, detached document) keeps working
    }
  };
  try {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (cookie && cookie.set && cookie.get) {
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: cookie.enumerable,
        get() { return cookie.get.call(this); },
        set(value) {
          cookie.set.call(this, value);
          send('document.cookie', value);
        },
      });
    }
  } catch {
    // no writable document.cookie here: leave it as it is, unreported
  }
  try {
    const store = globalThis.CookieStore && CookieStore.prototype.set;
    if (store) {
      CookieStore.prototype.set = function (...args) {
        const a = args[0];
        send('cookieStore', typeof a === 'string' ? `${a}=${args[1] ?? ''}` : `${a && a.name}=${a && a.value}`);
        return store.apply(this, args);
      };
    }
  } catch {
    // no cookieStore here (or it cannot be patched): nothing to report
  }
  try {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      const result = setItem.call(this, key, value);
      let area = 'storage';
      try {
        area = this === globalThis.sessionStorage ? 'sessionStorage' : 'localStorage';
      } catch {
        // sessionStorage may be unreadable (sandboxed frame): report the generic 'storage'
      }
      send(area, key);
      return result;
    };
  } catch {
    // Storage cannot be patched in this frame: its writes go unreported
  }
}
/* c8 ignore stop */
