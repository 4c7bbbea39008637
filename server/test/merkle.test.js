import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_ROOT, MerkleTree, leafHash, nodeHash, verifyConsistency, verifyInclusion } from '../src/log/merkle.js';

// Known vectors for RFC 6962 / RFC 9162 trees: the leaf inputs, roots and happy-path proofs
// published with transparency-dev/merkle (testonly/constants.go, testdata/*/happy-path.json).
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION = [
  { leafIdx: 0, treeSize: 1, proof: [] },
  { leafIdx: 0, treeSize: 8, proof: ['lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=', 'Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=', 'a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ='] },
  { leafIdx: 5, treeSize: 8, proof: ['vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=', 'yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=', '037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc='] },
  { leafIdx: 2, treeSize: 3, proof: ['+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU='] },
  { leafIdx: 1, treeSize: 5, proof: ['bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=', 'Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=', 'vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms='] },
];
const CONSISTENCY = [
  { size1: 1, size2: 1, proof: [] },
  { size1: 1, size2: 8, proof: ['lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=', 'Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=', 'a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ='] },
  { size1: 6, size2: 8, proof: ['DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=', 'yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=', '037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc='] },
  { size1: 2, size2: 5, proof: ['Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=', 'vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms='] },
  { size1: 6, size2: 7, proof: ['DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=', 'sIaT7C5yFZcTBkHoIR5+7cy0wmQTlj7ubB4u0W/7Gl8=', '037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc='] },
];
const b64 = (/** @type {Buffer[]} */ list) => list.map((b) => b.toString('base64'));
const unb64 = (/** @type {string[]} */ list) => list.map((s) => Buffer.from(s, 'base64'));

function vectorTree() {
  const tree = new MerkleTree();
  for (const leaf of LEAVES) tree.appendHash(leafHash(leaf));
  return tree;
}

test('roots of every prefix match the RFC 6962 vectors, the empty tree included', () => {
  const tree = vectorTree();
  assert.equal(EMPTY_ROOT.toString('hex'), ROOTS[0]);
  for (let n = 0; n <= LEAVES.length; n++) assert.equal(tree.root(n).toString('hex'), ROOTS[n], `size ${n}`);
});

test('inclusion proofs equal the published ones and verify; altered ones do not', () => {
  const tree = vectorTree();
  for (const v of INCLUSION) {
    const proof = tree.inclusionProof(v.leafIdx, v.treeSize);
    assert.deepEqual(b64(proof), v.proof, `leaf ${v.leafIdx} in ${v.treeSize}`);
    const input = { index: v.leafIdx, size: v.treeSize, leaf: leafHash(/** @type {Buffer} */ (LEAVES[v.leafIdx])), proof: unb64(v.proof), root: Buffer.from(/** @type {string} */ (ROOTS[v.treeSize]), 'hex') };
    assert.equal(verifyInclusion(input), true);
    assert.equal(verifyInclusion({ ...input, index: v.leafIdx + 1 }), false);
    assert.equal(verifyInclusion({ ...input, leaf: leafHash('x') }), false);
    if (v.proof.length) assert.equal(verifyInclusion({ ...input, proof: unb64(v.proof).slice(1) }), false);
    assert.equal(verifyInclusion({ ...input, proof: [...unb64(v.proof), Buffer.alloc(32)] }), false);
  }
});

test('consistency proofs equal the published ones and verify; altered ones do not', () => {
  const tree = vectorTree();
  for (const v of CONSISTENCY) {
    assert.deepEqual(b64(tree.consistencyProof(v.size1, v.size2)), v.proof, `${v.size1} → ${v.size2}`);
    const root1 = Buffer.from(/** @type {string} */ (ROOTS[v.size1]), 'hex');
    const root2 = Buffer.from(/** @type {string} */ (ROOTS[v.size2]), 'hex');
    const input = { size1: v.size1, size2: v.size2, root1, root2, proof: unb64(v.proof) };
    assert.equal(verifyConsistency(input), true);
    assert.equal(verifyConsistency({ ...input, root1: root2, root2: root1 }), v.size1 === v.size2);
    if (v.proof.length) assert.equal(verifyConsistency({ ...input, proof: unb64(v.proof).slice(0, -1) }), false);
  }
});

test('every proof of a larger tree verifies against a naive recomputation', () => {
  const tree = new MerkleTree();
  /** @type {Buffer[]} */ const hashes = [];
  const naive = (/** @type {Buffer[]} */ d) => {
    if (d.length === 1) return /** @type {Buffer} */ (d[0]);
    let k = 1;
    while (k * 2 < d.length) k *= 2;
    return nodeHash(naive(d.slice(0, k)), naive(d.slice(k)));
  };
  for (let i = 0; i < 70; i++) {
    const h = leafHash(`leaf ${i}`);
    hashes.push(h);
    tree.appendHash(h);
    assert.deepEqual(tree.root(), naive(hashes), `root at ${i + 1}`);
  }
  for (let n = 1; n <= 70; n += 3) {
    for (let m = 0; m < n; m += 5) {
      assert.equal(verifyInclusion({ index: m, size: n, leaf: /** @type {Buffer} */ (hashes[m]), proof: tree.inclusionProof(m, n), root: tree.root(n) }), true, `incl ${m}/${n}`);
      assert.equal(verifyConsistency({ size1: m, size2: n, root1: tree.root(m), root2: tree.root(n), proof: tree.consistencyProof(m, n) }), true, `cons ${m}/${n}`);
    }
  }
  assert.throws(() => tree.inclusionProof(70, 70), RangeError);
  assert.throws(() => tree.root(71), RangeError);
});

