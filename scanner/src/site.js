// "Same site" as browsers mean it: the registrable domain (eTLD+1) from the
// Public Suffix List, so shop.example.co.uk and www.example.co.uk are one
// site and two customers of github.io are not. An IP address or a name
// without a public suffix (localhost, a test name) is its own site.
import { getDomain } from 'tldts';

/** @param {string} hostname */
export function siteOf(hostname) {
  const host = hostname.replace(/^\.+/, '').replace(/^\[|\]$/g, '').toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** @param {string} a @param {string} b */
export const sameSite = (a, b) => siteOf(a) === siteOf(b);

/** The hostname of a URL, or '' when it is not one. @param {string} url */
export function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
