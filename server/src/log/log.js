import { createPublicKey, verify as verifyBytes } from 'node:crypto';
import { MerkleTree, leafHash } from './merkle.js';
import { noteKeyId } from '../keys.js';

/**
 * The receipt log (DESIGN §11): every stored receipt is one leaf, in the order the database
 * gave it (`leaf_index`). A leaf commits to the receipt id, the time the service received it
 * and the SHA-256 of the receipt JWS — all three are in the countersignature too, so anyone
 * holding a receipt and its countersignature can recompute its leaf.
 */

export const LEAF_PREFIX = 'cookie-seal/receipt-leaf/v1';

/** @param {{ id: string, receivedAt: string, receiptHash: string }} row @returns {Buffer} the leaf data */
export function leafData({ id, receivedAt, receiptHash }) {
  return Buffer.from(`${LEAF_PREFIX}\n${id}\n${receivedAt}\n${receiptHash}\n`, 'utf8');
}

/** @param {{ id: string, receivedAt: string, receiptHash: string }} row */
export const receiptLeafHash = (row) => leafHash(leafData(row));

/** The checkpoint origin (and signing key name): a schema-less URL, as C2SP recommends. */
export function logOrigin(/** @type {string} */ serviceOrigin) {
  return `${new URL(serviceOrigin).host}/cookie-seal-receipts`;
}

/**
 * A checkpoint as C2SP tlog-checkpoint text (a signed note): origin, tree size, base64 root
 * hash, one extension line with the time, a blank line, then the signature line
 * `— <origin> base64(key ID || ECDSA P-256 DER signature)` (signed-note type 0x02).
 * @param {{ origin: string, size: number, root: Uint8Array, time: string, keys: import('../keys.js').KeyRing }} input
 */
export function signCheckpoint({ origin, size, root, time, keys }) {
  const body = `${origin}\n${size}\n${Buffer.from(root).toString('base64')}\ntime ${time}\n`;
  const { keyId, signature } = keys.signNote(body);
  return `${body}\n\u2014 ${origin} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

/**
 * Parses and checks a checkpoint against the countersigning public keys.
 * @param {string} text @param {{ keys: Array<Record<string, any>> }} jwks
 * @returns {{ origin: string, size: number, root: Buffer, time: string | null, kid: string }}
 */
export function verifyCheckpoint(text, jwks) {
  const split = text.indexOf('\n\n');
  if (split < 0) throw new Error('the checkpoint has no signature block');
  const body = text.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, sizeText, rootText] = lines;
  if (!origin || !/^\d{1,15}$/.test(sizeText ?? '') || !/^[A-Za-z0-9+/]{43}=$/.test(rootText ?? '')) {
    throw new Error('the checkpoint body is not "origin / tree size / base64 root hash"');
  }
  const time = lines.slice(3).find((l) => l.startsWith('time '))?.slice(5) ?? null;
  const signatures = text.slice(split + 2).split('\n').filter(Boolean);
  for (const line of signatures) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m || m[1] !== origin) continue;
    const raw = Buffer.from(/** @type {string} */ (m[2]), 'base64');
    for (const jwk of jwks.keys ?? []) {
      if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') continue;
      let id;
      try {
        id = noteKeyId(/** @type {any} */ (jwk));
      } catch {
        continue;
      }
      if (!id.equals(raw.subarray(0, 4))) continue;
      const key = createPublicKey({ key: /** @type {any} */ ({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }), format: 'jwk' });
      if (verifyBytes('sha256', Buffer.from(body, 'utf8'), { key, dsaEncoding: 'der' }, raw.subarray(4))) {
        return { origin, size: Number(sizeText), root: Buffer.from(/** @type {string} */ (rootText), 'base64'), time, kid: String(jwk.kid) };
      }
      throw new Error(`the checkpoint signature by key ${jwk.kid} does not verify`);
    }
  }
  throw new Error('the checkpoint is not signed by any of the countersigning keys');
}

/**
 * This instance's view of the log: a cache of the leaf hashes, filled from the database in
 * leaf order. The database alone decides the order; several instances reading it build the
 * same tree.
 */
export class LogView {
  /** @param {import('../storage/sqlite.js').Storage} storage @param {import('../keys.js').KeyRing} keys @param {string} serviceOrigin */
  constructor(storage, keys, serviceOrigin) {
    this.storage = storage;
    this.keys = keys;
    this.origin = logOrigin(serviceOrigin);
    this.tree = new MerkleTree();
    /** @type {Promise<number> | null} */
    this.syncing = null;
  }

  /** Reads the leaves appended since the last call; resolves with the tree size. */
  sync() {
    this.syncing ??= (async () => {
      try {
        for (;;) {
          const rows = await this.storage.leaves(this.tree.size, 5000);
          for (const row of rows) {
            if (row.leafIndex !== this.tree.size) throw new Error(`the log has a gap at leaf ${this.tree.size}`);
            this.tree.appendHash(receiptLeafHash(row));
          }
          if (rows.length < 5000) return this.tree.size;
        }
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /** A freshly signed checkpoint of the whole log as it is in the database now. */
  async checkpoint() {
    const size = await this.sync();
    return signCheckpoint({ origin: this.origin, size, root: this.tree.root(size), time: new Date().toISOString(), keys: this.keys });
  }
}
