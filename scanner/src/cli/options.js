// The command line: flags to options, every mistake named with its fix.
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../consent/words.js';

export const USAGE = `cookie-seal-scan: finds every cookie and tracker a site sets before any choice,
after Reject all and after Accept all, flags what runs without consent, drafts a cookie-seal config.

Usage:
  cookie-seal-scan <url> [--pages 20] [--depth 2] [--out scan/] [--concurrency 2] [--lang en]
                         [--timeout 30] [--browser-arg FLAG]... [--quiet] [--json]

  --pages N          at most N pages of the site (default 20)
  --depth N          follow links N clicks deep from the start page (default 2)
  --out DIR          where report.html, report.json and cookie-seal.config.json go (default scan/)
  --concurrency N    pages loaded at once (default 2)
  --lang L           browser language and the banner words tried first (${LANGUAGES.join(' ')})
  --timeout S        seconds a page may take to load (default 30)
  --browser-arg FLAG a Chromium flag, repeatable, e.g. --browser-arg=--host-resolver-rules="MAP *.example.com 10.0.0.5"
  --quiet            no progress and no summary: the exit code says it all
  --json             print report.json on stdout instead of the summary

Exit codes: 0 clean, 1 violations found, 2 the scan failed (bad input, site unreachable, timeouts).
Chromium: CHROME_PATH, default /usr/bin/chromium.`;

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {}

/**
 * @param {string[]} argv arguments after the command
 * @returns {{ help: true } | { help: false, url: string, pages: number, depth: number, out: string, concurrency: number,
 *   lang?: string, timeoutMs: number, browserArgs: string[], quiet: boolean, json: boolean }}
 */
export function readOptions(argv) {
  // `--browser-arg --some-flag` is how people write it; parseArgs wants `--browser-arg=--some-flag`.
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--browser-arg' && i + 1 < argv.length) args.push(`--browser-arg=${argv[++i]}`);
    else args.push(argv[i]);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        pages: { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string' },
        concurrency: { type: 'string' },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        'browser-arg': { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(String(err.message).replace(/\. To specify.*$/s, '.'));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('Give the address of the site to scan, e.g. cookie-seal-scan https://www.example.com');
  if (positionals.length > 1) throw new UsageError(`One address at a time; got ${positionals.length}: ${positionals.join(' ')}`);
  const lang = v.lang?.toLowerCase();
  if (lang !== undefined && !LANGUAGES.includes(lang.split('-')[0])) {
    throw new UsageError(`--lang "${v.lang}" is not one of the built-in languages: ${LANGUAGES.join(' ')}`);
  }
  for (const flag of v['browser-arg'] ?? []) {
    if (!flag.startsWith('--')) throw new UsageError(`--browser-arg "${flag}" is not a Chromium flag (they start with --), e.g. --browser-arg=--host-resolver-rules="MAP a.test 127.0.0.1"`);
  }
  return {
    help: false,
    url: readUrl(positionals[0]),
    pages: int(v.pages, 'pages', 20, 1, 1000),
    depth: int(v.depth, 'depth', 2, 0, 10),
    out: v.out ?? 'scan',
    concurrency: int(v.concurrency, 'concurrency', 2, 1, 16),
    lang,
    timeoutMs: int(v.timeout, 'timeout', 30, 1, 600) * 1000,
    browserArgs: v['browser-arg'] ?? [],
    quiet: !!v.quiet,
    json: !!v.json,
  };
}

function int(value, name, fallback, min, max) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}; got "${value}"`);
  return n;
}

/** An http(s) URL; a bare host name means https. */
function readUrl(text) {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`"${text}" is not an address; write it as https://www.example.com/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`"${text}": only http:// and https:// addresses can be scanned`);
  if (!url.hostname) throw new UsageError(`"${text}" has no host name`);
  return url.href;
}
