/** dist/chunks/receipts.js — signing, chaining, sending and downloading consent receipts. */
export * from '../receipts/index.js';
