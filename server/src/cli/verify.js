import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeJwt } from 'jose';
import { verifyCountersignature } from '../countersign.js';
import { receiptLeafHash, verifyCheckpoint } from '../log/log.js';
import { MerkleTree, verifyInclusion } from '../log/merkle.js';
import { CLOCK_SKEW_S, jwkThumbprint, verifyReceipt } from '../receipt.js';

/** Exit codes: every receipt (and the log) verified; something failed; could not verify at all. */
export const EXIT = { OK: 0, FAILED: 1, UNUSABLE: 2 };

/** A problem that stops `verify` before it can judge anything (exit 2). */
export class UnusableInput extends Error {}

/**
 * @typedef {{ jws: string, serverJws?: string, id?: unknown, receivedAt?: unknown, leafIndex?: unknown, proof?: any }} Entry
 */

/**
 * Reads receipts from text: a bare JWS, a JSON object with `jws` (and `serverJws`), an array
 * of them, a downloaded `{ receipts: [...] }` file, or NDJSON from `export`.
 * @param {string} text @returns {Entry[]}
 */
export function parseReceipts(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return [{ jws: trimmed }];
  let docs;
  try {
    docs = [JSON.parse(trimmed)];
  } catch {
    try {
      docs = trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    } catch {
      throw new UnusableInput('The input is neither a JWS, JSON, nor NDJSON.');
    }
  }
  const flat = docs.flatMap((d) => (Array.isArray(d) ? d : Array.isArray(d?.receipts) ? d.receipts : [d]));
  return flat.map((d, i) => {
    if (typeof d?.jws !== 'string') throw new UnusableInput(`Entry ${i} has no "jws" string.`);
    return {
      jws: d.jws, serverJws: typeof d.serverJws === 'string' ? d.serverJws : undefined,
      id: d.id, receivedAt: d.receivedAt, leafIndex: d.leafIndex, proof: d.proof,
    };
  });
}

/**
 * What is printed is escaped: C0/C1 controls, bidirectional controls, line and paragraph
 * separators and lone surrogates become \uXXXX, so stored text cannot drive the terminal.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udfff]/gu;
export const printable = (/** @type {unknown} */ value) =>
  String(value).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** @param {string} source URL or file @returns {Promise<string>} */
async function readSource(source, /** @type {string} */ what) {
  try {
    if (/^https?:\/\//.test(source)) {
      const res = await fetch(source);
      if (!res.ok) throw new Error(`GET ${source} answered ${res.status}`);
      return await res.text();
    }
    return readFileSync(source, 'utf8');
  } catch (err) {
    throw new UnusableInput(`Cannot read the ${what} from ${source}: ${/** @type {Error} */ (err).message}`);
  }
}

/**
 * The countersigning public keys: --jwks (file or URL), else keys.json in --data-dir.
 * @param {Record<string, any>} opts @returns {Promise<{ keys: Array<Record<string, any>> }>}
 */
