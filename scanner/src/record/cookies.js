// Small pure helpers about cookies: a Set-Cookie line's name, where a stack
// says a write came from, and a lifetime as a person says it.

/** The name of the cookie a `Set-Cookie` header line or a `document.cookie` write sets ('' when none). @param {string} line */
export function cookieName(line) {
  const first = String(line).split(';', 1)[0];
  const eq = first.indexOf('=');
  return (eq < 0 ? '' : first.slice(0, eq)).trim();
}

/** True when a write deletes the cookie instead of setting it (expired date or Max-Age ≤ 0). @param {string} line */
export function isDeletion(line) {
  const attrs = String(line).split(';').slice(1).map((a) => a.trim());
  for (const a of attrs) {
    const [k, v = ''] = a.split('=');
    if (/^max-age$/i.test(k) && Number(v) <= 0) return true;
    if (/^expires$/i.test(k) && Date.parse(v) < Date.now()) return true;
  }
  return false;
}

/**
 * The script a JavaScript stack points at: the first frame with an http(s)
 * URL (the scanner's own hook has none). A frame on the page's own URL is an
 * inline script.
 * @param {string} stack @param {string} pageUrl
 * @returns {{ url: string, line?: number, inline: boolean } | null}
 */
export function scriptFromStack(stack, pageUrl) {
  for (const line of String(stack).split('\n')) {
    const m = /(https?:\/\/[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!m) continue;
    const url = m[1];
    return { url, line: Number(m[2]), inline: stripHash(url) === stripHash(pageUrl) };
  }
  return null;
}

const stripHash = (u) => String(u).split('#')[0];

const UNITS = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * A cookie's lifetime from now, as seconds and as a person says it
 * ("session", "2 years", "13 months", "30 minutes"). Rounded to the nearest
 * unit that gives a whole number of at least 1, so 63,072,000 s is "2 years"
 * and 34,128,000 s (395 days) is "13 months".
 * @param {number} expires seconds since the epoch, -1 for a session cookie
 * @param {number} [now] milliseconds since the epoch
 */
export function lifetime(expires, now = Date.now()) {
  if (!(expires > 0)) return { seconds: null, text: 'session' };
  const seconds = Math.max(0, Math.round(expires - now / 1000));
  return { seconds, text: durationText(seconds) };
}

/** @param {number} seconds */
export function durationText(seconds) {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  for (const [unit, size] of UNITS) {
    const n = seconds / size;
    // Within 3 % of a whole number of this unit, or at least one and a half units.
    const whole = Math.round(n);
    if (whole >= 1 && (Math.abs(n - whole) <= 0.03 * whole || n >= 1.5)) {
      if (unit === 'month' && whole >= 12 && whole % 12 === 0) continue;
      if (unit === 'day' && whole >= 28 && seconds / (30 * 86400) >= 0.97) continue;
      return `${whole} ${unit}${whole === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}
