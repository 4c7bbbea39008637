#!/usr/bin/env node
// cookie-seal-scan <url> — see USAGE (src/cli/options.js) and README.md.
import { readOptions, UsageError, USAGE } from '../src/cli/options.js';
import { progressLine } from '../src/cli/progress.js';
import { summaryText } from '../src/report/text.js';
import { scan, ScanError } from '../src/scan.js';
import { writeReport } from '../src/write.js';

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`cookie-seal-scan: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const line = options.quiet || options.json ? null : progressLine(process.stderr);
  let report;
  try {
    report = await scan(options, { onProgress: (p) => line?.update(p) });
  } catch (err) {
    line?.done();
    if (err instanceof ScanError) {
      console.error(`cookie-seal-scan: the scan failed: ${err.message}`);
      return 2;
    }
    throw err;
  }
  line?.done();
  const files = await writeReport(report, options.out);
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (!options.quiet) console.log(summaryText(report, files));
  if (report.violations.length) return 1;
  return report.failed.length ? 2 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    console.error(`cookie-seal-scan: the scan failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