async function loadKeys(opts) {
  let jwks;
  if (opts.jwks) {
    try {
      jwks = JSON.parse(await readSource(String(opts.jwks), 'JWKS'));
    } catch (err) {
      if (err instanceof UnusableInput) throw err;
      throw new UnusableInput(`The JWKS at ${opts.jwks} is not JSON.`);
    }
  } else if (opts['data-dir']) {
    const file = join(resolve(String(opts['data-dir'])), 'keys.json');
    if (!existsSync(file)) throw new UnusableInput(`No keys.json in ${opts['data-dir']}: give --jwks <file|url> instead.`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const all = [stored.current, stored.env, ...(stored.retired ?? [])].filter(Boolean);
    jwks = { keys: all.map((/** @type {any} */ k) => ({ kty: k.kty, crv: k.crv, x: k.x, y: k.y, kid: k.kid ?? jwkThumbprint(k), alg: 'ES256', use: 'sig' })) };
  } else {
    throw new UnusableInput(
      'verify needs the countersigning public keys: --jwks <file|url> (e.g. https://consent.example.com/.well-known/jwks.json) ' +
        'or --data-dir <folder with keys.json>. Without them a re-signed or forged receipt cannot be told from a real one.',
    );
  }
  if (!Array.isArray(jwks?.keys) || jwks.keys.length === 0) throw new UnusableInput('The JWKS has no keys.');
  return jwks;
}

/** @param {Record<string, any>} consent */
function describeChoices(consent) {
  const entries = Array.isArray(consent.categories)
    ? consent.categories.map((/** @type {string} */ c) => [c, true])
    : Object.entries(consent.categories ?? {});
  const granted = entries.filter(([, v]) => v === true).map(([k]) => k);
  const refused = entries.filter(([, v]) => v !== true).map(([k]) => k);
  return `granted: ${granted.join(', ') || 'none'}; refused: ${refused.join(', ') || 'none'}`;
}

/** A receipt's name in reports even when it is broken: its row id, else its (unverified) jti. */
function nameOf(/** @type {Entry} */ e) {
  if (typeof e.id === 'string') return e.id;
  try {
    return String(decodeJwt(e.jws).jti ?? '(no id)');
  } catch {
    return '(unreadable)';
  }
}

/**
 * `cookie-seal-server verify <file|->`: checks receipts offline and prints a report.
 * @param {string | undefined} file @param {Record<string, any>} opts @returns {Promise<number>} exit code
 */
export async function verify(file, opts) {
  /** @param {string} line */
  const say = (line) => console.log(printable(line));
  try {
    return await run(file, opts, say);
  } catch (err) {
    if (!(err instanceof UnusableInput)) throw err;
    console.error(printable(`cookie-seal-server verify: ${err.message}`));
    return EXIT.UNUSABLE;
  }
}

/** @param {string | undefined} file @param {Record<string, any>} opts @param {(line: string) => void} say */
async function run(file, opts, say) {
  if (!file) throw new UnusableInput('Usage: cookie-seal-server verify <file|-> (--jwks <url|file> | --data-dir <dir>) [--checkpoint <url|file>] [--server-jws <file|jws>]');
  const jwks = await loadKeys(opts);
  let text;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    throw new UnusableInput(`Cannot read ${file}: ${/** @type {Error} */ (err).message}`);
  }
  const receipts = parseReceipts(text);
  if (receipts.length === 0) throw new UnusableInput('No receipts in the input.');
  if (opts['server-jws'] && receipts.length === 1) {
    const given = String(opts['server-jws']);
    /** @type {Entry} */ (receipts[0]).serverJws = given.split('.').length === 3 && !given.includes('/') ? given : readFileSync(given, 'utf8').trim();
  }
  /** @type {ReturnType<typeof verifyCheckpoint> | null} */
  let checkpoint = null;
  let logFailures = 0;
  if (opts.checkpoint) {
    try {
      checkpoint = verifyCheckpoint(await readSource(String(opts.checkpoint), 'checkpoint'), jwks);
    } catch (err) {
      if (err instanceof UnusableInput) throw err;
      say(`checkpoint INVALID: ${/** @type {Error} */ (err).message}`);
      logFailures++;
    }
  }
  // Rows of an export (or of GET /v1/receipts/:id) carry their id: their order is the log's.
  const isLog = receipts.every((r) => typeof r.id === 'string');
  const tree = new MerkleTree();
  // The leaf indexes the rows claim (read before checking, to tell a deleted row from a moved one).
  const claimed = new Set(receipts.map((r) => {
    try {
      return r.serverJws ? decodeJwt(r.serverJws).leafIndex : undefined;
    } catch {
      return undefined;
    }
  }));
  let failures = 0;
  let previousLeaf = -1;
  let missingLeaves = 0;

  for (const [position, entry] of receipts.entries()) {
    const { jws, serverJws } = entry;
    const name = nameOf(entry);
    const where = isLog ? ` (position ${position})` : '';
    const lines = [];
    const problems = [];
    /** @type {Record<string, any> | null} */
    let payload = null;
    try {
      const verified = await verifyReceipt(jws, { now: null });
      payload = verified.payload;
      const c = payload.consent;
      lines.push(
        `receipt ${payload.jti}${where}`,
        `  issuer        ${payload.iss}`,
        `  visitor       ${payload.sub} (key ${verified.thumbprint})`,
        `  decided       ${new Date(payload.iat * 1000).toISOString()} by ${c.method}, revision ${c.revision ?? '?'}, language ${c.language ?? payload.language ?? '?'}`,
        `  choices       ${describeChoices(c)}`,
        '  signature     valid (ES256, embedded visitor key)',
        '  schema        valid Kantara Consent Receipt v1.1',
        `  chain         ${c.prev ? `follows receipt hash ${c.prev}` : 'first receipt of this visitor'}`,
      );
    } catch (err) {
      lines.push(`receipt ${name}${where}`);
      problems.push(`visitor signature or content INVALID: ${/** @type {Error} */ (err).message}`);
    }
    /** @type {Record<string, any> | null} */
    let claims = null;
    if (!serverJws) {
      problems.push('countersigned MISSING: no countersignature to check');
    } else {
      try {
        const { kid, payload: cs } = await verifyCountersignature(serverJws, jwks, jws);
        claims = cs;
        lines.push(`  countersigned valid: ${cs.iss} received it at ${cs.receivedAt}${typeof cs.leafIndex === 'number' ? ` as leaf ${cs.leafIndex}` : ''} (key ${kid})`);
      } catch (err) {
        problems.push(`countersigned INVALID: ${/** @type {Error} */ (err).message}`);
      }
    }
    if (claims) {
      const jti = String(claims.jti ?? '');
      if (payload && jti !== payload.jti) problems.push(`countersignature names ${jti}, the receipt is ${payload.jti}`);
      if (entry.id !== undefined && String(entry.id).toLowerCase() !== jti.toLowerCase()) {
        problems.push(`row id ${entry.id} is not the countersigned id ${jti}`);
      }
      if (entry.receivedAt !== undefined && entry.receivedAt !== claims.receivedAt) {
        problems.push(`row receivedAt ${entry.receivedAt} is not the countersigned ${claims.receivedAt} (backdated or edited)`);
      }
      if (typeof entry.leafIndex === 'number' && typeof claims.leafIndex === 'number' && entry.leafIndex !== claims.leafIndex) {
        problems.push(`row leafIndex ${entry.leafIndex} is not the countersigned ${claims.leafIndex}`);
      }
      if (payload && payload.iat > Date.parse(claims.receivedAt) / 1000 + CLOCK_SKEW_S) {
        problems.push(`the visitor signed at ${new Date(payload.iat * 1000).toISOString()}, after the service received it`);
      }
      if (isLog) {
        if (typeof claims.leafIndex !== 'number') {
          lines.push('  log           countersigned before the log: position not attested');
        } else if (previousLeaf >= 0 || position === 0) {
          const expected = position === 0 && !checkpoint ? claims.leafIndex : previousLeaf + 1;
          if (claims.leafIndex > expected) {
            const gone = [];
            for (let k = expected; k < claims.leafIndex; k++) if (!claimed.has(k)) gone.push(k);
            missingLeaves += gone.length;
            if (gone.length > 0) problems.push(`${gone.length === 1 ? `leaf ${gone[0]} is` : `leaves ${gone[0]}…${gone[gone.length - 1]} (${gone.length}) are`} missing before it (deleted rows)`);
            if (gone.length < claims.leafIndex - expected) problems.push(`it is leaf ${claims.leafIndex} but stands where leaf ${expected} belongs (rows reordered)`);
          } else if (claims.leafIndex < expected) {
            problems.push(`it is leaf ${claims.leafIndex} but stands where leaf ${expected} belongs (rows reordered or duplicated)`);
          }
        }
        if (position === 0 && typeof claims.leafIndex === 'number' && claims.leafIndex > 0 && !checkpoint) {
          lines.push(`  log           the export starts at leaf ${claims.leafIndex} (a since= export, or earlier rows are gone: compare with a checkpoint)`);
        }
        if (typeof claims.leafIndex === 'number') previousLeaf = Math.max(previousLeaf, claims.leafIndex);
      }
      if (entry.proof) problems.push(...inclusionProblems(entry, claims, jwks, lines));
    }
    // The leaf as countersigned; a row that failed its checks still takes its place in the tree.
    if (isLog) {
      const leaf = claims && typeof claims.receiptHash === 'string'
        ? { id: String(claims.jti).toLowerCase(), receivedAt: String(claims.receivedAt), receiptHash: claims.receiptHash }
        : { id: name, receivedAt: String(entry.receivedAt), receiptHash: 'unverifiable' };
      tree.appendHash(receiptLeafHash(leaf));
    }
    for (const p of problems) lines.push(`  FAILED        ${p}`);
    lines.push(`  result        ${problems.length === 0 ? 'OK' : `FAILED: receipt ${name}${where}`}`);
    for (const l of lines) say(l);
    if (problems.length > 0) failures++;
  }

  if (checkpoint) {
    say('');
    const n = checkpoint.size;
    say(`checkpoint    ${checkpoint.origin}, ${n} leaves, root ${checkpoint.root.toString('base64')}, ${checkpoint.time ?? 'no time'} (key ${checkpoint.kid})`);
    if (!isLog) {
      say('log           not compared: the input is not an export (rows with ids, in log order)');
    } else if (tree.size < n) {
      logFailures++;
      say(`log           FAILED: the checkpoint covers ${n} leaves, the export has ${tree.size}: leaves ${tree.size}–${n - 1} are missing (deleted or cut off)`);
    } else if (!tree.root(n).equals(checkpoint.root)) {
      logFailures++;
      say(`log           FAILED: the first ${n} rows of the export do not hash to the checkpoint's root: rows were deleted, reordered, altered or inserted (see the receipts above)`);
    } else {
      say(`log           the first ${n} rows rebuild the checkpoint's root${tree.size > n ? `; ${tree.size - n} newer rows follow` : ''}`);
    }
  } else if (isLog && receipts.length > 1) {
    say('');
    say('log           not compared with a checkpoint (pass --checkpoint <url|file> to detect deleted rows at the end)');
  }
  say('');
  say(`${receipts.length - failures} of ${receipts.length} receipts verified, ${failures} failed` +
    `${missingLeaves ? `, ${missingLeaves} leaves missing` : ''}${checkpoint || logFailures ? `; log ${logFailures === 0 ? 'consistent with the checkpoint' : 'FAILED'}` : ''}`);
  return failures === 0 && logFailures === 0 ? EXIT.OK : EXIT.FAILED;
}

