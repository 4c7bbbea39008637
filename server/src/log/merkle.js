import { createHash } from 'node:crypto';

/**
 * An append-only Merkle tree hashed as RFC 9162 §2.1 (Certificate Transparency v2, the same
 * tree as RFC 6962): leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left || right), a
 * tree of n leaves splits at the largest power of two below n. Inclusion and consistency proofs
 * follow §2.1.3 and §2.1.4, and their verifiers the algorithms given there.
 *
 * The tree keeps every complete, aligned subtree hash (level by level, in growable buffers),
 * so appending costs O(log n) hashes and any root or proof O(log² n) at most.
 */

const HASH = 32;
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** @param {Uint8Array | string} data @returns {Buffer} */
export function leafHash(data) {
  return createHash('sha256').update(LEAF).update(data).digest();
}

/** @param {Uint8Array} left @param {Uint8Array} right @returns {Buffer} */
export function nodeHash(left, right) {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = createHash('sha256').digest();

/** Largest power of two strictly below n (n ≥ 2). */
function splitPoint(/** @type {number} */ n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (/** @type {number} */ n) => n > 0 && Number.isInteger(Math.log2(n));

/** One level of complete subtrees, stored back to back. */
class Level {
  constructor() {
    this.buf = Buffer.alloc(HASH * 64);
    this.count = 0;
  }
  /** @param {Uint8Array} hash */
  push(hash) {
    if ((this.count + 1) * HASH > this.buf.length) {
      const bigger = Buffer.alloc(this.buf.length * 2);
      this.buf.copy(bigger);
      this.buf = bigger;
    }
    this.buf.set(hash, this.count * HASH);
    this.count++;
  }
  /** @param {number} i */
  at(i) {
    return this.buf.subarray(i * HASH, (i + 1) * HASH);
  }
}

export class MerkleTree {
  constructor() {
    /** @type {Level[]} */
    this.levels = [new Level()];
  }

  get size() {
    return /** @type {Level} */ (this.levels[0]).count;
  }

  /** Appends a leaf by its hash (see `leafHash`). */
  appendHash(/** @type {Uint8Array} */ hash) {
    if (hash.length !== HASH) throw new Error('a leaf hash is 32 bytes');
    /** @type {Level} */ (this.levels[0]).push(hash);
    let i = this.size - 1;
    let level = 0;
    while (i % 2 === 1) {
      const lv = /** @type {Level} */ (this.levels[level]);
      const parent = nodeHash(lv.at(i - 1), lv.at(i));
      if (!this.levels[level + 1]) this.levels.push(new Level());
      /** @type {Level} */ (this.levels[level + 1]).push(parent);
      i = (i - 1) / 2;
      level++;
    }
  }

  /** MTH(D[start : start + n]); start is always aligned to the subtrees the recursion asks for. */
  subtree(/** @type {number} */ start, /** @type {number} */ n) {
    if (n === 1) return /** @type {Level} */ (this.levels[0]).at(start);
    if (isPowerOfTwo(n) && start % n === 0) {
      const level = Math.log2(n);
      const lv = this.levels[level];
      if (lv && start / n < lv.count) return lv.at(start / n);
    }
    const k = splitPoint(n);
    return nodeHash(this.subtree(start, k), this.subtree(start + k, n - k));
  }

  /** Root hash of the tree made of the first `n` leaves (default: all). */
  root(n = this.size) {
    this.#checkSize(n);
    return n === 0 ? EMPTY_ROOT : Buffer.from(this.subtree(0, n));
  }

  /** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, leaf first. */
  inclusionProof(/** @type {number} */ index, n = this.size) {
    this.#checkSize(n);
    if (!Number.isInteger(index) || index < 0 || index >= n) throw new RangeError(`leaf ${index} is not in a tree of size ${n}`);
    /** @type {Buffer[]} */
    const path = [];
    const walk = (/** @type {number} */ m, /** @type {number} */ start, /** @type {number} */ size) => {
      if (size === 1) return;
      const k = splitPoint(size);
      if (m < k) {
        walk(m, start, k);
        path.push(Buffer.from(this.subtree(start + k, size - k)));
      } else {
        walk(m - k, start + k, size - k);
        path.push(Buffer.from(this.subtree(start, k)));
      }
    };
    walk(index, 0, n);
    return path;
  }

  /** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1. */
  consistencyProof(/** @type {number} */ m, n = this.size) {
    this.#checkSize(n);
    if (!Number.isInteger(m) || m < 0 || m > n) throw new RangeError(`no consistency proof from size ${m} to ${n}`);
    /** @type {Buffer[]} */
    const proof = [];
    if (m === 0 || m === n) return proof;
    const sub = (/** @type {number} */ mm, /** @type {number} */ start, /** @type {number} */ size, /** @type {boolean} */ whole) => {
      if (mm === size) {
        if (!whole) proof.push(Buffer.from(this.subtree(start, size)));
        return;
      }
      const k = splitPoint(size);
      if (mm <= k) {
        sub(mm, start, k, whole);
        proof.push(Buffer.from(this.subtree(start + k, size - k)));
      } else {
        sub(mm - k, start + k, size - k, false);
        proof.push(Buffer.from(this.subtree(start, k)));
      }
    };
    sub(m, 0, n, true);
    return proof;
  }

  #checkSize(/** @type {number} */ n) {
    if (!Number.isInteger(n) || n < 0 || n > this.size) throw new RangeError(`the tree has ${this.size} leaves, not ${n}`);
  }
}

/** @param {Uint8Array} a @param {Uint8Array} b */
const same = (a, b) => a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/**
 * RFC 9162 §2.1.3.2: does `proof` show leaf `index` (by its hash) in the tree of `size` with `root`?
 * @param {{ index: number, size: number, leaf: Uint8Array, proof: Uint8Array[], root: Uint8Array }} input
 */
export function verifyInclusion({ index, size, leaf, proof, root }) {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && same(r, root);
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size2` (root2) an extension of the tree of `size1` (root1)?
 * @param {{ size1: number, size2: number, root1: Uint8Array, root2: Uint8Array, proof: Uint8Array[] }} input
 */
export function verifyConsistency({ size1, size2, root1, root2, proof }) {
  if (!Number.isInteger(size1) || !Number.isInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && same(root1, root2);
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = Buffer.from(/** @type {Uint8Array} */ (path[0]));
  let sr = Buffer.from(fr);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && same(fr, root1) && same(sr, root2);
}
