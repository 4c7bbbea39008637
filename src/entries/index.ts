/** dist/esm/index.js — the package entry for bundlers (`import … from 'cookie-seal'`). */
export * from '../index.js';
