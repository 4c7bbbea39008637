// report.html: one self-contained file (inline styles, no script, no
// external asset) for a site owner or a DPO. The verdict and the violations
// come first; the inventory, each phase page by page, the time each page
// took and the draft config follow.
import { PHASES } from '../phases.js';

const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const KIND = {
  cookie: 'Cookie', storage: 'Storage key', indexeddb: 'IndexedDB', request: 'Tracker request',
  'gated-script': 'Gated tag ran', 'consent-not-stored': 'Choice not stored', 'no-reject': 'No Reject all',
};
const PHASE_LABEL = Object.fromEntries(PHASES.map((p) => [p.id, p.label]));

const badge = (category) => `<span class="cat cat-${esc(category ?? 'none')}">${esc(category ?? '—')}</span>`;
const who = (x) => esc(x.service ?? x.platform ?? x.provider ?? '');
const table = (head, rows, empty) => (rows.length
  ? `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  : `<p class="none">${empty}</p>`);
const shortUrl = (u) => { try { const x = new URL(u); return x.pathname + x.search; } catch { return u; } };

function setBy(s) {
  if (!s || s.via === 'unknown') return '<span class="muted">not reported by the browser</span>';
  if (s.via === 'http') return `Set-Cookie header of <code>${esc(s.url)}</code> (${esc(s.resourceType)})`;
  if (s.inline) return `inline script, line ${esc(s.line)}`;
  return s.url ? `<code>${esc(s.url)}</code>${s.line ? `, line ${esc(s.line)}` : ''}` : esc(s.via);
}

/** @param {import('../analyse.js').Report} r */
export function renderHtml(r) {
  const s = r.summary;
  const verdict = s.clean
    ? `<div class="verdict ok"><strong>No violation found.</strong> Before any choice and after Reject all, this site stored and sent nothing but what is essential${r.failed.length ? ', on the pages that could be scanned' : ''}.</div>`
    : `<div class="verdict bad"><strong>${s.violations} violation${s.violations === 1 ? '' : 's'}.</strong> Something that needs consent ran before any choice or after Reject all, or the choice was not kept.</div>`;
  const failed = r.failed.length ? `<div class="verdict warn"><strong>${r.failed.length} page visit${r.failed.length === 1 ? '' : 's'} failed</strong>: ${r.failed.map((f) => `${esc(f.url)} (${esc(f.error)})`).join('; ')}. The scan is incomplete.</div>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie scan of ${esc(r.target.site)} — cookie-seal-scan</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>Cookie scan of <span class="site">${esc(r.target.site)}</span></h1>
  <p class="meta">Start page <a href="${esc(r.target.url)}">${esc(r.target.url)}</a> · ${esc(new Date(r.startedAt).toUTCString())} · ${esc(r.browser)} · ${esc(r.tool.name)} ${esc(r.tool.version)}</p>
</header>
<main>
<section aria-labelledby="summary">
  <h2 id="summary">Summary</h2>
  ${verdict}${failed}
  <dl class="facts">
    <div><dt>Pages</dt><dd>${s.pagesScanned} page${s.pagesScanned === 1 ? '' : 's'}, ${s.pageVisits} visits over the phases in ${(r.durationMs / 1000).toFixed(1)} s</dd></div>
    <div><dt>Consent banner</dt><dd>${esc(r.banner.note)}</dd></div>
    <div><dt>Cookies</dt><dd>${s.cookies} distinct, on this site and others</dd></div>
    <div><dt>Other sites contacted</dt><dd>${s.thirdPartyHosts} host${s.thirdPartyHosts === 1 ? '' : 's'}</dd></div>
    <div><dt>To review</dt><dd>${s.toReview} item${s.toReview === 1 ? '' : 's'} nobody could classify, before a choice or after Reject all</dd></div>
    <div><dt>Time per page</dt><dd>median ${s.msPerPage.median ?? '—'} ms, slowest ${s.msPerPage.max ?? '—'} ms</dd></div>
  </dl>
  ${r.skipped.length ? `<p class="muted">Not scanned, because they lead to another site: ${r.skipped.map((x) => `${esc(shortUrl(x.url))}, which ${esc(x.reason)}`).join("; ")}.</p>` : ''}
  <p class="how">Each phase starts in a fresh browser (no cookies, no storage): <strong>before any choice</strong> (pages loaded and scrolled, nothing clicked), <strong>after Reject all</strong> and <strong>after Accept all</strong> (the choice made on the start page, then every page visited again). Before a choice and after Reject all, only essential cookies, storage and requests may appear.</p>
</section>

<section aria-labelledby="violations">
  <h2 id="violations">Violations (${r.violations.length})</h2>
  ${table(['Phase', 'Page', 'What', 'Name', 'Category', 'Evidence'], r.violations.map((v) => `<tr><td>${esc(PHASE_LABEL[v.phase])}</td><td><a href="${esc(v.page.replace(/ \(.*$/, ''))}">${esc(shortUrl(v.page))}</a></td><td>${esc(KIND[v.kind] ?? v.kind)}</td><td><code>${esc(v.subject)}</code></td><td>${badge(v.category)} ${esc(v.service ?? '')}</td><td class="evidence">${esc(v.evidence)}</td></tr>`), 'None.')}
</section>

${r.notes.length ? `<section aria-labelledby="notes">
  <h2 id="notes">What cookie-seal said on the console (${r.notes.length})</h2>
  ${table(['Level', 'Message', 'Pages'], r.notes.map((n) => `<tr><td>${esc(n.type)}</td><td class="evidence">${esc(n.text)}</td><td>${n.pages.map((u) => esc(shortUrl(u))).join(', ')}</td></tr>`), '')}
</section>` : ''}

<section aria-labelledby="review">
  <h2 id="review">To review: not classified (${r.review.length})</h2>
  <p>Neither cookie-seal's catalogue nor the Open Cookie Database knows these. They are not counted as violations; decide what each is, and gate it if it is not essential.</p>
  ${table(['Phase', 'Page', 'What', 'Name', 'Evidence'], r.review.map((v) => `<tr><td>${esc(PHASE_LABEL[v.phase])}</td><td>${esc(shortUrl(v.page))}</td><td>${esc(KIND[v.kind] ?? v.kind)}</td><td><code>${esc(v.subject)}</code></td><td class="evidence">${esc(v.evidence)}</td></tr>`), 'Nothing.')}
</section>

<section aria-labelledby="cookies">
  <h2 id="cookies">Every cookie found</h2>
  ${table(['Name', 'Domain', 'Party', 'Category', 'Service / provider', 'Lifetime', 'Flags', ...PHASES.map((p) => p.label), 'Set by'], r.inventory.cookies.map((c) => `<tr><td><code>${esc(c.name)}</code></td><td>${esc(c.domain)}</td><td>${esc(c.party)}</td><td>${badge(c.category)}</td><td>${who(c)}</td><td>${esc(c.lifetime.text)}${c.stored ? '' : ' <span class="muted">(refused by this browser)</span>'}</td><td>${[c.httpOnly && 'HttpOnly', c.secure && 'Secure', c.sameSite && `SameSite=${c.sameSite}`].filter(Boolean).map(esc).join(' ')}</td>${PHASES.map((p) => `<td class="tick">${c.phases.includes(p.id) ? '●' : ''}</td>`).join('')}<td>${setBy(c.setBy)}</td></tr>`), 'No cookie at all.')}
</section>

<section aria-labelledby="hosts">
  <h2 id="hosts">Other sites contacted</h2>
  ${table(['Host', 'Category', 'Service / provider', 'Types', ...PHASES.map((p) => p.label), 'Requests'], r.inventory.hosts.map((h) => `<tr><td><code>${esc(h.host)}</code></td><td>${badge(h.category)}</td><td>${who(h)}</td><td>${esc(h.types.join(', '))}</td>${PHASES.map((p) => `<td class="tick">${h.phases.includes(p.id) ? '●' : ''}</td>`).join('')}<td>${h.requests}</td></tr>`), 'None.')}
</section>

${r.phases.map(phaseSection).join('\n')}

<section aria-labelledby="timing">
  <h2 id="timing">Time per page</h2>
  ${table(['Page', ...PHASES.map((p) => `${p.label} (ms)`)], r.phases[0].pages.map((p) => `<tr><td>${esc(shortUrl(p.url))}</td>${r.phases.map((ph) => { const v = ph.pages.find((x) => !x.choicePage && (x.url === p.finalUrl || x.url === p.url)); return `<td class="num">${v ? (v.error ? `<span class="muted">${esc(v.error)}</span>` : v.ms) : '—'}</td>`; }).join('')}</tr>`), '—')}
</section>

<section aria-labelledby="config">
  <h2 id="config">Draft cookie-seal config</h2>
  <p>Written to <code>cookie-seal.config.json</code>: the services found, named from cookie-seal's catalogue where it knows them, and cookie tables with the lifetimes the browser reported. Gate each tag with its service (<code>type="text/plain" data-category="…" data-service="…"</code>), add your texts and controller, and scan again.</p>
  <pre>${esc(JSON.stringify(r.config, null, 2))}</pre>
</section>
</main>
<footer>
  <p>Classified with cookie-seal's service catalogue and the <a href="https://github.com/jkwakman/Open-Cookie-Database">Open Cookie Database</a> (Apache License 2.0): Functional and Security → essential, Personalization → preferences, Analytics → analytics, Marketing → advertising. What neither knows stays unclassified. Scan options: ${esc(JSON.stringify(r.options))}.</p>
</footer>
</body>
</html>
`;
}

function phaseSection(phase) {
  const choice = phase.choice
    ? `<p>${phase.choice.done ? `Choice made: ${esc(phase.choice.how)}. ${phase.choice.stored ? 'The choice was stored.' : '<strong>The choice was not stored.</strong>'}` : `<strong>No choice could be made</strong>: ${esc(phase.choice.how)}.`}</p>`
    : '<p>Nothing clicked: what a visitor gets before answering the banner.</p>';
  return `<section aria-labelledby="phase-${phase.id}">
  <h2 id="phase-${phase.id}">${esc(phase.label)}</h2>
  ${choice}
  ${phase.pages.map((p) => pageDetails(p)).join('\n')}
</section>`;
}

function pageDetails(p) {
  const counts = `${p.cookies.length} cookie${p.cookies.length === 1 ? '' : 's'}, ${p.storage.length} storage key${p.storage.length === 1 ? '' : 's'}, ${p.requests.length} request${p.requests.length === 1 ? '' : 's'} to other sites`;
  const title = `${esc(shortUrl(p.url))}${p.choicePage ? ' <span class="muted">(the start page, from the choice on)</span>' : ''}`;
  if (p.error) return `<details><summary>${title} — <strong>could not be scanned</strong>: ${esc(p.error)}</summary></details>`;
  return `<details${p.cookies.length + p.storage.length + p.requests.length ? '' : ''}><summary>${title} — ${counts} · ${p.ms} ms</summary>
  <h3>Cookies</h3>
  ${table(['Name', 'Domain', 'Path', 'Party', 'Category', 'Service / provider', 'Lifetime', 'HttpOnly', 'Secure', 'SameSite', 'Set by'], p.cookies.map((c) => `<tr><td><code>${esc(c.name)}</code></td><td>${esc(c.domain)}</td><td>${esc(c.path)}</td><td>${esc(c.party)}</td><td>${badge(c.category)}</td><td>${who(c)}</td><td>${esc(c.lifetime.text)}${c.stored ? '' : ` <span class="muted">(refused${c.refused?.length ? `: ${esc(c.refused.join(', '))}` : ''})</span>`}</td><td>${c.httpOnly ? 'yes' : 'no'}</td><td>${c.secure ? 'yes' : 'no'}</td><td>${esc(c.sameSite ?? '—')}</td><td>${setBy(c.setBy)}</td></tr>`), 'No cookie set on this page.')}
  <h3>Web storage and IndexedDB</h3>
  ${table(['Where', 'Origin', 'Key / database', 'Category', 'Service / provider', 'Written by'], [
    ...p.storage.map((s) => `<tr><td>${esc(s.area)}</td><td>${esc(s.origin)}</td><td><code>${esc(s.key)}</code></td><td>${badge(s.category)}</td><td>${who(s)}</td><td>${setBy(s.setBy)}</td></tr>`),
    ...p.indexedDB.map((d) => `<tr><td>IndexedDB</td><td>${esc(d.origin)}</td><td><code>${esc(d.name)}</code></td><td>${badge(d.category)}</td><td>${who(d)}</td><td>—</td></tr>`),
  ], 'Nothing stored.')}
  <h3>Requests to other sites</h3>
  ${table(['Host', 'Type', 'Category', 'Service / provider', 'URL', 'Started by'], p.requests.map((q) => `<tr><td><code>${esc(q.host)}</code></td><td>${esc(q.type)}</td><td>${badge(q.category)}</td><td>${who(q)}</td><td class="url">${esc(q.url)}${q.failed ? ` <span class="muted">(${esc(q.failed)})</span>` : ''}</td><td>${q.initiator?.url ? `<code>${esc(q.initiator.url)}</code>` : esc(q.initiator?.type ?? '—')}</td></tr>`), 'None.')}
  ${p.gatedScriptsRan.length ? `<h3>Gated tags that ran</h3><ul>${p.gatedScriptsRan.map((g) => `<li><code>${esc(g.html)}</code></li>`).join('')}</ul>` : ''}
</details>`;
}

const CSS = `
:root { color-scheme: light; --ink: #1d1b18; --muted: #5f5a52; --line: #ddd6ca; --bg: #fbf9f5; --ok: #14633a; --bad: #a3231b; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h1 .site { color: #3b3a8f; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .muted, .none, footer { color: var(--muted); }
.verdict { padding: 14px 18px; border-radius: 8px; margin: 10px 0; border: 2px solid; font-size: 16px; }
.verdict.ok { border-color: var(--ok); background: #e9f5ee; }
.verdict.ok strong { color: var(--ok); }
.verdict.bad { border-color: var(--bad); background: #fbecea; }
.verdict.bad strong { color: var(--bad); }
.verdict.warn { border-color: var(--warn); background: #fdf4e3; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 8px 24px; margin: 16px 0; }
.facts div { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.facts dt { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.facts dd { margin: 2px 0 0; }
.how { max-width: 80ch; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13.5px; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: start; vertical-align: top; }
th { background: #f1ece3; font-weight: 600; }
td.evidence, td.url { word-break: break-all; }
td.tick, td.num { text-align: center; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.cat { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid; }
.cat-essential { color: #14633a; border-color: #14633a; background: #e9f5ee; }
.cat-analytics { color: #7a3e00; border-color: #b86a1e; background: #fdf0e1; }
.cat-advertising { color: #a3231b; border-color: #a3231b; background: #fbecea; }
.cat-preferences, .cat-interaction { color: #24527a; border-color: #24527a; background: #e7f0f8; }
.cat-unclassified, .cat-none { color: #5f5a52; border-color: #8d877e; background: #f3f1ec; }
details { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 6px 12px; }
summary { cursor: pointer; font-weight: 600; }
pre { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; overflow: auto; font-size: 12.5px; }
footer { font-size: 13px; padding-bottom: 40px; margin-top: 30px; }
a { color: #3b3a8f; }
`;