/**
 * Checks an inclusion proof kept with a receipt (the answer of GET /v1/receipts/:id/proof).
 * @param {Entry} entry @param {Record<string, any>} claims @param {{ keys: any[] }} jwks @param {string[]} lines
 */
function inclusionProblems(entry, claims, jwks, lines) {
  const p = entry.proof;
  try {
    const leaf = receiptLeafHash({ id: String(claims.jti).toLowerCase(), receivedAt: claims.receivedAt, receiptHash: claims.receiptHash });
    const cp = verifyCheckpoint(String(p.checkpoint ?? ''), jwks);
    const ok = p.leafIndex === claims.leafIndex && cp.size === p.treeSize &&
      verifyInclusion({ index: claims.leafIndex, size: cp.size, leaf, proof: (p.proof ?? []).map((/** @type {string} */ h) => Buffer.from(h, 'base64')), root: cp.root });
    if (!ok) return ['inclusion proof INVALID: it does not lead from this receipt to the checkpoint root'];
    lines.push(`  included      leaf ${claims.leafIndex} of ${cp.size} in ${cp.origin} (checkpoint ${cp.time ?? ''}, key ${cp.kid})`);
    return [];
  } catch (err) {
    return [`inclusion proof INVALID: ${/** @type {Error} */ (err).message}`];
  }
}
