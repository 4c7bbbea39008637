// The summary printed at the end of a scan on the terminal.

const KIND = {
  cookie: 'cookie', storage: 'storage key', indexeddb: 'IndexedDB database', request: 'tracker request',
  'gated-script': 'gated tag that ran', 'consent-not-stored': 'choice not stored', 'no-reject': 'no Reject all button',
};
const PHASE = { before: 'before any choice', reject: 'after Reject all', accept: 'after Accept all' };

/** @param {import('../analyse.js').Report} report @param {{ html: string, json: string, config: string }} files */
export function summaryText(report, files) {
  const s = report.summary;
  const lines = [];
  lines.push(`${report.target.url}: ${s.pagesScanned} page${s.pagesScanned === 1 ? "" : "s"}, ${s.pageVisits} visits in ${(report.durationMs / 1000).toFixed(1)} s (median ${s.msPerPage.median ?? '-'} ms a page). ${report.banner.note}.`);
  lines.push(`${s.cookies} cookie${s.cookies === 1 ? '' : 's'}, ${s.thirdPartyHosts} third-party host${s.thirdPartyHosts === 1 ? '' : 's'}, ${s.toReview} unclassified item${s.toReview === 1 ? '' : 's'} to review.`);
  if (s.violations === 0) lines.push('No violation: nothing but essential cookies and requests before a choice or after Reject all.');
  else {
    lines.push(`${s.violations} violation${s.violations === 1 ? '' : 's'}:`);
    for (const v of report.violations.slice(0, 15)) lines.push(`  ✗ ${PHASE[v.phase]} · ${v.page} · ${KIND[v.kind] ?? v.kind} ${v.subject}${v.category ? ` (${v.category}${v.service ? `, ${v.service}` : ''})` : ''}`);
    if (report.violations.length > 15) lines.push(`  … and ${report.violations.length - 15} more in the report`);
  }
  for (const n of report.notes.slice(0, 5)) lines.push(`  cookie-seal said (${n.type}): ${n.text}`);
  for (const f of report.failed.slice(0, 5)) lines.push(`  ! could not scan ${f.url}: ${f.error}`);
  lines.push(`Report: ${files.html}\nData: ${files.json}\nDraft config: ${files.config}`);
  return lines.join('\n');
}
