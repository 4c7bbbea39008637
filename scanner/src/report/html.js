export function renderHtml(report) { return `<pre>${JSON.stringify(report.summary)}</pre>`; }
