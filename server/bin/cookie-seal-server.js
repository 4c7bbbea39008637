#!/usr/bin/env node
import { resolve } from 'node:path';
import { exportReceipts } from '../src/cli/export.js';
import { readOptions } from '../src/cli/options.js';
import { serve } from '../src/cli/serve.js';
import { verify } from '../src/cli/verify.js';
import { rotateKey } from '../src/keys.js';

const USAGE = `cookie-seal-server: verifies, countersigns and stores signed consent receipts.

Usage:
  cookie-seal-server serve [--port 8787] [--host 127.0.0.1] [--data-dir ./data] [--database-url URL]
                           [--allowed-origins a,b] [--export-token T] [--origin URL] [--rate-limit 120]
                           [--demo <dir> --dist <dir>]
  cookie-seal-server verify <file|-> (--jwks <url|file> | --data-dir ./data) [--checkpoint <url|file>]
                            [--server-jws <file|jws>]     exit 0 all verified, 1 something failed, 2 cannot verify
  cookie-seal-server export [--since ISO-8601] [--url http://host:port --token T]
  cookie-seal-server rotate-key [--data-dir ./data]

Environment (flags win): PORT, HOST, SEAL_DATA_DIR, DATABASE_URL, SEAL_SIGNING_KEY,
SEAL_ALLOWED_ORIGINS, SEAL_EXPORT_TOKEN, SEAL_PUBLIC_ORIGIN, SEAL_RATE_LIMIT, SEAL_TRUST_PROXY.`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { opts, positionals } = readOptions(rest, process.env);
  if (!command || opts.help || ['help', '--help', '-h'].includes(command)) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case 'serve':
      await serve(opts);
      return null; // keeps running until a signal
    case 'verify':
      return verify(positionals[0], opts);
    case 'export':
      return exportReceipts(opts);
    case 'rotate-key': {
      if (opts['signing-key']) {
        throw new Error('The signing key comes from SEAL_SIGNING_KEY: rotate by changing that variable; the previous public key stays in the JWKS.');
      }
      const dataDir = resolve(String(opts['data-dir'] ?? './data'));
      const { oldKid, newKid } = await rotateKey({ dataDir });
      console.log(`new signing key ${newKid}${oldKid ? `; ${oldKid} is retired and stays in /.well-known/jwks.json` : ''}`);
      console.log('restart the service to countersign with the new key');
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

main().then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (err) => {
    console.error(`cookie-seal-server: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
