/** dist/chunks/diagnostics.js — the words of the console messages for site owners. */
export * from '../core/config-messages.js';
