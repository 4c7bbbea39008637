// Which links the crawler follows, and when two URLs are the same page.
import { sameSite } from '../site.js';

/** Paths and queries that end a session or change state: never visited. */
const LOGOUT = /(^|[/_.?&=-])(log-?out|log-?off|sign-?out|abmelden|deconnexion|d%C3%A9connexion|disconnect|uitloggen|wyloguj|cerrar-?sesion)([/_.?&=-]|$)/i;

/** Files a browser downloads or shows without being a page. */
const NOT_PAGES = /\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|mp[34]|m4[av]|webm|ogg|wav|mov|avi|woff2?|ttf|otf|eot|css|js|mjs|json|xml|rss|atom|csv|xlsx?|docx?|pptx?|odt|ods|ics|txt)$/i;

/**
 * The key two URLs share when they are the same page for the scan: no
 * fragment, and the query reduced to its parameter names, sorted. A
 * calendar's `?month=2026-03`, `?month=2026-04`… are one page, so a link
 * that generates links cannot keep the crawler busy; `?page=2` and `?q=…`
 * are visited once as well, which is what a consent scan needs.
 * @param {string | URL} url
 */
export function pageKey(url) {
  const u = new URL(url);
  const names = [...new Set([...u.searchParams.keys()])].sort();
  const path = u.pathname.replace(/\/index\.html?$/i, '/');
  return `${u.protocol}//${u.host}${path}${names.length ? `?${names.join('&')}` : ''}`;
}

/**
 * The URL to visit for `href` found on `base`, or null when the crawler must
 * not follow it: another scheme (mailto:, tel:, file:, javascript:…), another
 * site, a logout link, a file that is not a page.
 * @param {string} href @param {string} base @param {string} startHost
 */
export function followable(href, base, startHost) {
  let u;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!sameSite(u.hostname, startHost)) return null;
  if (LOGOUT.test(u.pathname) || LOGOUT.test(u.search)) return null;
  if (NOT_PAGES.test(u.pathname)) return null;
  u.hash = '';
  return u.href;
}
