// The progress line of a long scan: rewritten in place on a terminal, one
// line per page otherwise (a CI log).

const LABELS = { before: 'before any choice', reject: 'after Reject all', accept: 'after Accept all' };

/** @param {NodeJS.WriteStream} stream */
export function progressLine(stream) {
  const tty = !!stream.isTTY;
  const started = Date.now();
  const counts = {};
  let last = '';
  return {
    /** @param {import('../scan.js').Progress} p */
    update(p) {
      counts[p.phase] = p;
      const parts = Object.entries(counts).map(([k, c]) => `${LABELS[k] ?? k} ${c.done}/${c.total}`);
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      const line = `scanning: ${parts.join(' · ')} · ${secs} s · ${p.url}`;
      if (tty) {
        const width = (stream.columns || 100) - 1;
        stream.write(`\r${line.slice(0, width).padEnd(Math.min(width, last.length))}`);
        last = line.slice(0, width);
      } else stream.write(`${line}\n`);
    },
    done() {
      if (tty && last) stream.write(`\r${' '.repeat(last.length)}\r`);
    },
  };
}
