/**
 * dist/chunks/consent.js — the decision rules, the cookie writer, the rest of the
 * config check, receipts and clean-up wiring: once a decision can be made.
 */
export * from '../core/session.js';
