/** dist/chunks/placeholders.js — what stands in for a refused embed, on pages that have one. */
export * from '../placeholders/index.js';
