const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO 8601 date or date-time strictly: every field must exist as written, so
 * 2026-02-31 or 25:00 are refused instead of rolling over. A date-time without an offset is UTC.
 * @param {string} text @returns {Date | null}
 */
export function parseIsoDate(text) {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let offset = 0;
  if (zone !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const zh = Number(zm?.[2]), zmin = Number(zm?.[3]);
    if (!zm || zh > 23 || zmin > 59) return null;
    offset = (zm[1] === '-' ? -1 : 1) * (zh * 60 + zmin);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3))) - offset * 60_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}
